import { describe, expect, it } from 'vitest';
import { buildOutlines } from '../../src/map/outlines';
import { asset } from './fixtures';

const segments = (lines: ReadonlyArray<readonly number[]>) => lines.reduce((n, l) => n + l.length / 2 - 1, 0);
const points = (borders: ReadonlyArray<{ points: number[] }>) => borders.map((b) => b.points);

describe('outlines', () => {
  it('splits two squares sharing an edge into one border and their coasts', () => {
    const a = { id: 'a', rings: [[0, 0, 10, 0, 10, 10, 0, 10]] };
    const b = { id: 'b', rings: [[10, 0, 20, 0, 20, 10, 10, 10]] };
    const { coasts, borders } = buildOutlines([a, b], [-100, -100, 100, 100]);
    expect(borders).toEqual([{ a: 'a', b: 'b', points: [10, 0, 10, 10] }]);
    expect(segments(coasts)).toBe(6);
  });

  it('skips edges along the clipping rectangle and seams inside one country', () => {
    const clipped = { id: 'a', rings: [[0, 0, 10, 0, 10, 10, 0, 10], [10, 0, 20, 0, 20, 10, 10, 10]] };
    const { coasts, borders } = buildOutlines([clipped], [0, -100, 20, 100]);
    expect(borders).toEqual([]);
    // Left and right edges lie on the extent; the shared middle edge is a seam.
    expect(segments(coasts)).toBe(4);
  });

  it('matches shared borders in the real asset: each is drawn once', () => {
    const { coasts, borders } = buildOutlines(asset.countries, asset.extent);
    const total = asset.countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
    const borderSegments = segments(points(borders));
    expect(borderSegments).toBeGreaterThan(3000);
    // Every segment is either coast, or border counted once for two countries, or skipped.
    expect(segments(coasts) + 2 * borderSegments).toBeLessThanOrEqual(total);
    expect(segments(coasts) + 2 * borderSegments).toBeGreaterThan(total * 0.97);
  });

  it('names both countries of every border, splitting where the neighbour changes', () => {
    const { borders } = buildOutlines(asset.countries, asset.extent);
    const pairs = new Set(borders.map((b) => [b.a, b.b].sort().join('-')));
    // Kazakhstan borders Russia, China, Kyrgyzstan, Uzbekistan and Turkmenistan.
    for (const other of ['643', '156', '417', '860', '795']) expect(pairs.has(['398', other].sort().join('-'))).toBe(true);
    expect(borders.every((b) => b.a !== b.b)).toBe(true);
  });
});

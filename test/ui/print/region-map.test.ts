import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMapAsset, type MapAsset } from '../../../src/map/asset';
import { regionMap, ringPath } from '../../../src/ui/print/region-map';
import { bundledScenario } from '../../e2e/support/secrets';

const parsed = parseMapAsset(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../assets/map/asia.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.error);
const asset: MapAsset = parsed.value;
const scenario = bundledScenario('preventive-diplomacy');

describe('the printed region map', () => {
  it('writes a ring as a closed SVG path', () => {
    expect(ringPath([0, 0, 10, 0, 10, 5])).toBe('M0 0L10 0L10 5Z');
  });

  it('crops to the delegation and the other party to its dispute, with the delegation drawn dark', () => {
    const map = regionMap(asset, scenario, 'THA')!;
    expect(map).not.toBeNull();
    const [x, y, w, h] = map.viewBox;
    const inside = (px: number, py: number) => px >= x && px <= x + w && py >= y && py <= y + h;
    const tha = asset.countries.find((c) => c.id === scenario.delegations.find((d) => d.id === 'THA')!.mapId)!;
    expect(inside(tha.bbox[0], tha.bbox[1]) && inside(tha.bbox[2], tha.bbox[3])).toBe(true);
    expect(map.shapes.find((s) => s.id === tha.id)?.tone).toBe('self');
    expect(map.labels.find((l) => l.delegation === 'KHM')?.tone).toBe('party');
    expect(map.labels.find((l) => l.delegation === 'MYS')?.tone).toBe('region');
    expect(map.capital && inside(...map.capital)).toBe(true);
    expect(map.shapes.every((s) => /^M[-\d.]+ [-\d.]+(L[-\d.]+ [-\d.]+)+Z/.test(s.d))).toBe(true);
    // A regional crop, not the whole of Asia.
    expect(w).toBeLessThan(asset.frame.width / 2);
  });

  it('has no map for a delegation the asset does not draw', () => {
    const odd = { ...scenario, delegations: scenario.delegations.map((d) => (d.id === 'THA' ? { ...d, mapId: '999' } : d)) };
    expect(regionMap(asset, odd, 'THA')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { CICA_STATES } from '../../src/map/cica-states';
import { createProjector, fitProjection, MAP_FRAME } from '../../src/map/projection';
import { asset, projector, shapes } from './fixtures';

const inFrame = ([x, y]: readonly [number, number]) => x >= 0 && y >= 0 && x <= MAP_FRAME.width && y <= MAP_FRAME.height;

describe('projection', () => {
  it('is the one the asset was built with', () => {
    const fresh = fitProjection();
    expect(asset.projection.parallels).toEqual(fresh.parallels);
    expect(asset.projection.rotate).toEqual(fresh.rotate);
    expect(asset.projection.scale).toBeCloseTo(fresh.scale, 6);
    expect(asset.projection.translate[0]).toBeCloseTo(fresh.translate[0], 6);
    expect(asset.projection.translate[1]).toBeCloseTo(fresh.translate[1], 6);
  });

  it.each(CICA_STATES.map((s) => [s.name, s.capital] as const))('round-trips the capital of %s', (_name, capital) => {
    const p = projector.project(capital)!;
    const back = projector.invert(p[0], p[1])!;
    expect(back.lat).toBeCloseTo(capital.lat, 6);
    expect(back.lon).toBeCloseTo(capital.lon, 6);
  });

  it.each([
    ["Egypt's western border", 25, 22], ['Alexandria', 31.2, 29.9], ['Istanbul', 41.0, 28.98], ["Türkiye's eastern border", 39.6, 44.8],
    ['Tokyo', 35.68, 139.69], ['Hokkaido', 43.4, 145.8], ['Banda Aceh', 5.55, 95.32], ['Jayapura (Papua)', -2.53, 140.7],
    ['Timor', -10.2, 123.6], ['Minsk', 53.9, 27.56], ['Kyiv', 50.45, 30.52], ['Lviv', 49.84, 24.03],
  ])('puts %s inside the frame', (_place, lat, lon) => {
    expect(inFrame(projector.project({ lat, lon })!)).toBe(true);
  });

  it.each([['Egypt', '818'], ['Türkiye', '792'], ['Japan', '392'], ['Indonesia', '360'], ['Belarus', '112'], ['Ukraine', '804']])(
    'shows all of %s inside the frame',
    (_name, id) => {
      const b = shapes.get(id)!.bbox;
      expect(inFrame([b[0], b[1]]) && inFrame([b[2], b[3]])).toBe(true);
    },
  );

  it('keeps Washington off the map, so the United States needs an edge marker', () => {
    expect(inFrame(projector.project({ lat: 38.9, lon: -77.04 })!)).toBe(false);
  });

  it('is equal-area: square map units convert to square kilometres at one rate', () => {
    const p = createProjector(asset.projection);
    // Kazakhstan is about 2.72 million km².
    expect(shapes.get('398')!.area * p.km2PerUnit2).toBeGreaterThan(2.6e6);
    expect(shapes.get('398')!.area * p.km2PerUnit2).toBeLessThan(2.85e6);
  });
});

import { describe, expect, it } from 'vitest';
import { hitTestCountry } from '../../src/map/geometry';
import { buildOutlines } from '../../src/map/outlines';
import { prepareMap } from '../../src/map/prepared';
import { asset, hitIndex } from './fixtures';

describe('prepareMap', () => {
  it('derives the same outlines and hit index as building them directly', () => {
    const p = prepareMap(asset);
    expect(p.asset).toBe(asset);
    expect(p.outlines).toEqual(buildOutlines(asset.countries, asset.extent));
    const kaz = asset.countries.find((c) => c.id === '398')!;
    expect(hitTestCountry(p.hitIndex, kaz.anchor[0], kaz.anchor[1])).toBe(hitTestCountry(hitIndex, kaz.anchor[0], kaz.anchor[1]));
    expect(hitTestCountry(p.hitIndex, kaz.anchor[0], kaz.anchor[1])).toBe('398');
  });

  it('prepares an asset once: a second game reuses the first one’s work', () => {
    expect(prepareMap(asset)).toBe(prepareMap(asset));
    expect(prepareMap({ ...asset })).not.toBe(prepareMap(asset));
  });
});

import { describe, expect, it } from 'vitest';
import { MAP_ASSET_VERSION, parseMapAsset } from '../../src/map/asset';
import { CICA_STATES } from '../../src/map/cica-states';
import { asset, assetBytes, shapes } from './fixtures';

/** The budget for the asset: it loads before the first map frame. */
const MAX_BYTES = 400 * 1024;

describe('the prepared asset', () => {
  it(`stays under ${MAX_BYTES / 1024} KiB`, () => {
    expect(assetBytes()).toBeLessThan(MAX_BYTES);
  });

  it.each(CICA_STATES.map((s) => [s.name, s.role, s.mapId] as const))('has %s (%s, %s)', (_name, _role, mapId) => {
    expect(shapes.has(mapId)).toBe(true);
  });

  it.each([['Bahrain', '048'], ['Qatar', '634'], ['Kuwait', '414'], ['Palestine', '275'], ['Singapore', '702'], ['Maldives', '462'], ['Brunei', '096']])(
    'keeps the small country %s',
    (_name, id) => expect(shapes.has(id)).toBe(true),
  );

  it.each([['Saudi Arabia', '682'], ['Oman', '512'], ['Yemen', '887'], ['Syria', '760'], ['Lebanon', '422'], ['Georgia', '268'], ['Armenia', '051'],
    ['Nepal', '524'], ['Bhutan', '064'], ['Myanmar', '104'], ['North Korea', '408'], ['Libya', '434'], ['Sudan', '729'], ['Taiwan', '158']])(
    'includes the neighbour %s for context',
    (_name, id) => expect(shapes.has(id)).toBe(true),
  );

  it('stores coordinates with at most one decimal', () => {
    const offenders = asset.countries.filter((c) => c.rings.some((ring) => ring.some((v) => Math.round(v * 10) / 10 !== v)));
    expect(offenders.map((c) => c.id)).toEqual([]);
  });

  it('paints enclaves after the country around them', () => {
    const order = asset.countries.map((c) => c.id);
    // Uzbekistan's enclaves lie in holes of Kyrgyzstan; Lesotho in South Africa's.
    expect(order.indexOf('860')).toBeGreaterThan(order.indexOf('417'));
    expect(order.indexOf('426')).toBeGreaterThan(order.indexOf('710'));
  });

  it('keeps every box around its rings and every anchor inside its box', () => {
    for (const c of asset.countries) {
      const [x0, y0, x1, y1] = c.bbox;
      expect(c.anchor[0]).toBeGreaterThanOrEqual(x0);
      expect(c.anchor[0]).toBeLessThanOrEqual(x1);
      expect(c.anchor[1]).toBeGreaterThanOrEqual(y0);
      expect(c.anchor[1]).toBeLessThanOrEqual(y1);
      expect(c.area).toBeGreaterThan(0);
    }
  });
});

describe('parseMapAsset', () => {
  const good = () => JSON.parse(JSON.stringify({ ...asset, countries: asset.countries.slice(0, 2) })) as Record<string, unknown>;
  const country = (o: Record<string, unknown>) => (o.countries as Array<Record<string, unknown>>)[0]!;

  it('accepts the asset', () => {
    expect(parseMapAsset(good()).ok).toBe(true);
  });

  it.each<[string, (o: Record<string, unknown>) => void, RegExp]>([
    ['a wrong version', (o) => { o.version = MAP_ASSET_VERSION + 1; }, /version/],
    ['no frame', (o) => { delete o.frame; }, /frame/],
    ['another projection', (o) => { (o.projection as Record<string, unknown>).type = 'mercator'; }, /projection/],
    ['a duplicate id', (o) => { country(o).id = (o.countries as Array<{ id: string }>)[1]!.id; }, /twice/],
    ['a ring of two points', (o) => { country(o).rings = [[0, 0, 1, 1]]; }, /ring 0/],
    ['an odd coordinate count', (o) => { country(o).rings = [[0, 0, 1, 1, 2]]; }, /ring 0/],
    ['a missing anchor', (o) => { delete country(o).anchor; }, /anchor/],
    ['a negative area', (o) => { country(o).area = -1; }, /area/],
  ])('rejects %s', (_what, spoil, message) => {
    const o = good();
    spoil(o);
    const result = parseMapAsset(o);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('rejects what is not an object', () => {
    expect(parseMapAsset(null).ok).toBe(false);
    expect(parseMapAsset('asia').ok).toBe(false);
  });
});

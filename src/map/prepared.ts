/**
 * The map asset with what every map scene derives from it before it can draw: the coast and
 * border outlines and the hit-testing index. Deriving them takes about 100 ms on a slow
 * machine (the outlines match every ring segment against every other), so it is done once per
 * asset, ideally while the start page is idle (scenes/asset-cache.ts), not when a game begins.
 */
import type { MapAsset } from './asset';
import { buildHitIndex, type HitIndex } from './geometry';
import { buildOutlines, type Outlines } from './outlines';

export interface PreparedMap {
  readonly asset: MapAsset;
  readonly outlines: Outlines;
  readonly hitIndex: HitIndex;
}

const prepared = new WeakMap<MapAsset, PreparedMap>();

/** The asset's outlines and hit index, computed on the first call for that asset object. */
export function prepareMap(asset: MapAsset): PreparedMap {
  let p = prepared.get(asset);
  if (!p) {
    p = { asset, outlines: buildOutlines(asset.countries, asset.extent), hitIndex: buildHitIndex(asset.countries) };
    prepared.set(asset, p);
  }
  return p;
}

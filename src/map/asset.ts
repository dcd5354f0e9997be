/**
 * The prepared map asset (`assets/map/asia.json`, written by `scripts/prepare-map.ts`) and
 * its parser. The asset holds projected, simplified country rings; the game never touches
 * the raw Natural Earth data.
 */
import type { BBox, Ring } from './geometry';
import type { ProjectionParams } from './projection';

/** Bumped whenever the asset's shape changes, so a stale asset fails loudly. */
export const MAP_ASSET_VERSION = 1;

/** One country (or territory) of the asset. */
export interface CountryShape {
  /**
   * The map id: the ISO 3166-1 numeric code as three digits ("398"), as in Natural Earth.
   * Territories without a code get "x-" plus a slug of their name ("x-n-cyprus").
   */
  readonly id: string;
  /** Natural Earth's English short name: a fallback only, the UI supplies localised names. */
  readonly name: string;
  readonly bbox: BBox;
  /** Area-weighted centroid in map units; may lie outside a concave or scattered country. */
  readonly centroid: readonly [number, number];
  /** A point inside the country with room around it, for labels and markers. */
  readonly anchor: readonly [number, number];
  /** Area in square map units after clipping to the asset extent (equal-area projection). */
  readonly area: number;
  /** Rings in map units with one decimal, read with the even-odd rule (see geometry.ts). */
  readonly rings: readonly Ring[];
}

/** The whole asset. */
export interface MapAsset {
  readonly version: typeof MAP_ASSET_VERSION;
  /** The logical frame every view is fitted to, from (0, 0). */
  readonly frame: { readonly width: number; readonly height: number };
  /** The rectangle geography was clipped to (wider than the frame), [x0, y0, x1, y1]. */
  readonly extent: BBox;
  readonly projection: ProjectionParams;
  /** Sorted by area, largest first: drawing in this order paints enclaves over their hosts. */
  readonly countries: readonly CountryShape[];
}

/** The outcome of parsing: the asset, or a message naming the first problem found. */
export type AssetResult = { readonly ok: true; readonly value: MapAsset } | { readonly ok: false; readonly error: string };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumArray = (v: unknown, len?: number): v is number[] =>
  Array.isArray(v) && (len === undefined || v.length === len) && v.every(isNum);

function checkCountry(c: unknown, i: number): string | null {
  if (typeof c !== 'object' || c === null) return `countries[${i}] is not an object`;
  const o = c as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id.length === 0) return `countries[${i}].id is missing`;
  const where = `country ${o.id}`;
  if (typeof o.name !== 'string') return `${where}: name is missing`;
  if (!isNumArray(o.bbox, 4)) return `${where}: bbox must be four numbers`;
  if (!isNumArray(o.centroid, 2)) return `${where}: centroid must be two numbers`;
  if (!isNumArray(o.anchor, 2)) return `${where}: anchor must be two numbers`;
  if (!isNum(o.area) || o.area < 0) return `${where}: area must be a non-negative number`;
  if (!Array.isArray(o.rings) || o.rings.length === 0) return `${where}: rings are missing`;
  for (const [r, ring] of (o.rings as unknown[]).entries()) {
    if (!isNumArray(ring) || ring.length < 6 || ring.length % 2 !== 0) return `${where}: ring ${r} must be at least three x,y pairs`;
  }
  return null;
}

/** Validates parsed JSON as a map asset without trusting its shape. */
export function parseMapAsset(json: unknown): AssetResult {
  const fail = (error: string): AssetResult => ({ ok: false, error });
  if (typeof json !== 'object' || json === null) return fail('the map asset is not an object');
  const o = json as Record<string, unknown>;
  if (o.version !== MAP_ASSET_VERSION) return fail(`expected map asset version ${MAP_ASSET_VERSION}, found ${String(o.version)}`);
  const frame = o.frame as Record<string, unknown> | undefined;
  if (!frame || !isNum(frame.width) || !isNum(frame.height)) return fail('frame must have a width and a height');
  if (!isNumArray(o.extent, 4)) return fail('extent must be four numbers');
  const p = o.projection as Record<string, unknown> | undefined;
  if (!p || p.type !== 'conicEqualArea' || !isNumArray(p.parallels, 2) || !isNumArray(p.rotate, 2) || !isNum(p.scale) || !isNumArray(p.translate, 2)) {
    return fail('projection must be a conicEqualArea with parallels, rotate, scale and translate');
  }
  if (!Array.isArray(o.countries)) return fail('countries must be a list');
  const seen = new Set<string>();
  for (const [i, c] of o.countries.entries()) {
    const problem = checkCountry(c, i);
    if (problem) return fail(problem);
    const id = (c as CountryShape).id;
    if (seen.has(id)) return fail(`country ${id} appears twice`);
    seen.add(id);
  }
  return { ok: true, value: json as unknown as MapAsset };
}

/**
 * A delegation's region as a small static map for its printed briefing packet: the prepared map
 * asset's projected rings turned into SVG paths, cropped to the delegation, its region's members
 * and the other parties to its disputes. Pure TypeScript: no Phaser, no DOM.
 */
import type { DelegationId } from '../../engine';
import type { MapAsset } from '../../map/asset';
import type { BBox } from '../../map/geometry';
import { createProjector } from '../../map/projection';
import { mapKeyOf, type Scenario } from '../../scenario/schema';

export type ShapeTone = 'self' | 'region' | 'party' | 'cica' | 'land';

export interface RegionMap {
  /** [x, y, width, height] in map units. */
  viewBox: [number, number, number, number];
  shapes: Array<{ id: string; d: string; tone: ShapeTone }>;
  /** Where to write the names of the delegation and its neighbours. */
  labels: Array<{ delegation: DelegationId; x: number; y: number; tone: 'self' | 'region' | 'party' }>;
  capital: [number, number] | null;
}

/** The smallest part of the map shown, so that a microstate's packet still shows its neighbours. */
const MIN_SPAN = 320;
const PADDING = 0.18;

/** A ring as an SVG path: move to its first point, line to the rest, close. */
export function ringPath(ring: readonly number[]): string {
  let d = `M${ring[0]} ${ring[1]}`;
  for (let i = 2; i < ring.length; i += 2) d += `L${ring[i]} ${ring[i + 1]}`;
  return `${d}Z`;
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The map of `delegation`'s region, or null when the asset has no shape for it. */
export function regionMap(asset: MapAsset, scenario: Scenario, delegation: DelegationId): RegionMap | null {
  const def = scenario.delegations.find((d) => d.id === delegation);
  const byMap = new Map(asset.countries.map((c) => [c.id, c]));
  const own = def && byMap.get(mapKeyOf(def));
  if (!def || !own) return null;
  const parties = new Set(scenario.flashpoints.filter((f) => f.parties.includes(delegation)).flatMap((f) => f.parties).filter((p) => p !== delegation));
  const tone = new Map<string, ShapeTone>();
  const labels: RegionMap['labels'] = [];
  for (const d of scenario.delegations) {
    const t: ShapeTone = d.id === delegation ? 'self' : parties.has(d.id) ? 'party' : d.region === def.region ? 'region' : 'cica';
    tone.set(mapKeyOf(d), t);
    const shape = byMap.get(mapKeyOf(d));
    if (shape && t !== 'cica') labels.push({ delegation: d.id, x: shape.anchor[0], y: shape.anchor[1], tone: t });
  }
  // The delegation's own outline and its neighbours' label points: a neighbour as large as
  // Russia or China would otherwise stretch the crop over half of Asia.
  let [x0, y0, x1, y1] = own.bbox;
  for (const l of labels) {
    x0 = Math.min(x0, l.x); y0 = Math.min(y0, l.y); x1 = Math.max(x1, l.x); y1 = Math.max(y1, l.y);
  }
  const span = Math.max(x1 - x0, y1 - y0, MIN_SPAN);
  const pad = span * PADDING;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const w = Math.max(x1 - x0, MIN_SPAN) + 2 * pad;
  const h = Math.max(y1 - y0, MIN_SPAN * 0.6) + 2 * pad;
  const view: BBox = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  const shapes = asset.countries
    .filter((c) => overlaps(c.bbox, view))
    .map((c) => ({ id: c.id, d: c.rings.map(ringPath).join(''), tone: tone.get(c.id) ?? 'land' }));
  const at = createProjector(asset.projection).project({ lat: def.capital.lat, lon: def.capital.lon });
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    viewBox: [round(view[0]), round(view[1]), round(w), round(h)],
    shapes,
    labels: labels.filter((l) => l.x >= view[0] && l.x <= view[2] && l.y >= view[1] && l.y <= view[3]),
    capital: at ? [round(at[0]), round(at[1])] : null,
  };
}

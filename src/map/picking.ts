/**
 * What the pointer is on: one function the scene calls for hover and click, so both always
 * agree. In order: a marker's drawn disc; a small delegation's minimum target (a circle of
 * `MIN_TARGET_RADIUS_PX` around its anchor, so Jordan, the UAE or Tajikistan are more than a
 * sliver at the fitted zoom) over the land of any larger country; the country under the point;
 * a marker's wider invisible target, except over the land of another selectable country; last,
 * the selectable country whose outline is nearest within `SNAP_PX` (a click just off a coast,
 * or on a non-delegation's land beside a delegation).
 */
import { hitTestCircles, hitTestCountry, nearestCountryWithin, type HitCircle, type HitIndex } from './geometry';
import { MARKER_HIT_RADIUS_PX, MARKER_RADIUS_PX, type PlacedMarker } from './markers';

/** How far off a country's outline a click still counts, in CSS pixels. */
export const SNAP_PX = 8;
/** The radius of a small country's minimum target in CSS pixels: a 24 px target (WCAG 2.5.8). */
export const MIN_TARGET_RADIUS_PX = 12;
/** A country narrower than this on screen (side of a square of its area) gets a minimum target. */
export const SMALL_COUNTRY_PX = 28;

/** What was hit: a map id, and whether through a marker, a minimum target, the shape or a nearby outline. */
export interface Pick {
  readonly mapId: string;
  readonly via: 'marker' | 'target' | 'shape' | 'coast';
}

/** A country as the minimum-target rule needs it. */
export interface TargetShape {
  readonly id: string;
  readonly anchor: readonly [number, number];
  /** Square map units. */
  readonly area: number;
}

/**
 * The minimum targets at a zoom (CSS px per map unit), in map units: one per selectable
 * country too small on screen to point at, without a marker of its own.
 */
export function minimumTargets(
  shapes: Iterable<TargetShape>,
  zoom: number,
  selectable: (mapId: string) => boolean,
  markers: readonly PlacedMarker[] = [],
): HitCircle[] {
  const marked = new Set(markers.map((m) => m.mapId));
  const out: HitCircle[] = [];
  for (const s of shapes) {
    if (marked.has(s.id) || !selectable(s.id) || Math.sqrt(s.area) * zoom >= SMALL_COUNTRY_PX) continue;
    out.push({ id: s.id, x: s.anchor[0], y: s.anchor[1], radius: MIN_TARGET_RADIUS_PX / zoom });
  }
  return out;
}

/**
 * Picks at (x, y) in map units with the view's zoom (CSS px per map unit): radii are in
 * screen pixels, so they shrink in map units as the player zooms in. `selectable` says which
 * map ids stand for delegations (default: all); `targets` are the minimum targets of small
 * countries (see `minimumTargets`) and `areaOf` the areas that decide which country is smaller.
 */
export function pickAt(
  index: HitIndex,
  markers: readonly PlacedMarker[],
  x: number,
  y: number,
  zoom: number,
  selectable: (mapId: string) => boolean = () => true,
  targets: readonly HitCircle[] = [],
  areaOf: (mapId: string) => number = () => Infinity,
): Pick | null {
  const circles = (radiusPx: number) => markers.map((m) => ({ id: m.mapId, x: m.x, y: m.y, radius: radiusPx / zoom }));
  const disc = hitTestCircles(circles(MARKER_RADIUS_PX + 1), x, y);
  if (disc) return { mapId: disc.id, via: 'marker' };
  const shape = hitTestCountry(index, x, y);
  // A small country's target covers larger neighbours' land, never a smaller selectable one's;
  // where two targets overlap, the country under the point keeps its own land.
  const reach = targets.filter((t) => hitTestCircles([t], x, y) !== null);
  if (shape !== null && reach.some((t) => t.id === shape)) return { mapId: shape, via: 'shape' };
  const open = shape === null || !selectable(shape);
  const target = hitTestCircles(reach.filter((t) => open || areaOf(shape) > areaOf(t.id)), x, y);
  if (target) return { mapId: target.id, via: 'target' };
  const margin = hitTestCircles(circles(MARKER_HIT_RADIUS_PX), x, y);
  if (margin && (shape === null || shape === margin.id || !selectable(shape))) return { mapId: margin.id, via: 'marker' };
  if (shape && selectable(shape)) return { mapId: shape, via: 'shape' };
  const near = nearestCountryWithin(index, x, y, SNAP_PX / zoom, selectable);
  if (near) return { mapId: near, via: 'coast' };
  return shape ? { mapId: shape, via: 'shape' } : null;
}

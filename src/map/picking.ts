/**
 * What the pointer is on: one function the scene calls for hover and click, so both always
 * agree. A marker's drawn disc wins; then the country under the point; a marker's wider
 * invisible target (for a 24 px touch target) takes what is left, except the land of another
 * country the player can select; last, a country whose coast is a few pixels away.
 */
import { hitTestCircles, hitTestCountry, nearestCountryWithin, type HitIndex } from './geometry';
import { MARKER_HIT_RADIUS_PX, MARKER_RADIUS_PX, type PlacedMarker } from './markers';

/** How far off a coast a click still counts, in CSS pixels. */
export const COAST_SNAP_PX = 5;

/** What was hit: a map id, and whether through a marker, the shape itself or a nearby coast. */
export interface Pick {
  readonly mapId: string;
  readonly via: 'marker' | 'shape' | 'coast';
}

/**
 * Picks at (x, y) in map units with the view's zoom (CSS px per map unit): radii are in
 * screen pixels, so they shrink in map units as the player zooms in. `selectable` says which
 * map ids stand for delegations (default: all), whose land a marker's margin must not steal.
 */
export function pickAt(
  index: HitIndex,
  markers: readonly PlacedMarker[],
  x: number,
  y: number,
  zoom: number,
  selectable: (mapId: string) => boolean = () => true,
): Pick | null {
  const circles = (radiusPx: number) => markers.map((m) => ({ id: m.mapId, x: m.x, y: m.y, radius: radiusPx / zoom }));
  const disc = hitTestCircles(circles(MARKER_RADIUS_PX + 1), x, y);
  if (disc) return { mapId: disc.id, via: 'marker' };
  const shape = hitTestCountry(index, x, y);
  const margin = hitTestCircles(circles(MARKER_HIT_RADIUS_PX), x, y);
  if (margin && (shape === null || shape === margin.id || !selectable(shape))) return { mapId: margin.id, via: 'marker' };
  if (shape) return { mapId: shape, via: 'shape' };
  const coast = nearestCountryWithin(index, x, y, COAST_SNAP_PX / zoom);
  return coast ? { mapId: coast, via: 'coast' } : null;
}

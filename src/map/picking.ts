/**
 * What the pointer is on: one function the scene calls for hover and click, so both always
 * agree. Markers come first (they stand for states too small to hit), then the country under
 * the point, then a country whose coast is a few pixels away.
 */
import { hitTestCircles, hitTestCountry, nearestCountryWithin, type HitIndex } from './geometry';
import { MARKER_HIT_RADIUS_PX, type PlacedMarker } from './markers';

/** How far off a coast a click still counts, in CSS pixels. */
export const COAST_SNAP_PX = 5;

/** What was hit: a map id, and the delegation when a marker was hit. */
export interface Pick {
  readonly mapId: string;
  readonly via: 'marker' | 'shape' | 'coast';
}

/**
 * Picks at (x, y) in map units with the view's zoom (CSS px per map unit): hit radii are in
 * screen pixels, so they shrink in map units as the player zooms in.
 */
export function pickAt(index: HitIndex, markers: readonly PlacedMarker[], x: number, y: number, zoom: number): Pick | null {
  const radius = MARKER_HIT_RADIUS_PX / zoom;
  const marker = hitTestCircles(markers.map((m) => ({ id: m.mapId, x: m.x, y: m.y, radius })), x, y);
  if (marker) return { mapId: marker.id, via: 'marker' };
  const shape = hitTestCountry(index, x, y);
  if (shape) return { mapId: shape, via: 'shape' };
  const coast = nearestCountryWithin(index, x, y, COAST_SNAP_PX / zoom);
  return coast ? { mapId: coast, via: 'coast' } : null;
}

/**
 * Clickable markers for delegations too small or too far away to click on the map itself:
 * microstates (Bahrain, Qatar, Kuwait, Palestine, Israel) get a round marker of a minimum
 * screen size at their anchor; states off the frame (the United States) or missing from the
 * asset get a marker at the frame's edge. Markers keep their size on screen at every zoom,
 * so they are laid out again per zoom level by `layoutMarkers`.
 */
import type { CountryShape } from './asset';
import type { MapRole } from './model';
import type { LatLon, MapPoint, Projector } from './projection';

/** Drawn marker radius in CSS pixels. */
export const MARKER_RADIUS_PX = 7;
/** Clickable radius in CSS pixels: a 24 px target, as WCAG 2.2 (2.5.8) asks. */
export const MARKER_HIT_RADIUS_PX = 12;
/** Delegations smaller than this (square km) get a microstate marker: Israel and smaller. */
export const MICROSTATE_MAX_KM2 = 25_000;
/** A microstate marker hides once its country is about this many CSS pixels across. */
export const MICROSTATE_VISIBLE_PX = 28;
/** How far inside the frame edge markers sit, in map units. */
export const EDGE_INSET = 34;

export type EdgeSide = 'north' | 'south' | 'east' | 'west';

/** Where an off-map state's marker goes: a side of the frame and a position along it (0-1). */
export interface EdgeHint {
  readonly side: EdgeSide;
  readonly at: number;
}

/**
 * Sides for states whose direction from Asia is a choice, keyed by map id. The United States
 * is placed east, across the Pacific, where it meets most of the CICA states it deals with.
 */
export const EDGE_HINTS: Readonly<Record<string, EdgeHint>> = {
  '840': { side: 'east', at: 0.3 },
};

/** A marker in map units. For an edge marker, `side` says which way the state lies. */
export interface MapMarker {
  readonly kind: 'micro' | 'edge';
  readonly mapId: string;
  readonly delegationId: string;
  readonly role: MapRole;
  readonly x: number;
  readonly y: number;
  readonly side?: EdgeSide;
}

/** A delegation the markers may be needed for. */
export interface MarkerCandidate {
  readonly mapId: string;
  readonly delegationId: string;
  readonly role: MapRole;
  readonly capital?: LatLon;
}

interface Frame {
  readonly width: number;
  readonly height: number;
}

/** Clamps a point into the frame, inset so the marker and its label stay inside. */
function edgePoint(p: MapPoint, frame: Frame): { x: number; y: number; side: EdgeSide } {
  const cx = frame.width / 2;
  const cy = frame.height / 2;
  const dx = p[0] - cx;
  const dy = p[1] - cy;
  const hw = cx - EDGE_INSET;
  const hh = cy - EDGE_INSET;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy), 1);
  const side: EdgeSide = Math.abs(dx) * hh >= Math.abs(dy) * hw ? (dx > 0 ? 'east' : 'west') : dy > 0 ? 'south' : 'north';
  return { x: cx + dx * t, y: cy + dy * t, side };
}

function hintPoint(hint: EdgeHint, frame: Frame): { x: number; y: number; side: EdgeSide } {
  const along = (len: number) => EDGE_INSET + hint.at * (len - 2 * EDGE_INSET);
  switch (hint.side) {
    case 'east': return { x: frame.width - EDGE_INSET, y: along(frame.height), side: 'east' };
    case 'west': return { x: EDGE_INSET, y: along(frame.height), side: 'west' };
    case 'north': return { x: along(frame.width), y: EDGE_INSET, side: 'north' };
    case 'south': return { x: along(frame.width), y: frame.height - EDGE_INSET, side: 'south' };
  }
}

const inFrame = (p: MapPoint, frame: Frame) => p[0] >= 0 && p[1] >= 0 && p[0] <= frame.width && p[1] <= frame.height;

/**
 * The markers for a set of delegations. Others (role 'other') never get one: they are context.
 * A state gets an edge marker when its capital lies outside the frame or its shape is not in
 * the asset; a microstate marker when its area is below `MICROSTATE_MAX_KM2`.
 */
export function computeMarkers(
  candidates: readonly MarkerCandidate[],
  shapes: ReadonlyMap<string, CountryShape>,
  projector: Projector,
  frame: Frame,
): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const c of candidates) {
    if (c.role === 'other') continue;
    const shape = shapes.get(c.mapId);
    const capital = c.capital ? projector.project(c.capital) : null;
    const offMap = !shape || (capital !== null && !inFrame(capital, frame)) || (capital === null && !inFrame(shape.anchor, frame));
    if (offMap) {
      const hint = EDGE_HINTS[c.mapId];
      const target = capital ?? shape?.anchor ?? null;
      if (!hint && !target) continue;
      const at = hint ? hintPoint(hint, frame) : edgePoint(target!, frame);
      markers.push({ kind: 'edge', mapId: c.mapId, delegationId: c.delegationId, role: c.role, ...at });
    } else if (shape.area * projector.km2PerUnit2 < MICROSTATE_MAX_KM2) {
      markers.push({ kind: 'micro', mapId: c.mapId, delegationId: c.delegationId, role: c.role, x: shape.anchor[0], y: shape.anchor[1] });
    }
  }
  return markers;
}

/**
 * The markers needed at a zoom: edge markers always; a microstate's marker only while its
 * country is too small on screen to point at, measured as the side of a square of its area
 * (a box would call long thin Israel large) against `MICROSTATE_VISIBLE_PX`.
 */
export function markersAtZoom(markers: readonly MapMarker[], shapes: ReadonlyMap<string, CountryShape>, zoom: number): MapMarker[] {
  return markers.filter((m) => {
    const shape = shapes.get(m.mapId);
    if (m.kind === 'edge' || !shape) return true;
    return Math.sqrt(shape.area) * zoom < MICROSTATE_VISIBLE_PX;
  });
}

/** A marker where it is drawn at one zoom, with the anchor it points back to. */
export interface PlacedMarker extends MapMarker {
  readonly anchorX: number;
  readonly anchorY: number;
}

/** What lies at a point, seen from one marker's country. */
export type SpotKind = 'own' | 'sea' | 'context' | 'delegation';
/** Tells what lies at (x, y) for the marker of `mapId` (the scene answers with its hit index). */
export type ClassifySpot = (x: number, y: number, mapId: string) => SpotKind;

/** How much covering each kind of ground costs a marker: hiding a delegation's land is worst. */
const COVER_COST: Readonly<Record<SpotKind, number>> = { own: 0, sea: 0, context: 2, delegation: 4 };
const RINGS = 5;
const DIRECTIONS = 16;

/**
 * Places microstate markers for one zoom (CSS px per map unit). Each marker takes, among its
 * anchor and points on rings around it, the spot that best balances staying close against
 * overlapping a placed marker or an obstacle (flashpoints, badges: never, if avoidable) and
 * covering other countries' land: at the fitted zoom the Israel and Palestine markers would
 * otherwise cover Amman, so they move out over the sea and the scene draws a leader line
 * back. Deterministic; edge markers stay where they are.
 */
export function layoutMarkers(
  markers: readonly MapMarker[],
  zoom: number,
  classify: ClassifySpot = () => 'sea',
  obstacles: ReadonlyArray<{ readonly x: number; readonly y: number }> = [],
  gapPx = 2 * MARKER_RADIUS_PX + 4,
): PlacedMarker[] {
  const gap = gapPx / zoom;
  const radius = MARKER_RADIUS_PX / zoom;
  const placed = new Map<MapMarker | number, { x: number; y: number }>();
  obstacles.forEach((o, i) => placed.set(i, { x: o.x, y: o.y }));
  for (const m of markers) if (m.kind === 'edge') placed.set(m, { x: m.x, y: m.y });
  const micro = markers.filter((m) => m.kind === 'micro').sort((a, b) => a.mapId.localeCompare(b.mapId));
  // Neighbouring candidates share sample points: remember what lies where for this layout.
  const memo = new Map<string, SpotKind>();
  const spot = (x: number, y: number, mapId: string): SpotKind => {
    const key = `${mapId}:${Math.round(x / (radius / 4))}:${Math.round(y / (radius / 4))}`;
    let kind = memo.get(key);
    if (kind === undefined) {
      kind = classify(x, y, mapId);
      memo.set(key, kind);
    }
    return kind;
  };
  for (const m of micro) {
    let best = { x: m.x, y: m.y };
    let bestCost = Infinity;
    // Rings cost more the farther out they are: stop once distance alone loses.
    for (let ring = 0; ring <= RINGS && ring * 0.75 < bestCost; ring++) {
      for (let d = 0; d < (ring === 0 ? 1 : DIRECTIONS); d++) {
        const angle = (d / DIRECTIONS) * 2 * Math.PI;
        const x = m.x + Math.cos(angle) * ring * gap * 0.75;
        const y = m.y + Math.sin(angle) * ring * gap * 0.75;
        let cost = ring * 0.75;
        for (const p of placed.values()) if (Math.hypot(p.x - x, p.y - y) < gap) cost += 100;
        if (cost >= bestCost) continue;
        let cover = COVER_COST[spot(x, y, m.mapId)];
        for (let k = 0; k < 8; k++) {
          const a = (k / 8) * 2 * Math.PI;
          cover += COVER_COST[spot(x + Math.cos(a) * radius, y + Math.sin(a) * radius, m.mapId)];
        }
        cost += cover / 3;
        if (cost < bestCost - 1e-9) {
          bestCost = cost;
          best = { x, y };
        }
      }
    }
    placed.set(m, best);
  }
  return markers.map((m) => {
    const p = placed.get(m) ?? { x: m.x, y: m.y };
    return { ...m, x: p.x, y: p.y, anchorX: m.x, anchorY: m.y };
  });
}

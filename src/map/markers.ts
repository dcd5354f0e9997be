/**
 * Clickable markers for delegations too small or too far away to click on the map itself:
 * microstates (Bahrain, Qatar, Kuwait, Palestine, Israel) get a round marker of a minimum
 * screen size at their anchor; states off the frame (the United States) or missing from the
 * asset get a marker at the frame's edge. Markers keep their size on screen at every zoom,
 * so crowded ones are spread apart per zoom level by `layoutMarkers`.
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

/** A marker where it is drawn at one zoom, with the anchor it points back to. */
export interface PlacedMarker extends MapMarker {
  readonly anchorX: number;
  readonly anchorY: number;
}

/**
 * Spreads microstate markers that would overlap on screen at this zoom (CSS px per map unit),
 * keeping each as close to its anchor as it can; the scene draws a leader line back to the
 * anchor when a marker moved. Deterministic: same input, same layout. Edge markers stay put.
 */
export function layoutMarkers(markers: readonly MapMarker[], zoom: number, gapPx = 2 * MARKER_RADIUS_PX + 4): PlacedMarker[] {
  const pos = markers.map((m) => ({ x: m.x, y: m.y }));
  const gap = gapPx / zoom;
  for (let iter = 0; iter < 60; iter++) {
    let moved = false;
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        if (markers[i]!.kind === 'edge' && markers[j]!.kind === 'edge') continue;
        const a = pos[i]!;
        const b = pos[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 1e-9) {
          // Same spot: split them along a fixed direction derived from their order.
          const angle = (i * 2.399963) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        const push = (gap - Math.hypot(b.x - a.x, b.y - a.y)) / 2 + 1e-6;
        const ux = dx / d;
        const uy = dy / d;
        const aFixed = markers[i]!.kind === 'edge';
        const bFixed = markers[j]!.kind === 'edge';
        if (!aFixed) { a.x -= ux * push * (bFixed ? 2 : 1); a.y -= uy * push * (bFixed ? 2 : 1); }
        if (!bFixed) { b.x += ux * push * (aFixed ? 2 : 1); b.y += uy * push * (aFixed ? 2 : 1); }
        moved = true;
      }
    }
    if (!moved) break;
  }
  return markers.map((m, i) => ({ ...m, x: pos[i]!.x, y: pos[i]!.y, anchorX: m.x, anchorY: m.y }));
}

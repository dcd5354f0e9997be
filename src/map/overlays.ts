/**
 * Where the model's overlays go, in map units: capitals, flashpoint markers, corridor arcs,
 * the chair star and energy badges. Pure: the scene only strokes what this returns.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { CountryShape } from './asset';
import type { MapFlashpoint, MapModel, ModelIndex } from './model';
import type { LatLon, MapPoint, Projector } from './projection';

/** What placement needs to know about the map. */
export interface OverlayContext {
  readonly projector: Projector;
  readonly shapes: ReadonlyMap<string, CountryShape>;
  readonly index: ModelIndex;
  readonly capitals: Readonly<Record<string, LatLon>>;
  /** Edge-marker positions by delegation: overlays of off-map states go to their marker. */
  readonly edgeMarkers?: ReadonlyMap<string, MapPoint>;
}

/**
 * A delegation's capital in map units (its edge marker when it lies off the map), or its
 * country's anchor when no capital is given.
 */
export function delegationPoint(delegationId: string, ctx: OverlayContext): MapPoint | null {
  const edge = ctx.edgeMarkers?.get(delegationId);
  if (edge) return edge;
  const capital = ctx.capitals[delegationId];
  const projected = capital ? ctx.projector.project(capital) : null;
  if (projected) return projected;
  const mapId = ctx.index.byDelegation.get(delegationId)?.mapId;
  const shape = mapId === undefined ? undefined : ctx.shapes.get(mapId);
  return shape ? shape.anchor : null;
}

function mean(points: readonly MapPoint[]): MapPoint {
  const sx = points.reduce((s, p) => s + p[0], 0);
  const sy = points.reduce((s, p) => s + p[1], 0);
  return [sx / points.length, sy / points.length];
}

/** The point of a land border between two shapes nearest to a target, or null if none. */
function sharedBorderPointNear(a: CountryShape, b: CountryShape, target: MapPoint): MapPoint | null {
  const keys = new Set<string>();
  for (const ring of a.rings) for (let i = 0; i < ring.length; i += 2) keys.add(`${ring[i]},${ring[i + 1]}`);
  let best: MapPoint | null = null;
  let bestD = Infinity;
  for (const ring of b.rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i]!;
      const y = ring[i + 1]!;
      if (!keys.has(`${x},${y}`)) continue;
      const d = (x - target[0]) ** 2 + (y - target[1]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = [x, y];
      }
    }
  }
  return best;
}

/**
 * Where a flashpoint's marker goes: its explicit location if it has one; for two neighbours,
 * the point of their shared border nearest the midpoint of their capitals (Kashmir for India
 * and Pakistan, the Durand Line for Afghanistan and Pakistan); otherwise the capitals' mean.
 */
export function flashpointPoint(fp: MapFlashpoint, ctx: OverlayContext): MapPoint | null {
  if (fp.location) return ctx.projector.project(fp.location);
  const points = fp.parties.map((d) => delegationPoint(d, ctx)).filter((p): p is MapPoint => p !== null);
  if (points.length === 0) return null;
  const middle = mean(points);
  if (fp.parties.length === 2) {
    const shapes = fp.parties.map((d) => {
      const mapId = ctx.index.byDelegation.get(d)?.mapId;
      return mapId === undefined ? undefined : ctx.shapes.get(mapId);
    });
    if (shapes[0] && shapes[1]) return sharedBorderPointNear(shapes[0], shapes[1], middle) ?? middle;
  }
  return middle;
}

/**
 * A corridor as one polyline along great circles between consecutive capitals, sampled about
 * every degree so it curves as real routes do on a conic map.
 */
export function corridorPath(route: readonly string[], ctx: OverlayContext): MapPoint[] {
  const stops = route.map((d) => ctx.capitals[d]).filter((c): c is LatLon => c !== undefined);
  const out: MapPoint[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const a: [number, number] = [stops[i]!.lon, stops[i]!.lat];
    const b: [number, number] = [stops[i + 1]!.lon, stops[i + 1]!.lat];
    const steps = Math.max(2, Math.ceil((geoDistance(a, b) * 180) / Math.PI));
    const along = geoInterpolate(a, b);
    for (let s = i === 0 ? 0 : 1; s <= steps; s++) {
      const [lon, lat] = along(s / steps);
      const p = ctx.projector.project({ lat, lon });
      if (p) out.push(p);
    }
  }
  return out;
}

/** A placed flashpoint marker. */
export interface PlacedFlashpoint {
  readonly flashpoint: MapFlashpoint;
  readonly x: number;
  readonly y: number;
}

/** A placed corridor. */
export interface PlacedCorridor {
  readonly id: string;
  readonly built: boolean;
  readonly points: readonly MapPoint[];
}

/** Everything the overlay layer draws for one model (markers for small states aside). */
export interface OverlayPlan {
  readonly flashpoints: readonly PlacedFlashpoint[];
  readonly corridors: readonly PlacedCorridor[];
  /** Energy bloc members' badges, at their capitals. */
  readonly energyBadges: ReadonlyArray<{ readonly delegationId: string; readonly x: number; readonly y: number }>;
  readonly chair: { readonly delegationId: string; readonly x: number; readonly y: number } | null;
}

/** Places the overlays of the layers that are on; layers that are off come back empty. */
export function planOverlays(model: MapModel, ctx: OverlayContext): OverlayPlan {
  const flashpoints: PlacedFlashpoint[] = [];
  if (model.layers.flashpoints) {
    for (const fp of model.flashpoints) {
      const p = flashpointPoint(fp, ctx);
      if (p) flashpoints.push({ flashpoint: fp, x: p[0], y: p[1] });
    }
  }
  const corridors: PlacedCorridor[] = [];
  const energyBadges: Array<{ delegationId: string; x: number; y: number }> = [];
  if (model.layers.energy) {
    for (const c of model.energy.corridors) {
      const points = corridorPath(c.route, ctx);
      if (points.length >= 2) corridors.push({ id: c.id, built: c.built ?? false, points });
    }
    for (const d of model.energy.members) {
      const p = delegationPoint(d, ctx);
      if (p) energyBadges.push({ delegationId: d, x: p[0], y: p[1] });
    }
  }
  let chair: OverlayPlan['chair'] = null;
  if (model.layers.chair && model.chair !== null) {
    const p = delegationPoint(model.chair, ctx);
    if (p) chair = { delegationId: model.chair, x: p[0], y: p[1] };
  }
  return { flashpoints, corridors, energyBadges, chair };
}

/**
 * Cuts a polyline into dashes (planned corridors): `dash` and `gap` in map units. Returns the
 * dashes as separate two-or-more-point polylines.
 */
export function dashPolyline(points: readonly MapPoint[], dash: number, gap: number): MapPoint[][] {
  const out: MapPoint[][] = [];
  let current: MapPoint[] = [];
  let drawing = true;
  let left = dash;
  for (let i = 0; i + 1 < points.length; i++) {
    let [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    let seg = Math.hypot(bx - ax, by - ay);
    if (drawing && current.length === 0) current.push([ax, ay]);
    while (seg > left) {
      const t = left / seg;
      const px = ax + (bx - ax) * t;
      const py = ay + (by - ay) * t;
      if (drawing) {
        current.push([px, py]);
        out.push(current);
        current = [];
      } else current = [[px, py]];
      drawing = !drawing;
      seg -= left;
      ax = px;
      ay = py;
      left = drawing ? dash : gap;
    }
    left -= seg;
    if (drawing) current.push([bx, by]);
  }
  if (drawing && current.length >= 2) out.push(current);
  return out;
}

/**
 * Planar geometry over projected rings. A ring is a flat array [x0, y0, x1, y1, ...] in map
 * units, implicitly closed (the last point is not repeated). A country is any number of rings,
 * outer rings and holes alike, read with the even-odd rule: a point is inside when a ray from
 * it crosses the country's rings an odd number of times. That rule needs no ring orientation,
 * so it survives clipping, simplification and rounding unchanged.
 */

/** An axis-aligned box [minX, minY, maxX, maxY]. */
export type BBox = readonly [number, number, number, number];

/** A ring as a flat coordinate list; see the module comment. */
export type Ring = readonly number[];

/** Signed area by the shoelace formula; positive for rings clockwise on screen (y down). */
export function ringSignedArea(ring: Ring): number {
  const n = ring.length;
  let sum = 0;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    sum += (ring[j]! * ring[i + 1]!) - (ring[i]! * ring[j + 1]!);
  }
  return sum / 2;
}

/** Whether (x, y) lies inside one ring by the crossing rule (boundary points may go either way). */
export function pointInRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd test over all of a country's rings, so holes (enclaves, lakes) are outside. */
export function pointInRings(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) if (pointInRing(ring, x, y)) inside = !inside;
  return inside;
}

/** The bounding box of a set of rings; [Infinity, Infinity, -Infinity, -Infinity] when empty. */
export function ringsBBox(rings: readonly Ring[]): BBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i]!;
      const y = ring[i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

/** Whether a point lies in a box (edges included). */
export function bboxContains(b: BBox, x: number, y: number): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/**
 * How many other rings contain each ring (tested at its first vertex). Even depth means an
 * outer ring, odd depth a hole; this is what the even-odd rule implies, whatever the winding.
 */
export function ringDepths(rings: readonly Ring[]): number[] {
  const vertexSets = rings.map((ring) => {
    const keys = new Set<string>();
    for (let k = 0; k < ring.length; k += 2) keys.add(`${ring[k]},${ring[k + 1]}`);
    return keys;
  });
  return rings.map((ring, i) => {
    let depth = 0;
    rings.forEach((other, j) => {
      if (j === i) return;
      // Probe with a vertex the other ring does not share: two islands touching at one
      // point would otherwise count as nested.
      let k = 0;
      while (k < ring.length - 2 && vertexSets[j]!.has(`${ring[k]},${ring[k + 1]}`)) k += 2;
      if (pointInRing(other, ring[k]!, ring[k + 1]!)) depth++;
    });
    return depth;
  });
}

/** The area enclosed by the rings under the even-odd rule (holes subtracted). */
export function ringsArea(rings: readonly Ring[], depths: readonly number[] = ringDepths(rings)): number {
  let area = 0;
  rings.forEach((ring, i) => {
    const a = Math.abs(ringSignedArea(ring));
    area += depths[i]! % 2 === 0 ? a : -a;
  });
  return area;
}

/** The area-weighted centroid under the even-odd rule; it may fall outside a concave country. */
export function ringsCentroid(rings: readonly Ring[], depths: readonly number[] = ringDepths(rings)): [number, number] {
  let sx = 0, sy = 0, sa = 0;
  rings.forEach((ring, r) => {
    const sign = Math.sign(ringSignedArea(ring)) * (depths[r]! % 2 === 0 ? 1 : -1);
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const cross = (ring[j]! * ring[i + 1]!) - (ring[i]! * ring[j + 1]!);
      sx += sign * (ring[j]! + ring[i]!) * cross;
      sy += sign * (ring[j + 1]! + ring[i + 1]!) * cross;
      sa += sign * cross;
    }
  });
  if (sa === 0) {
    const b = ringsBBox(rings);
    return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  }
  return [sx / (3 * sa), sy / (3 * sa)];
}

/** Where a horizontal line at height y runs inside the rings: sorted [x0, x1] spans. */
function horizontalSpans(rings: readonly Ring[], y: number): Array<[number, number]> {
  const xs: number[] = [];
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const yi = ring[i + 1]!;
      const yj = ring[j + 1]!;
      if ((yi > y) !== (yj > y)) xs.push(ring[i]! + ((ring[j]! - ring[i]!) * (y - yi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k + 1 < xs.length; k += 2) spans.push([xs[k]!, xs[k + 1]!]);
  return spans;
}

/** Half the height of the vertical run through (x, y) that stays inside the rings. */
function verticalClearance(rings: readonly Ring[], x: number, y: number): number {
  const ys: number[] = [];
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i]!;
      const xj = ring[j]!;
      if ((xi > x) !== (xj > x)) ys.push(ring[i + 1]! + ((ring[j + 1]! - ring[i + 1]!) * (x - xi)) / (xj - xi));
    }
  }
  let above = Infinity, below = Infinity;
  for (const v of ys) {
    if (v <= y) above = Math.min(above, y - v);
    else below = Math.min(below, v - y);
  }
  return Math.min(above, below);
}

/**
 * A point guaranteed inside the country with room around it: the middle of the interior span,
 * among a set of scanlines, whose horizontal and vertical clearance is largest. Labels and
 * markers sit here, because the centroid of Vietnam or Indonesia lies in the sea.
 */
export function interiorAnchor(rings: readonly Ring[], bbox: BBox = ringsBBox(rings), lines = 48): [number, number] {
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  const height = bbox[3] - bbox[1];
  for (let k = 0; k < lines; k++) {
    const y = bbox[1] + ((k + 0.5) / lines) * height;
    for (const [a, b] of horizontalSpans(rings, y)) {
      const x = (a + b) / 2;
      const score = Math.min((b - a) / 2, verticalClearance(rings, x, y));
      if (score > bestScore) {
        bestScore = score;
        best = [x, y];
      }
    }
  }
  return best ?? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
}

/** The squared distance from a point to the segment (ax, ay)-(bx, by). */
export function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len;
  t = Math.max(0, Math.min(1, t));
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

/** A country's shape as far as hit-testing needs it. */
export interface HitShape {
  readonly id: string;
  readonly bbox: BBox;
  readonly area: number;
  readonly rings: readonly Ring[];
}

/** A uniform grid over the shapes' boxes: each cell lists the shapes whose box overlaps it. */
export interface HitIndex {
  readonly cell: number;
  readonly originX: number;
  readonly originY: number;
  readonly cols: number;
  readonly rows: number;
  readonly cells: ReadonlyArray<readonly HitShape[]>;
}

/**
 * Builds the bbox prefilter once per asset. A 64-unit grid keeps every lookup to a handful of
 * candidate countries, so hover can hit-test on every pointer move.
 */
export function buildHitIndex(shapes: readonly HitShape[], cell = 64): HitIndex {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const s of shapes) {
    x0 = Math.min(x0, s.bbox[0]);
    y0 = Math.min(y0, s.bbox[1]);
    x1 = Math.max(x1, s.bbox[2]);
    y1 = Math.max(y1, s.bbox[3]);
  }
  if (shapes.length === 0) return { cell, originX: 0, originY: 0, cols: 0, rows: 0, cells: [] };
  const cols = Math.max(1, Math.ceil((x1 - x0) / cell) + 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / cell) + 1);
  const cells: HitShape[][] = Array.from({ length: cols * rows }, () => []);
  for (const s of shapes) {
    const c0 = Math.floor((s.bbox[0] - x0) / cell);
    const c1 = Math.floor((s.bbox[2] - x0) / cell);
    const r0 = Math.floor((s.bbox[1] - y0) / cell);
    const r1 = Math.floor((s.bbox[3] - y0) / cell);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells[r * cols + c]!.push(s);
  }
  return { cell, originX: x0, originY: y0, cols, rows, cells };
}

/**
 * The id of the country under (x, y), or null over the sea. Where rings overlap (an enclave
 * and the country around a hole that rounding left slightly open), the smaller country wins.
 */
export function hitTestCountry(index: HitIndex, x: number, y: number): string | null {
  const c = Math.floor((x - index.originX) / index.cell);
  const r = Math.floor((y - index.originY) / index.cell);
  if (c < 0 || r < 0 || c >= index.cols || r >= index.rows) return null;
  let hit: HitShape | null = null;
  for (const s of index.cells[r * index.cols + c]!) {
    if (!bboxContains(s.bbox, x, y) || (hit && hit.area <= s.area)) continue;
    if (pointInRings(s.rings, x, y)) hit = s;
  }
  return hit ? hit.id : null;
}

/** A round clickable target (a microstate or edge marker) in map units. */
export interface HitCircle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** The nearest circle whose radius reaches (x, y), so crowded markers pick the closest one. */
export function hitTestCircles(circles: readonly HitCircle[], x: number, y: number): HitCircle | null {
  let best: HitCircle | null = null;
  let bestD = Infinity;
  for (const m of circles) {
    const d = Math.hypot(m.x - x, m.y - y);
    if (d <= m.radius && d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/**
 * The country whose outline passes nearest to (x, y), within a tolerance in map units; null if
 * none. Clicks that land just off a coast (a capital on an island the simplification smoothed
 * away, like Abu Dhabi) still find their country.
 */
export function nearestCountryWithin(index: HitIndex, x: number, y: number, tolerance: number, accept: (id: string) => boolean = () => true): string | null {
  const seen = new Set<HitShape>();
  let best: string | null = null;
  let bestD = tolerance * tolerance;
  const c0 = Math.max(0, Math.floor((x - tolerance - index.originX) / index.cell));
  const c1 = Math.min(index.cols - 1, Math.floor((x + tolerance - index.originX) / index.cell));
  const r0 = Math.max(0, Math.floor((y - tolerance - index.originY) / index.cell));
  const r1 = Math.min(index.rows - 1, Math.floor((y + tolerance - index.originY) / index.cell));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      for (const s of index.cells[r * index.cols + c]!) {
        if (seen.has(s)) continue;
        seen.add(s);
        if (!accept(s.id)) continue;
        const b = s.bbox;
        if (x < b[0] - tolerance || x > b[2] + tolerance || y < b[1] - tolerance || y > b[3] + tolerance) continue;
        for (const ring of s.rings) {
          const n = ring.length;
          for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
            const d = segmentDistanceSq(x, y, ring[j]!, ring[j + 1]!, ring[i]!, ring[i + 1]!);
            if (d <= bestD) {
              bestD = d;
              best = s.id;
            }
          }
        }
      }
    }
  }
  return best;
}

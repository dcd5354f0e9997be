/**
 * Splits country rings into coastlines and land borders for drawing. Shared arcs were
 * simplified once (see scripts/prepare-map.ts), so the two countries on either side of a
 * border hold the very same rounded points and their segments can be matched exactly.
 */
import type { BBox, Ring } from './geometry';

/** An open polyline as a flat [x0, y0, x1, y1, ...] list in map units. */
export type Polyline = number[];

/** A stretch of land border between two countries (so its colour can suit both fills). */
export interface BorderLine {
  readonly a: string;
  readonly b: string;
  readonly points: Polyline;
}

/** The outlines of a set of countries, each segment listed once. */
export interface Outlines {
  /** Segments that only one country has: the coast. */
  readonly coasts: Polyline[];
  /** Segments two countries share: land borders, split where the neighbour changes. */
  readonly borders: BorderLine[];
}

interface OutlineSource {
  readonly id: string;
  readonly rings: readonly Ring[];
}

const segmentKey = (ax: number, ay: number, bx: number, by: number): string =>
  ax < bx || (ax === bx && ay < by) ? `${ax},${ay},${bx},${by}` : `${bx},${by},${ax},${ay}`;

/** Whether a segment runs along the clipping rectangle: an artefact, not a coast. */
function onExtentEdge(ax: number, ay: number, bx: number, by: number, e: BBox): boolean {
  return (ax === bx && (ax === e[0] || ax === e[2])) || (ay === by && (ay === e[1] || ay === e[3]));
}

/** 'coast', 'skip', or the neighbour's id for a border segment. */
type Kind = string;
const COAST = 'coast';
const SKIP = 'skip';

/**
 * Classifies every ring segment and joins runs of one kind (coast, or border with one
 * neighbour) into polylines. A segment used by
 * two countries is a border, drawn once (by the first country that has it); one used twice by
 * the same country is a seam where Natural Earth cut a polygon (Russia at 180°) and is
 * skipped, as are segments along the clipping rectangle.
 */
export function buildOutlines(countries: readonly OutlineSource[], extent: BBox): Outlines {
  const owners = new Map<string, string[]>();
  for (const c of countries) {
    for (const ring of c.rings) {
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const key = segmentKey(ring[j]!, ring[j + 1]!, ring[i]!, ring[i + 1]!);
        const list = owners.get(key);
        if (list) list.push(c.id);
        else owners.set(key, [c.id]);
      }
    }
  }

  const coasts: Polyline[] = [];
  const borders: BorderLine[] = [];
  for (const c of countries) {
    for (const ring of c.rings) {
      const n = ring.length;
      const kinds: Kind[] = [];
      for (let i = 0; i < n; i += 2) {
        const j = (i + 2) % n;
        const ax = ring[i]!, ay = ring[i + 1]!, bx = ring[j]!, by = ring[j + 1]!;
        const ids = owners.get(segmentKey(ax, ay, bx, by)) ?? [];
        let kind: Kind;
        if (onExtentEdge(ax, ay, bx, by, extent)) kind = SKIP;
        else if (ids.length === 1) kind = COAST;
        else if (ids.every((id) => id === c.id)) kind = SKIP;
        else kind = ids[0] === c.id ? ids.find((id) => id !== c.id)! : SKIP;
        kinds.push(kind);
      }
      // Start the walk where the kind changes, so a run crossing the ring's start stays whole.
      const count = kinds.length;
      let start = kinds.findIndex((k, s) => k !== kinds[(s + count - 1) % count]);
      if (start < 0) start = 0;
      let run: Polyline | null = null;
      let runKind: Kind = SKIP;
      const flush = () => {
        if (run && run.length >= 4) {
          if (runKind === COAST) coasts.push(run);
          else borders.push({ a: c.id, b: runKind, points: run });
        }
        run = null;
      };
      for (let s = 0; s < count; s++) {
        const i = (start + s) % count;
        const kind = kinds[i]!;
        if (kind !== runKind) {
          flush();
          runKind = kind;
          if (kind !== SKIP) run = [ring[2 * i]!, ring[2 * i + 1]!];
        }
        if (run) {
          const j = (i + 1) % count;
          (run as Polyline).push(ring[2 * j]!, ring[2 * j + 1]!);
        }
      }
      flush();
    }
  }
  return { coasts, borders };
}

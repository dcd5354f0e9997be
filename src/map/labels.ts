/**
 * Which country names show on screen at a zoom, and where. Labels keep their size on screen, so
 * whether one fits, and whether two collide, depends on the zoom only (panning changes neither).
 * A label never runs across other countries: one inside a country is hidden when it would
 * cover more than a sliver of another's land; one beside a marker takes, among its places
 * around the marker, the one covering the least land of others.
 */

/** A label that could be shown: where (map units), its size on screen and its rank. */
export interface LabelCandidate {
  readonly id: string;
  /** The label's centre in map units (its first choice). */
  readonly x: number;
  readonly y: number;
  /** Label size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The country's bounding-box width in map units: the label must roughly fit inside it. */
  readonly roomWidth: number;
  /** Higher first: larger countries claim their space before smaller ones. */
  readonly priority: number;
  /** Place even without room (labels beside microstate markers). */
  readonly always?: boolean;
  /** The map id the label names: its own land is never "another country". */
  readonly owner?: string;
  /** Further centres to try, in order, in map units (beside a marker: right, left, above, below). */
  readonly options?: ReadonlyArray<readonly [number, number]>;
}

/** What lies at a map point: a country's map id, or null over the sea. */
export type LandAt = (x: number, y: number) => string | null;

/** Extra room around each label, in CSS pixels, so names never touch. */
const PADDING = 3;
/** The share of a country label's sample points that may fall on other countries' land. */
export const MAX_FOREIGN_COVER = 0.12;
/** Sample grid over a label's box. */
const SAMPLES_X = 7;
const SAMPLES_Y = 3;
/** Longer labels are set on two lines when they have a space to break at. */
export const WRAP_CHARS = 14;

/** Sets a long label on two lines, broken at the space nearest its middle. */
export function wrapLabel(text: string, maxChars = WRAP_CHARS): string {
  if (text.length <= maxChars) return text;
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2))) best = i;
  }
  return best < 0 ? text : `${text.slice(0, best)}\n${text.slice(best + 1)}`;
}

/** The share of a label box's sample points (centre cx, cy in map units) on other countries' land. */
export function foreignCover(landAt: LandAt, owner: string | undefined, cx: number, cy: number, width: number, height: number, zoom: number): number {
  let foreign = 0;
  for (let i = 0; i < SAMPLES_X; i++) {
    for (let j = 0; j < SAMPLES_Y; j++) {
      const x = cx + ((i / (SAMPLES_X - 1)) - 0.5) * (width / zoom);
      const y = cy + ((j / (SAMPLES_Y - 1)) - 0.5) * (height / zoom);
      const id = landAt(x, y);
      if (id !== null && id !== owner) foreign++;
    }
  }
  return foreign / (SAMPLES_X * SAMPLES_Y);
}

/**
 * Picks the labels to show and their centres (map units): greedily by priority, each at the
 * first of its places that overlaps no label already placed; a country label only where its
 * country is wide enough on screen and the label covers at most `MAX_FOREIGN_COVER` of other
 * land, a marker label at its free place covering the least other land.
 */
export function placeLabels(candidates: readonly LabelCandidate[], zoom: number, landAt: LandAt = () => null): Map<string, readonly [number, number]> {
  const placed: Array<[number, number, number, number]> = [];
  const shown = new Map<string, readonly [number, number]>();
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    if (!c.always && c.roomWidth * zoom < c.width * 0.8) continue;
    const places: Array<readonly [number, number]> = [[c.x, c.y], ...(c.options ?? [])];
    let best: { at: readonly [number, number]; box: [number, number, number, number]; cover: number } | null = null;
    for (const at of places) {
      const cx = at[0] * zoom;
      const cy = at[1] * zoom;
      const box: [number, number, number, number] = [
        cx - c.width / 2 - PADDING, cy - c.height / 2 - PADDING, cx + c.width / 2 + PADDING, cy + c.height / 2 + PADDING,
      ];
      if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
      const cover = foreignCover(landAt, c.owner, at[0], at[1], c.width, c.height, zoom);
      if (!c.always && cover > MAX_FOREIGN_COVER) continue;
      if (!best || cover < best.cover) best = { at, box, cover };
      if (cover === 0) break;
    }
    if (!best) continue;
    placed.push(best.box);
    shown.set(c.id, best.at);
  }
  return shown;
}

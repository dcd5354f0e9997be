/**
 * Which country names show on screen at a zoom, and where. Labels keep their size on screen, so
 * whether one fits, and whether two collide, depends on the zoom only (panning changes neither).
 * A label never runs across other countries: one inside a country is hidden when it would
 * cover more than a sliver of another's land (where its centre does, it may sit beside it
 * instead, over its own land or the sea); one beside a marker takes, among its places around
 * the marker, the one covering the least land of others. The selected country's label is
 * required: placed first, shown at its first place that fits, else the least bad one.
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
  /** Place even without room (labels beside microstate markers), where it covers least land. */
  readonly always?: boolean;
  /**
   * Place even without room (the selected country's label): at the first of its places that
   * covers at most `MAX_FOREIGN_COVER` of other land, else at the one covering least.
   */
  readonly required?: boolean;
  /** The map id the label names: its own land is never "another country". */
  readonly owner?: string;
  /** Further centres to try, in order, in map units (beside a marker or the anchor: right, left, above, below). */
  readonly options?: ReadonlyArray<readonly [number, number]>;
}

/** What lies at a map point: a country's map id, or null over the sea. */
export type LandAt = (x: number, y: number) => string | null;

/** A symbol drawn on the map (a marker, a flashpoint) that country labels keep off: centre in map units, radius in CSS px. */
export interface LabelObstacle {
  readonly x: number;
  readonly y: number;
  readonly radiusPx: number;
}

/** Extra room around each label, in CSS pixels, so names never touch. */
const PADDING = 3;
/** The share of a country label's sample points that may fall on other countries' land. */
export const MAX_FOREIGN_COVER = 0.12;
/** Sample grid over a label's box. */
const SAMPLES_X = 7;
const SAMPLES_Y = 3;
/** Longer labels are set on two lines when they have a space to break at. */
export const WRAP_CHARS = 14;

/**
 * Centres (map units) for a label of `width` x `height` CSS px set beside the point (x, y)
 * rather than on it, `gapPx` from the point to the label's near edge: right, left, above, below.
 */
export function placesBeside(x: number, y: number, width: number, height: number, zoom: number, gapPx: number): Array<readonly [number, number]> {
  const dx = (gapPx + width / 2) / zoom;
  const dy = (gapPx + height / 2) / zoom;
  return [[x + dx, y], [x - dx, y], [x, y - dy], [x, y + dy]];
}

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
 * Picks the labels to show and their centres (map units): greedily by priority, each among
 * its places that overlap no label already placed. A country label only where its country is
 * wide enough on screen, at the first place covering at most `MAX_FOREIGN_COVER` of other land
 * (a required one, the selected country's, anyway: else at the least bad place); a marker label
 * at its free place covering the least other land. Country labels also keep off `obstacles`
 * (a required one only where it can). Deterministic: ties keep the given order.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  landAt: LandAt = () => null,
  obstacles: readonly LabelObstacle[] = [],
): Map<string, readonly [number, number]> {
  type Box = [number, number, number, number];
  type Place = { at: readonly [number, number]; box: Box; cover: number };
  const placed: Box[] = [];
  const symbols = obstacles.map((o): Box => [o.x * zoom - o.radiusPx, o.y * zoom - o.radiusPx, o.x * zoom + o.radiusPx, o.y * zoom + o.radiusPx]);
  const overlaps = (box: Box, boxes: readonly Box[]) => boxes.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1]);
  const shown = new Map<string, readonly [number, number]>();
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    if (!c.always && !c.required && c.roomWidth * zoom < c.width * 0.8) continue;
    const places: Array<readonly [number, number]> = [[c.x, c.y], ...(c.options ?? [])];
    let best: Place | null = null;
    /** A required label's place over a symbol, covering least land, if no place is free of them. */
    let blocked: Place | null = null;
    for (const at of places) {
      const cx = at[0] * zoom;
      const cy = at[1] * zoom;
      const box: Box = [
        cx - c.width / 2 - PADDING, cy - c.height / 2 - PADDING, cx + c.width / 2 + PADDING, cy + c.height / 2 + PADDING,
      ];
      if (overlaps(box, placed)) continue;
      const cover = foreignCover(landAt, c.owner, at[0], at[1], c.width, c.height, zoom);
      if (!c.always && overlaps(box, symbols)) {
        if (c.required && (!blocked || cover < blocked.cover)) blocked = { at, box, cover };
        continue;
      }
      if (!c.always && cover <= MAX_FOREIGN_COVER) {
        best = { at, box, cover };
        break;
      }
      if (!c.always && !c.required) continue;
      if (!best || cover < best.cover) best = { at, box, cover };
      if (cover === 0) break;
    }
    best ??= blocked;
    if (!best) continue;
    placed.push(best.box);
    shown.set(c.id, best.at);
  }
  return shown;
}

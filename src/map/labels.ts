/**
 * Which country names fit on screen at a zoom. Labels keep their size on screen, so whether
 * one fits, and whether two collide, depends on the zoom only (panning changes neither).
 */

/** A label that could be shown: where (map units), its size on screen and its rank. */
export interface LabelCandidate {
  readonly id: string;
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
}

/** Extra room around each label, in CSS pixels, so names never touch. */
const PADDING = 3;

/**
 * Picks the labels to show: those whose country is wide enough on screen, greedily by
 * priority, skipping any that would overlap one already placed.
 */
export function placeLabels(candidates: readonly LabelCandidate[], zoom: number): Set<string> {
  const placed: Array<[number, number, number, number]> = [];
  const shown = new Set<string>();
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    if (!c.always && c.roomWidth * zoom < c.width * 0.8) continue;
    const cx = c.x * zoom;
    const cy = c.y * zoom;
    const box: [number, number, number, number] = [
      cx - c.width / 2 - PADDING, cy - c.height / 2 - PADDING, cx + c.width / 2 + PADDING, cy + c.height / 2 + PADDING,
    ];
    if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}

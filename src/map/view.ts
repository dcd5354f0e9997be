/**
 * The camera as plain numbers: which map point sits at the viewport's centre and how many CSS
 * pixels one map unit takes. The scene keeps one `MapView`, changes it with these pure
 * functions (drag, wheel, pinch, keys) and copies it to the Phaser camera, multiplying the
 * zoom by the device pixel ratio.
 */
import type { BBox } from './geometry';

/** A view of the map. */
export interface MapView {
  readonly centerX: number;
  readonly centerY: number;
  /** CSS pixels per map unit. */
  readonly zoom: number;
}

/** The viewport in CSS pixels. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The limits a view must respect. */
export interface ViewLimits {
  /** The frame fitted at the lowest zoom: [x0, y0, x1, y1]. */
  readonly frame: BBox;
  /** Geography available around the frame; the view's centre stays where it can see some. */
  readonly extent: BBox;
  /** How far in the player may zoom, as a multiple of the fitted zoom. */
  readonly maxZoomFactor: number;
}

/** The zoom at which the whole frame fits the viewport. */
export function fitZoom(viewport: Viewport, frame: BBox): number {
  const w = Math.max(1, frame[2] - frame[0]);
  const h = Math.max(1, frame[3] - frame[1]);
  return Math.max(1e-3, Math.min(viewport.width / w, viewport.height / h));
}

/** The fitted view: the whole frame, centred. */
export function fitView(viewport: Viewport, limits: ViewLimits): MapView {
  const f = limits.frame;
  return { centerX: (f[0] + f[2]) / 2, centerY: (f[1] + f[3]) / 2, zoom: fitZoom(viewport, f) };
}

function clampAxis(center: number, half: number, lo: number, hi: number): number {
  // When the view is wider than the allowed span, centre it on the span.
  if (hi - lo <= 2 * half) return (lo + hi) / 2;
  return Math.max(lo + half, Math.min(hi - half, center));
}

/**
 * Keeps the zoom between the fitted zoom and its maximum, and the view on the frame: zoomed
 * in, the view stays inside the frame; when the viewport is wider (or taller) than the frame,
 * the extra shows the geography around it, never past the extent, and the whole frame stays
 * in view. So the map can never drift off screen.
 */
export function clampView(view: MapView, viewport: Viewport, limits: ViewLimits): MapView {
  const min = fitZoom(viewport, limits.frame);
  const zoom = Math.max(min, Math.min(min * limits.maxZoomFactor, view.zoom));
  const halfW = viewport.width / (2 * zoom);
  const halfH = viewport.height / (2 * zoom);
  const [fx0, fy0, fx1, fy1] = limits.frame;
  const [ex0, ey0, ex1, ey1] = limits.extent;
  const x0 = Math.max(ex0, Math.min(fx0, fx1 - 2 * halfW));
  const x1 = Math.min(ex1, Math.max(fx1, fx0 + 2 * halfW));
  const y0 = Math.max(ey0, Math.min(fy0, fy1 - 2 * halfH));
  const y1 = Math.min(ey1, Math.max(fy1, fy0 + 2 * halfH));
  return { zoom, centerX: clampAxis(view.centerX, halfW, x0, x1), centerY: clampAxis(view.centerY, halfH, y0, y1) };
}

/** Screen (CSS px, from the viewport's top left) to map units. */
export function screenToMap(view: MapView, viewport: Viewport, sx: number, sy: number): [number, number] {
  return [view.centerX + (sx - viewport.width / 2) / view.zoom, view.centerY + (sy - viewport.height / 2) / view.zoom];
}

/** Map units to screen (CSS px). */
export function mapToScreen(view: MapView, viewport: Viewport, x: number, y: number): [number, number] {
  return [(x - view.centerX) * view.zoom + viewport.width / 2, (y - view.centerY) * view.zoom + viewport.height / 2];
}

/** Moves the view by a screen distance (a drag moves the map with the pointer). */
export function panBy(view: MapView, dxPx: number, dyPx: number): MapView {
  return { ...view, centerX: view.centerX - dxPx / view.zoom, centerY: view.centerY - dyPx / view.zoom };
}

/** Zooms by a factor keeping the map point under (sx, sy) where it is (wheel and pinch). */
export function zoomAt(view: MapView, viewport: Viewport, factor: number, sx: number, sy: number): MapView {
  const [mx, my] = screenToMap(view, viewport, sx, sy);
  const zoom = view.zoom * factor;
  return { zoom, centerX: mx - (sx - viewport.width / 2) / zoom, centerY: my - (sy - viewport.height / 2) / zoom };
}

/** A view showing a box, for focusing a country: never zooms out, never past the maximum. */
export function viewForBox(view: MapView, viewport: Viewport, box: BBox, limits: ViewLimits): MapView {
  const w = Math.max(1, box[2] - box[0]);
  const h = Math.max(1, box[3] - box[1]);
  // Show the country at up to half the viewport: large enough to read, with context around.
  const wanted = Math.min((viewport.width * 0.5) / w, (viewport.height * 0.5) / h);
  const zoom = Math.max(view.zoom, Math.min(wanted, fitZoom(viewport, limits.frame) * limits.maxZoomFactor * 0.5));
  return clampView({ zoom, centerX: (box[0] + box[2]) / 2, centerY: (box[1] + box[3]) / 2 }, viewport, limits);
}

/** Interpolates between two views; zoom moves geometrically so the motion feels even. */
export function lerpView(a: MapView, b: MapView, t: number): MapView {
  return {
    centerX: a.centerX + (b.centerX - a.centerX) * t,
    centerY: a.centerY + (b.centerY - a.centerY) * t,
    zoom: a.zoom * (b.zoom / a.zoom) ** t,
  };
}

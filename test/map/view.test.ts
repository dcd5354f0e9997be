import { describe, expect, it } from 'vitest';
import { clampView, fitView, fitZoom, lerpView, mapToScreen, panBy, screenToMap, viewForBox, zoomAt, type ViewLimits } from '../../src/map/view';

const limits: ViewLimits = { frame: [0, 0, 2000, 1300], extent: [-360, -140, 2360, 1440], maxZoomFactor: 14 };
const vp = { width: 1280, height: 720 };

describe('view', () => {
  it('fits the frame into the viewport', () => {
    const view = fitView(vp, limits);
    expect(view.zoom).toBeCloseTo(720 / 1300);
    expect(mapToScreen(view, vp, 0, 0)[1]).toBeCloseTo(0);
    expect(mapToScreen(view, vp, 2000, 1300)[1]).toBeCloseTo(720);
  });

  it('round-trips screen and map coordinates', () => {
    const view = { centerX: 700, centerY: 400, zoom: 2.5 };
    const [x, y] = screenToMap(view, vp, 123, 456);
    const [sx, sy] = mapToScreen(view, vp, x, y);
    expect(sx).toBeCloseTo(123);
    expect(sy).toBeCloseTo(456);
  });

  it('zooms about the pointer: the map point under it stays put', () => {
    const view = fitView(vp, limits);
    const before = screenToMap(view, vp, 300, 200);
    const after = screenToMap(zoomAt(view, vp, 2, 300, 200), vp, 300, 200);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[1]).toBeCloseTo(before[1]);
  });

  it('keeps the zoom between the fitted view and its maximum', () => {
    const min = fitZoom(vp, limits.frame);
    expect(clampView({ centerX: 1000, centerY: 650, zoom: 0.01 }, vp, limits).zoom).toBeCloseTo(min);
    expect(clampView({ centerX: 1000, centerY: 650, zoom: 999 }, vp, limits).zoom).toBeCloseTo(min * 14);
  });

  it('never pans the map off screen', () => {
    const zoomed = clampView(panBy({ centerX: 1000, centerY: 650, zoom: 3 }, 1e6, 1e6), vp, limits);
    const [x0, y0] = screenToMap(zoomed, vp, 0, 0);
    expect(x0).toBeCloseTo(0);
    expect(y0).toBeCloseTo(0);
    // Fitted on a wide screen, the whole frame stays in view however far one drags.
    const wide = clampView(panBy(fitView(vp, limits), -5000, 0), vp, limits);
    expect(screenToMap(wide, vp, 0, 0)[0]).toBeLessThanOrEqual(0);
    expect(screenToMap(wide, vp, vp.width, 0)[0]).toBeGreaterThanOrEqual(2000);
  });

  it('focuses a small box by zooming in, a big one without zooming out', () => {
    const view = fitView(vp, limits);
    const small = viewForBox(view, vp, [410, 640, 420, 655], limits);
    expect(small.zoom).toBeGreaterThan(view.zoom * 2);
    expect(small.centerX).toBeCloseTo(415);
    const big = viewForBox(view, vp, [0, 0, 2000, 1300], limits);
    expect(big.zoom).toBeCloseTo(view.zoom);
  });

  it('interpolates zoom geometrically', () => {
    const mid = lerpView({ centerX: 0, centerY: 0, zoom: 1 }, { centerX: 10, centerY: 20, zoom: 4 }, 0.5);
    expect(mid).toEqual({ centerX: 5, centerY: 10, zoom: 2 });
  });

  it('focuses a small country at half the maximum zoom at most, with context around it, and flies there without overshooting', () => {
    const column = { width: 486, height: 597 };
    const from = fitView(column, limits);
    // Israel's box: the focus would want five times more zoom than the cap allows.
    const israel = [228.6, 454.2, 270.4, 511.4] as const;
    const to = viewForBox(from, column, israel, limits);
    expect(to.zoom).toBeCloseTo(from.zoom * limits.maxZoomFactor * 0.5);
    expect((israel[2] - israel[0]) * to.zoom).toBeLessThan(column.width / 4);
    const zooms = Array.from({ length: 21 }, (_, i) => lerpView(from, to, i / 20).zoom);
    for (let i = 1; i < zooms.length; i++) expect(zooms[i]!).toBeGreaterThanOrEqual(zooms[i - 1]!);
    expect(Math.max(...zooms)).toBeCloseTo(to.zoom);
  });
});

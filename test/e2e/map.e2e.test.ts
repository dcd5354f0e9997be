/**
 * Smoke test: the map scene boots in real headless Chromium (WebGL through SwiftShader),
 * selects a country on click, and takes keys only while the canvas has focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { hasChromium, launchChromium, startDemoServer } from './map-browser';

/** Poll on a timer: software WebGL makes animation frames slow, and rAF polling with them. */
const POLL = { polling: 50 } as const;
const zoomOf = (page: Page) => page.evaluate(() => window.mapDemo!.map.getView().zoom);

if (!hasChromium()) {
  describe('map in Chromium', () => {
    it.skip('skipped: /usr/bin/chromium is missing, so the browser smoke test cannot run', () => {});
  });
} else {
  describe('map in Chromium', () => {
    let server: ViteDevServer;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      const demo = await startDemoServer();
      server = demo.server;
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 960, height: 540 } });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${demo.url}?still`);
      await page.waitForFunction(() => window.mapDemo?.ready === true, null, { ...POLL, timeout: 90_000 });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('boots with a focusable, labelled WebGL canvas and no page errors', async () => {
      const canvas = page.getByRole('application', { name: 'Map of Asia' });
      await expect(canvas.getAttribute('tabindex')).resolves.toBe('0');
      expect(await page.evaluate(() => window.mapDemo!.map.game.renderer.type)).toBe(2);
      expect(errors).toEqual([]);
    });

    it('selects the country clicked and reports what the pointer is over', async () => {
      const at = await page.evaluate(() => window.mapDemo!.map.screenPointOf('KAZ'));
      expect(at).not.toBeNull();
      await page.mouse.move(at![0], at![1]);
      await page.waitForFunction(() => window.mapDemo!.hovered.includes('398'), null, POLL);
      await page.mouse.click(at![0], at![1]);
      await page.waitForFunction(() => window.mapDemo!.selected.includes('KAZ'), null, POLL);
    });

    it('selects a microstate through its marker', async () => {
      const at = await page.evaluate(() => window.mapDemo!.map.screenPointOf('BHR'));
      await page.mouse.click(at![0], at![1]);
      await page.waitForFunction(() => window.mapDemo!.selected.includes('BHR'), null, POLL);
    });

    it('zooms with keys only while the canvas has focus', async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const before = await zoomOf(page);
      await page.keyboard.press('+');
      expect(await zoomOf(page)).toBe(before);
      await page.getByRole('application', { name: 'Map of Asia' }).focus();
      await page.keyboard.press('+');
      expect(await zoomOf(page)).toBeGreaterThan(before);
      await page.keyboard.press('0');
      expect(await zoomOf(page)).toBeCloseTo(before);
    });
  });
}

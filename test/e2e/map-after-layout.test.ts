/**
 * The map in a started game keeps hitting the country under the pointer after the page's layout
 * changes under it: a window resize (1280 to 1920 and back), Large text, a language switch.
 * Each check hovers and clicks Kazakhstan, then China, at the points the scene itself says it drew them, and reads
 * the tooltip and the dossier a player would read.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './support/browser';
import { startGame } from './support/play';
import { useAppInBrowser } from './support/suite';

const CANVAS = '.map-stage canvas[role="application"]';

async function pointAt(page: Page, id: string): Promise<{ tooltip: string | null; dossier: string | null }> {
  // Layout changes settle over a frame or two; the canvas follows its parent's new size.
  await page.waitForTimeout(1200);
  const box = (await page.locator(CANVAS).boundingBox())!;
  const at = await page.evaluate((d) => window.cicaMap!.screenPointOf(d), id);
  expect(at).not.toBeNull();
  const x = box.x + at![0];
  const y = box.y + at![1];
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  const tooltip = page.locator('.map-tooltip strong');
  await tooltip.waitFor({ timeout: 10_000 }).catch(() => undefined);
  const name = await tooltip.textContent().catch(() => null);
  await page.mouse.click(x, y);
  await page.waitForTimeout(300);
  return { tooltip: name, dossier: await page.locator('#dossier-heading').textContent() };
}

describe('the map after layout changes', () => {
  const app = useAppInBrowser();

  it('hovers and clicks the right country after a resize, Large text and a language switch', async () => {
    const { page, errors } = await openPage(app.browser, 1280, 720);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Kazakhstan' });
    await page.waitForFunction(() => window.cicaMap !== undefined, null, { timeout: 90_000, polling: 100 });
    // Each check clicks Kazakhstan, then China: the dossier changes only if the click hit.
    const check = async (kaz: string, china: string, dossier: (n: string) => string) => {
      expect(await pointAt(page, 'KAZ')).toEqual({ tooltip: kaz, dossier: dossier(kaz) });
      expect(await pointAt(page, 'CHN')).toEqual({ tooltip: china, dossier: dossier(china) });
    };
    const en = (n: string) => `Dossier: ${n}`;
    await check('Kazakhstan', 'China', en);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await check('Kazakhstan', 'China', en);
    await page.setViewportSize({ width: 1280, height: 720 });
    await check('Kazakhstan', 'China', en);
    await page.getByRole('button', { name: 'Large text' }).click();
    await check('Kazakhstan', 'China', en);
    await page.getByLabel('Language').selectOption('ru');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await check('Казахстан', 'Китай', (n) => `Досье: ${n}`);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('lands a focus opened from the Delegations list, sharp, with the country named, and only then lets the loop sleep', async () => {
    const { page, errors } = await openPage(app.browser, 1280, 720);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Kazakhstan' });
    await page.waitForFunction(() => window.cicaMap !== undefined, null, { timeout: 90_000, polling: 100 });
    await page.getByRole('tab', { name: /^Delegations/ }).click();
    await page.getByRole('button', { name: 'Israel: open the dossier' }).click();
    await page.locator('#dossier-heading', { hasText: 'Israel' }).waitFor();
    // Before the fix the page's quiet spell could send the loop to sleep mid-flight, leaving a
    // texture stretched sevenfold on screen; now it sleeps only once the sharp detail is baked.
    await page.waitForFunction(() => !window.cicaMap!.game.loop.running, null, { timeout: 20_000, polling: 50 });
    const state = await page.evaluate(() => {
      const m = window.cicaMap! as unknown as { getView(): { zoom: number }; baker: { detailImage: { visible: boolean }; detailZoom: number }; overlay: { shown: Array<{ text: { text: string } }> } };
      return { zoom: m.getView().zoom, detail: m.baker.detailImage.visible, detailZoom: m.baker.detailZoom, labels: m.overlay.shown.map((l) => l.text.text) };
    });
    expect(state.zoom).toBeGreaterThan(1);
    expect(state.detail).toBe(true);
    expect(state.detailZoom).toBeCloseTo(state.zoom);
    expect(state.labels).toContain('Israel');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});

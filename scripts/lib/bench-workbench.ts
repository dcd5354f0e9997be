/**
 * The workbench section of `npm run bench`: a balance run of a copied bundled scenario in the
 * built game, with the longest main-thread block the page saw meanwhile (a PerformanceObserver
 * for 'longtask' entries, which Chromium reports for tasks over 50 ms). A figure, never a test:
 * the balance games run in a Web Worker, so the page should stay well under 100 ms.
 */
import { existsSync } from 'node:fs';
import { launch, openPage } from '../../test/e2e/support/browser';
import { serveApp } from '../../test/e2e/support/server';
import type { BenchSection } from './bench-sections';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const GAMES = 5;
const SCENARIO = 'road-to-the-charter';

declare global {
  interface Window { benchLongest?: number; benchLongTasks?: number }
}

async function measure(): Promise<string[]> {
  const served = await serveApp();
  const browser = await launch();
  try {
    const { page } = await openPage(browser, 1400, 900);
    await page.addInitScript(() => {
      window.benchLongest = 0;
      window.benchLongTasks = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.benchLongest = Math.max(window.benchLongest ?? 0, e.duration);
          window.benchLongTasks = (window.benchLongTasks ?? 0) + 1;
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${served.url}#workbench`);
    await page.getByRole('heading', { level: 1, name: 'Scenario workbench' }).waitFor({ timeout: 120_000 });
    page.once('dialog', (d) => void d.accept());
    await page.getByLabel('Bundled scenario to copy').selectOption(SCENARIO);
    await page.getByRole('button', { name: 'Copy this bundled scenario' }).click();
    await page.locator('.workbench__status').filter({ hasText: /^No errors/ }).waitFor({ timeout: 120_000 });
    await page.getByRole('spinbutton', { name: 'Games' }).fill(String(GAMES));
    // The copy (thousands of lines into the editor) is measured apart: it shows the observer works.
    const copying = await page.evaluate(() => window.benchLongest ?? 0);
    await page.evaluate(() => {
      window.benchLongest = 0;
      window.benchLongTasks = 0;
    });
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Run the balance' }).click();
    await page.getByRole('heading', { name: /^Balance report/ }).waitFor({ timeout: 900_000 });
    const seconds = (Date.now() - t0) / 1000;
    const { longest, count } = await page.evaluate(() => ({ longest: window.benchLongest ?? 0, count: window.benchLongTasks ?? 0 }));
    return [
      `workbench: balance run of ${GAMES} games of ${SCENARIO} (each played twice, once with one delegation planning ahead) in a Web Worker`,
      `  run time                      ${seconds.toFixed(1)} s`,
      `  longest main-thread block     ${Math.round(longest)} ms during the run (${count} tasks over 50 ms; goal: under 100 ms)`,
      `  for comparison                ${Math.round(copying)} ms: the longest block while opening the workbench and copying the scenario into the editor`,
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}

export const workbenchSection: BenchSection = async ({ browser }) => {
  if (!browser) return ['workbench: skipped (--no-browser)'];
  if (!existsSync(CHROMIUM)) return [`workbench: skipped (${CHROMIUM} is missing)`];
  try {
    return await measure();
  } catch (e) {
    return [`workbench: not measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`];
  }
};

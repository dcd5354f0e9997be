/**
 * A student's controls while the device cannot act: the facilitator paused the session, or the
 * server is gone. The panel keeps saying what the rules allow, with every control off and the
 * reason beside it; the controls come back with the session.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, serverProcess, TestClient } from '../server/harness';
import { launch } from './support/browser';
import { builtApp } from './support/server';

let dist: string;
let browser: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  dist = await builtApp();
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

async function student(url: string, code: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(/\/assets\/create-game-[^/]*\.js$/, (r) => r.abort());
  const page = await context.newPage();
  await page.goto(`${url}/#join`);
  await page.getByLabel('Join code').fill(code);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('button', { name: /^Thailand/ }).click();
  await page.locator('.net-seat').waitFor({ timeout: 60_000 });
  return page;
}

const ready = (p: Page) => p.locator('#main').getByRole('button', { name: 'I am ready: end my consultations' });

describe('a student who cannot act for now', () => {
  it('sees the panel with its controls off and the reason while paused or offline, and gets them back', async () => {
    const server = await serverProcess({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cica-e2e-held-')), DIST_DIR: dist });
    let killed = false;
    try {
      const s = await createSession(server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 3, seats: { THA: 'human', KHM: 'human' } });
      const page = await student(server.url, s.code);
      await expect.poll(() => ready(page).isEnabled(), { timeout: 30_000 }).toBe(true);
      const fac = new TestClient(server.url, { role: 'facilitator', session: s.id, key: s.key });
      await fac.connected();
      expect(await fac.call('fac', { cmd: 'pause' })).toEqual({ ok: true });
      await expect.poll(() => ready(page).isEnabled(), { timeout: 30_000 }).toBe(false);
      await page.locator('#main').getByText('The facilitator has paused the session.').waitFor();
      // The panel still says what could be tabled: a pause is not "nothing open".
      expect(await page.locator('#main').innerText()).not.toContain('Nothing you could table is open now');
      expect(await fac.call('fac', { cmd: 'resume' })).toEqual({ ok: true });
      await expect.poll(() => ready(page).isEnabled(), { timeout: 30_000 }).toBe(true);
      fac.close();
      await server.kill('SIGKILL');
      killed = true;
      await expect.poll(() => ready(page).isEnabled(), { timeout: 30_000 }).toBe(false);
      await page.locator('#main').getByText(/^Connection lost/).waitFor();
      expect(await page.locator('#main button:enabled').evaluateAll((bs) => bs.map((b) => b.outerHTML.slice(0, 200)))).toEqual([]);
    } finally {
      if (!killed) await server.kill('SIGTERM');
    }
  }, 180_000);
});

/**
 * The scenario workbench in a real browser, through its UI: open it from the start screen, break
 * the template and see the error at its line, fix it, run a balance with its progress shown,
 * reload and find the text again, and start a game from the edited text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 300_000;
const app = useAppInBrowser();
const TEMPLATE = readFileSync(resolve(import.meta.dirname, '../../src/scenario/template.yaml'), 'utf8').split('\n');

/** Puts the cursor at the end of a 1-based line of the editor. */
async function endOfLine(page: Page, line: number): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

const status = (page: Page) => page.locator('.workbench__status').textContent();

describe('scenario workbench', () => {
  it('checks as you type, runs a balance with progress, keeps the text across a reload and starts a game from it', async () => {
    const { page, errors } = await openPage(app.browser, 1400, 900);
    await page.goto(app.served.url);
    await page.getByRole('button', { name: 'Scenario workbench' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario workbench' }).waitFor();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('No errors; 0 warnings.');
    await expectNoViolations(page, 'workbench');

    // An error, typed: KAZ's weight becomes a word the schema does not allow.
    const line = TEMPLATE.findIndex((l) => l.trim() === 'weight: large') + 1;
    await endOfLine(page, line);
    await page.keyboard.type('st');
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/^1 error/);
    const finding = page.getByRole('list', { name: 'Checker findings' }).getByRole('listitem').first();
    expect(await finding.textContent()).toContain(`Line ${line}, column`);
    expect(await finding.textContent()).toContain('delegations[0].weight must be one of small, medium, large; found "largest"');
    expect(await page.locator('.cm-lint-marker-error').count()).toBeGreaterThan(0);

    // Fixed again, plus a note at the top that the reload must keep.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# edited in the browser\n');
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('No errors; 0 warnings.');

    await page.getByRole('spinbutton', { name: 'Games' }).fill('4');
    await page.getByRole('button', { name: 'Run the balance' }).click();
    await page.getByRole('progressbar', { name: 'Balance progress' }).waitFor({ timeout: 30_000 });
    const report = page.getByRole('heading', { name: /^Balance report: 4 games/ });
    await report.waitFor({ timeout: 240_000 });
    expect(await page.getByRole('heading', { name: 'What to change' }).count()).toBe(1);
    expect(await page.locator('.workbench-table').count()).toBe(5);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Scenario workbench' }).waitFor();
    await expect.poll(() => page.locator('.cm-content').textContent()).toContain('# edited in the browser');

    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('No errors; 0 warnings.');
    await page.getByRole('button', { name: 'Start a game from this text' }).click();
    await page.locator('[data-phase]').first().waitFor({ timeout: 120_000 });
    expect(await page.getByText('Border confidence in Central Asia').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

/**
 * The game in a real app.browser, played through its UI only (roles and accessible names): the
 * start screen and the scenario checker, two full rounds of the default scenario with a save,
 * a resume and a language switch, and the short scenario to its end screen. axe-core must find
 * no serious or critical violation on any screen, and the console must stay free of errors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { closeSummary, consult, idle, implement, phase, playRound, plenary, round, startGame } from './support/play';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 180_000;
const app = useAppInBrowser();
const noViolations = expectNoViolations;

describe('start screen', () => {
  it('checks an opened file, shows its errors as located text, and keeps a corrupt save', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(app.served.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await noViolations(page, 'start');

    await page.getByLabel('Open a scenario file…').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('meta:\n  id: Not A Slug\ncalendar: 5\n') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/broken\.yaml cannot be played/);
    expect(await alert.textContent()).toMatch(/broken\.yaml:\d+:\d+/);
    await noViolations(page, 'start with errors');

    // A scenario's text is shown as text, never interpreted as HTML.
    const source = readFileSync(resolve(import.meta.dirname, '../../scenarios/preventive-diplomacy.yaml'), 'utf8')
      .replace('en: Preventive Diplomacy', 'en: "<img src=x onerror=alert(1)>Sneaky"');
    const drop = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'sneaky.yaml', { type: 'text/yaml' }));
      return dt;
    }, source);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => page.getByRole('radio', { name: /<img src=x onerror=alert\(1\)>Sneaky/ }).isChecked()).toBe(true);
    expect(await page.locator('img').count()).toBe(0);

    await page.evaluate(() => localStorage.setItem('cica-negotiation.save', '{"version": 1, "oops"'));
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/The saved game cannot be restored/);
    expect(await page.getByRole('button', { name: 'Continue the saved game' }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('cica-negotiation.save'))).toBe('{"version": 1, "oops"');
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

describe('Road to the Charter', () => {
  it('plays two full rounds through the UI, saves, resumes and switches language', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Azerbaijan' });
    expect(await round(page)).toBe(1);
    await noViolations(page, 'consultations');
    // Reached by the keyboard, the map shows its focus ring inside the stage, which clips what lies outside.
    const map = page.getByRole('application', { name: /^Map of the CICA states/ });
    await page.keyboard.press('Tab');
    await map.focus();
    const ring = await map.evaluate((c) => ({ visible: c.matches(':focus-visible'), style: getComputedStyle(c).outlineStyle, offset: parseFloat(getComputedStyle(c).outlineOffset), width: parseFloat(getComputedStyle(c).outlineWidth) }));
    expect(ring.visible).toBe(true);
    expect(ring.style).toBe('solid');
    expect(ring.offset + ring.width).toBeLessThanOrEqual(0);
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    await noViolations(page, 'proposals');

    await consult(page, { table: true });
    let checkedPositions = false;
    await plenary(page, async (p) => {
      const rows = p.getByRole('table', { name: /position on the item under discussion/ }).getByRole('row');
      expect(await rows.count()).toBeGreaterThan(20);
      expect(await p.getByRole('heading', { name: /^Consensus meter/ }).count()).toBe(1);
      await noViolations(p, 'plenary');
      checkedPositions = true;
    });
    expect(checkedPositions).toBe(true);
    expect(await page.getByText(/^(Adopted|Blocked): /).count()).toBeGreaterThan(0);
    if ((await phase(page)) === 'implementation') await noViolations(page, 'implementation');
    await implement(page);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { name: 'Decisions' }).count()).toBe(1);
    await noViolations(page, 'round summary');
    await closeSummary(page);
    expect(await round(page)).toBe(2);

    await page.getByRole('tab', { name: /^Delegations/ }).click();
    await page.getByRole('button', { name: /^China: open the dossier/ }).click();
    await page.getByRole('heading', { name: 'Dossier: China' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Your confidential instructions' }).count()).toBe(0);
    // Another delegation's interests are public: its dossier shows them, outside anything confidential.
    await page.getByRole('heading', { name: 'Interests (public)' }).waitFor();
    expect(await page.locator('.dossier meter').count()).toBe(7);
    await noViolations(page, 'delegations and dossier');

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('tab', { name: /^Консультации/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await round(page)).toBe(2);
    // Nothing said before the switch lingers in English.
    for (const toast of await page.locator('.announcer__toast').allTextContents()) expect(toast).toMatch(/[А-Яа-яЁё]/);
    await noViolations(page, 'russian');
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('tab', { name: /^Chronicle/ }).click();
    expect(await page.getByText(/^Azerbaijan tabled: /).count()).toBeGreaterThan(0);
    await noViolations(page, 'chronicle');

    // The game is saved after every action: a reload offers to continue it.
    await page.reload();
    await page.getByRole('button', { name: 'Continue the saved game' }).click();
    await page.getByRole('tab', { name: /^Consultations/ }).waitFor();
    await idle(page);
    expect(await round(page)).toBe(2);

    const title = await playRound(page, { table: true });
    expect(title).toBe('Round 2 (2027): summary');
    expect(await round(page)).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

describe('Preventive Diplomacy', () => {
  it('plays the short scenario to its end screen', async () => {
    const { page, errors } = await openPage(app.browser, 1920, 1080);
    await page.goto(`${app.served.url}?seed=11`);
    await startGame(page, { scenario: /^Preventive Diplomacy/, difficulty: 'Hard' });
    for (let i = 0; i < 6 && (await phase(page)) !== 'concluded'; i++) await playRound(page, { table: true });
    expect(await phase(page)).toBe('concluded');
    await page.getByRole('heading', { name: 'The conference has ended' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Collective outcome' }).count()).toBe(1);
    expect(await page.getByText(/^Kazakhstan ranks \d of 8\.$/).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Turning points' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Print the summary' }).count()).toBe(1);
    await noViolations(page, 'end screen');
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

/**
 * The projector view and the printed material in a real browser. The projected conference must
 * contain no confidential text of any delegation (in either language, in the page's markup as
 * well as on screen) in any phase, with the facilitator's console open or shut; positions of
 * delegations played by people are recorded from the keyboard. The briefing packets and the
 * facilitator's guide are printed to PDF by Chromium and the pages are checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { act, attr, idle, openConsole, recordAllReady, setUpSession } from './support/classroom';
import { bundledScenario, confidentialSnippets, leaks } from './support/secrets';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 300_000;
const scenario = bundledScenario('preventive-diplomacy');
const secrets = confidentialSnippets(scenario);
const app = useAppInBrowser();
const noViolations = expectNoViolations;

/** The whole page's markup (hidden parts too) and its visible text, checked against every delegation's secrets. */
async function noSecrets(page: Page, screen: string): Promise<void> {
  expect(leaks(await page.content(), secrets), `${screen}: markup`).toEqual([]);
  expect(leaks(await page.evaluate(() => document.body.innerText), secrets), `${screen}: text`).toEqual([]);
}

describe('the projector view', () => {
  it('never shows a confidential brief or a secret objective, and takes positions from the keyboard', async () => {
    expect(secrets.length).toBeGreaterThan(10);
    const { page, errors } = await openPage(app.browser, 1920, 1080);
    await page.goto(`${app.served.url}?seed=5&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Projector', people: [['Thailand', 'Team A'], ['Cambodia', 'Team B'], ['Malaysia', 'Team C']] });
    expect(await attr(page, 'phase')).toBe('consultations');
    await noSecrets(page, 'consultations');
    await noViolations(page, 'projector, consultations');

    const console1 = await openConsole(page);
    await noSecrets(page, 'console');
    await console1.close();

    await page.getByText(/^Hold talks \(/).click();
    await act(page, page.getByRole('button', { name: /^Hold talks with / }).first());
    await recordAllReady(page);
    await idle(page);
    expect(await attr(page, 'phase')).toBe('plenary');
    await noSecrets(page, 'plenary');
    await noViolations(page, 'projector, plenary');

    // Keyboard: in Thailand's row, O objects; the focus moves on to Cambodia, where S supports.
    const announced = () => page.locator('.announcer').textContent();
    await page.getByRole('group', { name: 'Record the position of Thailand' }).getByRole('button').first().focus();
    await page.keyboard.press('o');
    await expect.poll(announced).toContain('Done: Thailand: Object.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-record'))).toBe('KHM');
    await page.keyboard.press('s');
    await expect.poll(announced).toContain('Done: Cambodia: Support.');
    await idle(page);
    const recorded = await page.evaluate(() => {
      const positions: Array<{ by: string; type: string; stance?: string }> = JSON.parse(localStorage.getItem(Object.keys(localStorage).filter((k) => k.startsWith('cica-classroom.autosave.')).sort().pop()!)!).actions;
      return positions.filter((a) => a.type === 'plenary.position' && (a.by === 'THA' || a.by === 'KHM')).map((a) => `${a.by}:${a.stance}`);
    });
    expect(recorded.slice(0, 2)).toEqual(['THA:objection', 'KHM:support']);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await noSecrets(page, 'plenary in Russian');
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

describe('printed material', () => {
  it('prints the facilitator\'s guide and one packet per delegation played by people, each on its own pages', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=5&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Projector', people: [['Thailand', 'Team A'], ['Cambodia', 'Team B']] });
    const console1 = await openConsole(page);
    await console1.dialog.getByRole('button', { name: 'Print packets and guide' }).click();
    await page.waitForFunction(() => document.querySelector('.print-screen')?.getAttribute('data-map') === 'ready', null, { timeout: 60_000 });
    expect(await page.getByRole('img', { name: /^Map of the region of / }).count()).toBe(2);
    await noViolations(page, 'print');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    // The guide, then for each delegation a public page and a confidential one.
    expect(pages).toBeGreaterThanOrEqual(1 + 2 * 2);

    if (existsSync('/usr/bin/pdftotext')) {
      const dir = mkdtempSync(join(tmpdir(), 'cica-print-'));
      writeFileSync(join(dir, 'out.pdf'), pdf);
      const text = (p: number) => execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), join(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
      const all = Array.from({ length: pages }, (_, i) => text(i + 1));
      expect(all[0]).toMatch(/Facilitator’s guide: Preventive Diplomacy/);
      expect(all.join('\n')).toMatch(/Timing plan/);
      for (const [name, team] of [['Thailand', 'Team A'], ['Cambodia', 'Team B']] as const) {
        const open = all.findIndex((p) => p.includes(`Delegation of ${name}`));
        const secret = all.findIndex((p) => p.toUpperCase().includes(`CONFIDENTIAL: FOR THE DELEGATION OF ${name.toUpperCase()} ONLY`));
        expect(open, name).toBeGreaterThan(0);
        expect(all[open]).toContain(`For: ${team}`);
        // The confidential instructions start a page of their own, after the public brief.
        expect(secret, name).toBeGreaterThan(open);
        expect(all[secret]).not.toContain('Public brief');
        const brief = scenario.delegations.find((d) => localizeEn(d.name) === name)!.brief.confidential;
        expect(all[secret]!.replace(/\s+/g, ' ')).toContain(localizeEn(brief).replace(/\s+/g, ' ').slice(0, 40));
      }
    } else {
      // Without poppler's pdftotext the text is checked in the page as printed instead.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.print-sheets').innerText();
      for (const text of ['Facilitator’s guide: Preventive Diplomacy', 'Delegation of Thailand', 'Delegation of Cambodia']) expect(printed).toContain(text);
      expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

function localizeEn(t: string | { en: string }): string {
  return typeof t === 'string' ? t : t.en;
}

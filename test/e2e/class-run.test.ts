/**
 * The classroom as instructors run it, in a real browser through its UI only: a hot-seat student
 * cannot reach the console's secrets without the facilitator's PIN (checked in the DOM); two
 * classes in one browser keep their own saves through a reload each; the debrief's "blocked and
 * why" lists a team's reservation (and its reason) that an amendment later answered, the gradebook CSV holds the names
 * entered in the wizard, and the printed debrief fits its pages (printed to PDF and read back).
 * Screenshots of the projector and of the printed debrief go to test-results/screens/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { act, attr, idle, openConsole, recordAllReady, setUpSession, takeDevice } from './support/classroom';
import { bundledScenario, confidentialSnippets, leaks } from './support/secrets';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 480_000;
const PIN = '2468';
const scenario = bundledScenario('preventive-diplomacy');
const secretsOf = (id: string) => confidentialSnippets(scenario).filter((s) => s.delegation === id);
/** The secret objectives of a delegation, as `leaks` looks for them. */
const objectivesOf = (id: string) => scenario.delegations.find((d) => d.id === id)!.objectives
  .map((o) => ({ delegation: id, text: (typeof o.text === 'string' ? o.text : o.text.en).replace(/\s+/g, ' ').trim().slice(0, 60) }));
const app = useAppInBrowser();
const SCREENS = resolve(import.meta.dirname, '../../test-results/screens');

const autosaves = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cica-classroom.autosave.')));

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

describe('the facilitator PIN on a hot-seat device', () => {
  it('keeps the console, the reveal and replay as a delegation out of the page until the PIN is given', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=11&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Hot-seat', people: [['Thailand', 'Team A'], ['Cambodia', 'Team B']], pin: PIN, className: 'Group 3B' });

    // The hand-off screen offers no console at all.
    expect(await attr(page, 'handoff')).toBe('true');
    expect(await page.getByRole('button', { name: 'Facilitator console' }).count()).toBe(0);

    // Thailand holds the device: the console asks for the PIN and renders nothing else.
    await takeDevice(page);
    await page.getByRole('button', { name: 'Facilitator console' }).click();
    const dialog = page.getByRole('dialog', { name: 'Facilitator console' });
    await dialog.getByRole('textbox', { name: 'Facilitator PIN' }).waitFor();
    const locked = async () => {
      expect(await dialog.locator('.console').count()).toBe(0);
      for (const name of ['Take back the last move', 'Inject this event', 'Export the session file', 'Debrief', 'Replay', 'Hand Cambodia to the AI']) {
        expect(await dialog.getByRole('button', { name, exact: true }).count(), name).toBe(0);
      }
      // Thailand's own screen is under the dialog: only what is Cambodia's alone would be a leak.
      expect(leaks(await page.content(), secretsOf('KHM').filter((k) => !secretsOf('THA').some((x) => x.text === k.text)))).toEqual([]);
    };
    await locked();
    await expectNoViolations(page, 'locked console');
    await dialog.getByRole('textbox', { name: 'Facilitator PIN' }).fill('1357');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('That is not the PIN.');
    await locked();

    // The right PIN opens it; closing locks it again.
    await dialog.getByRole('textbox', { name: 'Facilitator PIN' }).fill(PIN);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.getByRole('button', { name: 'Take back the last move' }).waitFor();
    await dialog.getByRole('button', { name: 'Close the console' }).click();
    await page.getByRole('button', { name: 'Facilitator console' }).click();
    await dialog.getByRole('textbox', { name: 'Facilitator PIN' }).waitFor();
    await locked();
    await dialog.getByRole('button', { name: 'Close the console' }).click();

    // Only the hash of the PIN is stored.
    const stored = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k) ?? '').join('\n'), await autosaves(page));
    expect(stored).toContain('"lock":{"salt":"');
    expect(stored).not.toContain(PIN);

    // The debrief opened from the console asks for the PIN again before revealing anything.
    const console1 = await openConsole(page, PIN);
    await console1.dialog.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Debrief: Preventive Diplomacy' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^Reveal the secret objectives/ }).count()).toBe(0);
    expect(leaks(await page.content(), [...objectivesOf('KHM'), ...objectivesOf('THA')])).toEqual([]);
    await page.getByText('Reveal the secret objectives now (the game is not over yet)').click();
    await page.getByRole('textbox', { name: 'Facilitator PIN' }).fill(PIN);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('checkbox', { name: /^Reveal the secret objectives/ }).check();
    expect(leaks(await page.content(), objectivesOf('KHM')).length).toBeGreaterThan(0);

    // Back in the game the lock is on again, and the replay shows only the room's view.
    await page.getByRole('button', { name: 'Back to the game' }).click();
    const console2 = await openConsole(page, PIN);
    await console2.dialog.getByRole('button', { name: 'Replay' }).click();
    const viewer = page.getByRole('combobox', { name: 'Seen by' });
    await viewer.waitFor();
    expect(await viewer.locator('option').allTextContents()).toEqual(['the room (public only)']);
    await page.getByText('Locked: the facilitator’s PIN opens this.').click();
    await page.getByRole('textbox', { name: 'Facilitator PIN' }).fill(PIN);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => viewer.locator('option').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

describe('saves per class', () => {
  it('keeps two classes\' saves apart in one browser, each resumed after a reload', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=3&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Hot-seat', people: [['Thailand', 'Team Lotus']], className: 'Group 3B' });
    await takeDevice(page);
    await act(page, page.getByRole('button', { name: 'I am ready: end my consultations' }));
    const logA = await attr(page, 'log');
    const savesA = (await autosaves(page)).length;
    await page.reload();
    await page.locator('[data-mode="hot-seat"]').waitFor({ timeout: 90_000 });
    await idle(page);
    expect(await attr(page, 'log')).toBe(logA);
    // Resuming wrote no second copy of the same save.
    expect((await autosaves(page)).length).toBe(savesA);
    await page.getByRole('button', { name: 'Leave the session' }).first().click();

    await page.getByRole('button', { name: 'Set up a new session' }).waitFor();
    await page.goto(`${app.served.url}?seed=4&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Projector', people: [['Cambodia', 'Team Mekong']], className: 'Group 4A' });
    await page.reload();
    await page.locator('[data-mode="projector"]').waitFor({ timeout: 90_000 });
    await idle(page);
    await page.getByRole('button', { name: 'Leave the session' }).first().click();

    const classes = page.locator('.save-list > li[data-session]');
    await classes.first().waitFor();
    expect(await classes.count()).toBe(2);
    const cards = await classes.allInnerTexts();
    expect(cards[0]).toContain('Group 4A');
    expect(cards[0]).toContain('Team Mekong');
    expect(cards[1]).toContain('Group 3B');
    expect(cards[1]).toContain('Team Lotus');
    expect(cards[1]).toMatch(/round 1/);
    await expectNoViolations(page, 'classroom home with two classes');

    await page.getByRole('button', { name: 'Continue Group 3B' }).click();
    await page.locator('[data-mode="hot-seat"]').waitFor({ timeout: 90_000 });
    await idle(page);
    expect(await attr(page, 'log')).toBe(logA);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

describe('the debrief for discussion', () => {
  it('lists a team\'s reservation, with its reason, that an amendment answered, exports the teams\' names as CSV, and prints within its pages', async () => {
    const { page, errors } = await openPage(app.browser, 1920, 1080);
    await page.goto(`${app.served.url}?seed=5&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Projector', people: [['Thailand', 'Team Orchid'], ['Cambodia', 'Team Angkor']], className: 'Group 5C' });
    await screenshot(page, 'projector-consultations');
    // Thailand tables a measure; then every team is ready.
    await page.getByRole('combobox', { name: 'Delegation' }).selectOption({ label: 'Thailand (Team Orchid)' });
    await page.getByText(/^Table a proposal \(/).click();
    await act(page, page.getByRole('button', { name: /^Table: / }).first());
    await recordAllReady(page);
    await page.getByRole('combobox', { name: 'Delegation' }).selectOption({ label: 'Cambodia (Team Angkor)' });
    await recordAllReady(page);
    await idle(page);
    expect(await attr(page, 'phase')).toBe('plenary');

    // Cambodia states a reservation on every item, with its reason; Thailand supports, and on its
    // own item accepts the amendment Cambodia asked for before calling for a decision.
    for (let i = 0; i < 40 && (await attr(page, 'phase')) === 'plenary'; i++) {
      const tha = page.getByRole('group', { name: 'Record the position of Thailand' });
      const khm = page.getByRole('group', { name: 'Record the position of Cambodia' });
      const amend = page.getByRole('button', { name: 'Accept the amendment: weaken' });
      const decide = page.getByRole('button', { name: 'Call for a decision' });
      if (await khm.count()) {
        await khm.getByRole('textbox', { name: 'Reason given by Cambodia (optional)' }).fill('our fishermen need time');
        await act(page, khm.getByRole('button', { name: 'Reservation: weaken' }));
      } else if (await tha.count()) {
        await act(page, tha.getByRole('button', { name: 'Support', exact: true }));
      } else if (await amend.count()) {
        await act(page, amend);
      } else if (await decide.count()) {
        await act(page, decide.first());
      } else break;
    }
    await screenshot(page, 'projector-after-plenary');
    // Implementation, so that a round ends and the charts have a point past the opening.
    for (const team of ['Thailand (Team Orchid)', 'Cambodia (Team Angkor)']) {
      await page.getByRole('combobox', { name: 'Delegation' }).selectOption({ label: team });
      await recordAllReady(page);
    }
    await idle(page);
    expect(Number(await attr(page, 'round'))).toBe(2);

    const console1 = await openConsole(page);
    await console1.dialog.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Debrief: Preventive Diplomacy' }).waitFor();
    const blocked = page.getByRole('region', { name: 'Blocked and why' });
    const answered = blocked.getByRole('row').filter({ hasText: 'answered by an amendment (weaken)' });
    expect(await answered.count()).toBeGreaterThan(0);
    const ours = answered.filter({ hasText: 'Cambodia' }).filter({ hasText: 'our fishermen need time' });
    expect(await ours.count()).toBeGreaterThan(0);
    await expectNoViolations(page, 'debrief');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('region', { name: 'Over the rounds' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await screenshot(page, 'debrief-charts');

    // The gradebook holds the names typed in the wizard.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gradebook (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^Delegation,Team,Proposals tabled,Proposals adopted,/);
    expect(csv.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['Thailand,Team Orchid', 'Cambodia,Team Angkor']);

    // The debrief JSON names the teams too.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).debrief.teams).toEqual({ THA: 'Team Orchid', KHM: 'Team Angkor' });

    // Printed: no chart wider than its column or taller than a page, and each chart's legend on its title's page.
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.chart')].map((f) => {
      const fig = f.getBoundingClientRect();
      const canvas = f.querySelector('canvas')!.getBoundingClientRect();
      return { figure: fig.width, canvas: canvas.width, height: fig.height };
    }));
    expect(boxes).toHaveLength(4);
    // A4 less the page margins is about 265 mm high: 1000 CSS pixels.
    for (const b of boxes) {
      expect(b.canvas).toBeLessThanOrEqual(b.figure + 1);
      expect(b.height).toBeLessThan(1000);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(60);
    if (existsSync('/usr/bin/pdftotext')) {
      mkdirSync(SCREENS, { recursive: true });
      const file = join(SCREENS, 'debrief.pdf');
      writeFileSync(file, pdf);
      const text = (p: number) => execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
      const all = Array.from({ length: pages }, (_, i) => text(i + 1));
      expect(all.join('\n')).toContain('Blocked and why');
      for (const title of ['Each delegation’s mean trust', 'Prestige of each delegation']) {
        const at = all.findIndex((p) => p.includes(title));
        expect(at, title).toBeGreaterThanOrEqual(0);
        // The legend below the chart is on the same page as its title: the chart was not cut.
        const rest = all[at]!.slice(all[at]!.indexOf(title));
        expect(rest, title).toContain('other delegations (grey)');
        expect(rest, title).toContain('Thailand (Team Orchid)');
      }
      if (existsSync('/usr/bin/pdftoppm')) {
        mkdirSync(SCREENS, { recursive: true });
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, join(SCREENS, 'debrief-print')]);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

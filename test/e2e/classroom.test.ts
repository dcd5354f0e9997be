/**
 * A classroom session in a real app.browser, through its UI only: three delegations played by people
 * on one hot-seat device play two rounds with the clock running, the facilitator injects an event
 * and hands a seat to the AI, the page is reloaded mid-round and play continues exactly, the
 * debrief lists what was done, and the session goes out as a file and comes back in; a damaged
 * file is refused and changes no save. axe-core must find no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { act, attr, idle, openConsole, playTurn, remaining, setUpSession, takeDevice } from './support/classroom';
import { bundledScenario, confidentialSnippets, leaks } from './support/secrets';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 480_000;
const scenario = bundledScenario('preventive-diplomacy');
const secretsOf = (id: string) => confidentialSnippets(scenario).filter((s) => s.delegation === id);
const app = useAppInBrowser();
const noViolations = expectNoViolations;

const autosaves = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cica-classroom.autosave.')).sort());

describe('a hot-seat classroom session', () => {
  it('plays two rounds with the clock, an injection, an absent student, a reload, the debrief and a session file', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=11&lang=en`);
    await setUpSession(page, { scenario: /^Preventive Diplomacy/, mode: 'Hot-seat', people: [['Thailand', 'Team A'], ['Cambodia', 'Team B'], ['Malaysia', 'Team C']] });

    // The first hand-off: nothing of any delegation's screen is mounted, and the clock runs.
    expect(await attr(page, 'handoff')).toBe('true');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pass the device to the delegation of Thailand');
    expect(await page.getByText('Played by Team A').count()).toBe(1);
    expect(await page.locator('.game').count()).toBe(0);
    await noViolations(page, 'hand-off');
    const first = await remaining(page);
    await expect.poll(() => remaining(page), { timeout: 10_000 }).toBeLessThan(first);

    // Thailand sees its own confidential brief; after its turn, the next hand-off has unmounted it.
    await takeDevice(page);
    expect(leaks(await page.content(), secretsOf('THA')).length).toBeGreaterThan(0);
    await noViolations(page, 'Thailand\'s turn');
    const talks = page.getByRole('button', { name: /^Hold talks with / }).first();
    const partner = ((await talks.getAttribute('aria-label')) ?? (await talks.textContent()) ?? '').replace(/^Hold talks with /, '');
    await playTurn(page, { talk: true });
    expect(await attr(page, 'turn')).toBe('KHM');
    expect(await attr(page, 'handoff')).toBe('true');
    expect(leaks(await page.content(), secretsOf('THA'))).toEqual([]);

    // The facilitator injects an event from the deck between two turns.
    const console1 = await openConsole(page);
    await console1.dialog.getByRole('combobox', { name: 'Event from the scenario' }).selectOption('asean-calls-for-restraint');
    await act(page, console1.dialog.getByRole('button', { name: 'Inject this event' }));
    expect(await console1.dialog.getByRole('region', { name: 'Inject an event' }).getByRole('status').textContent()).toContain('Injected: ASEAN partners call for restraint.');
    await noViolations(page, 'console');
    await console1.close();

    // The rest of round 1, turn by turn.
    for (let i = 0; i < 40 && Number(await attr(page, 'round')) === 1; i++) await playTurn(page);
    expect(await attr(page, 'round')).toBe('2');

    // Malaysia's student is absent: its seat goes to the AI.
    const console2 = await openConsole(page);
    await console2.dialog.getByRole('button', { name: 'Hand Malaysia to the AI' }).click();
    await expect.poll(() => console2.dialog.getByRole('button', { name: 'Give Malaysia back to people' }).count()).toBe(1);
    await console2.close();

    // Round 2: one turn, then the page is reloaded in the middle of the round.
    await playTurn(page, { talk: true });
    await idle(page);
    const before = { log: await attr(page, 'log'), round: await attr(page, 'round'), phase: await attr(page, 'phase'), turn: await attr(page, 'turn') };
    const clockBefore = await remaining(page);
    await page.reload();
    await page.locator('[data-mode="hot-seat"]').waitFor({ timeout: 90_000 });
    await idle(page);
    expect({ log: await attr(page, 'log'), round: await attr(page, 'round'), phase: await attr(page, 'phase'), turn: await attr(page, 'turn') }).toEqual(before);
    expect(await attr(page, 'handoff')).toBe('true');
    const clockAfter = await remaining(page);
    expect(clockAfter).toBeLessThanOrEqual(clockBefore);
    expect(clockAfter).toBeGreaterThan(clockBefore - 15);
    const console3 = await openConsole(page);
    const log = await console3.dialog.getByRole('region', { name: 'Facilitator’s log' }).textContent();
    expect(log).toContain('event injected: ASEAN partners call for restraint');
    expect(log).toContain('Malaysia handed to the AI');
    await console3.close();

    // Play continues from where it stopped, to the end of round 2.
    for (let i = 0; i < 40 && Number(await attr(page, 'round')) === 2; i++) await playTurn(page);
    expect(await attr(page, 'round')).toBe('3');
    const actions = Number(await attr(page, 'log'));

    // The debrief lists the actions taken, the injection and the charts.
    await takeDevice(page);
    const console4 = await openConsole(page);
    await console4.dialog.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Debrief: Preventive Diplomacy' }).waitFor();
    const debrief = page.locator('main');
    expect(await debrief.getByText(`Thailand: Hold talks with ${partner}`).count()).toBeGreaterThan(0);
    expect(await debrief.getByText('Facilitator: Inject an event').count()).toBe(1);
    expect(await debrief.getByText('Event: ASEAN partners call for restraint.').count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /Cohesion of the Conference/ }).count()).toBe(1);
    const listed = await page.getByRole('region', { name: 'Actions taken' }).locator('li').count();
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(actions);
    await noViolations(page, 'debrief');
    await page.getByRole('button', { name: 'Replay the game' }).click();
    await page.getByRole('button', { name: 'Next round' }).click();
    expect(await page.locator('.replay__step').textContent()).toMatch(/^Round 2 \(2027\)/);
    await noViolations(page, 'replay');
    await page.getByRole('button', { name: 'Back to the debrief' }).click();
    await page.getByRole('button', { name: 'Back to the game' }).click();

    // The session goes out as a file ...
    await takeDevice(page);
    const console5 = await openConsole(page);
    const [download] = await Promise.all([page.waitForEvent('download'), console5.dialog.getByRole('button', { name: 'Export the session file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cica-session-preventive-diplomacy-.*\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ kind: 'cica-classroom-session', version: 1, mode: 'hot-seat', names: { THA: 'Team A', KHM: 'Team B', MYS: 'Team C' } });
    await console5.close();
    await page.getByRole('button', { name: 'Leave the session' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Classroom session' }).waitFor();
    await noViolations(page, 'classroom home');
    // One class in the list, with its newest save and the nine before it.
    expect(await page.locator('.save-list > li').count()).toBe(1);
    expect(await page.getByText('Earlier saves of this session (9)').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Continue where play stopped' }).count()).toBe(1);

    // ... a damaged or foreign file is refused and changes no save ...
    const saves = await autosaves(page);
    const input = page.getByLabel('Open a session file…');
    await input.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(file.slice(0, file.length / 2)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/damaged\.json cannot be opened: it is not a session file \(not valid JSON/);
    await input.setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/this is a scenario file, not a session/);
    await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('"version": 1', '"version": 9')) });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/saved by a newer version of the game \(version 9/);
    expect(await autosaves(page)).toEqual(saves);

    // ... and the exported file opens the same session again.
    await input.setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.locator('[data-mode="hot-seat"]').waitFor({ timeout: 90_000 });
    await idle(page);
    expect(Number(await attr(page, 'log'))).toBe(actions);
    expect(await attr(page, 'round')).toBe('3');

    // Every seat on autopilot: the AI plays the conference to its end; then the debrief reveals
    // every secret objective, and the end screen of a delegation given back to people opens it.
    const console6 = await openConsole(page);
    for (const name of ['Thailand', 'Cambodia']) await console6.dialog.getByRole('button', { name: `Hand ${name} to the AI` }).click();
    await console6.close();
    await page.waitForFunction(() => document.querySelector('[data-mode]')?.getAttribute('data-phase') === 'concluded', null, { timeout: 120_000 });
    expect(await page.getByRole('heading', { level: 1, name: 'The AI delegations are playing' }).count()).toBe(1);
    const console7 = await openConsole(page);
    await console7.dialog.getByRole('button', { name: 'Give Thailand back to people' }).click();
    await console7.close();
    await takeDevice(page);
    await page.getByRole('tab', { name: /^Results/ }).click();
    // Each delegation's total is the sum of the parts the table shows, on the results and in the debrief.
    // With the shared outcome its note names. `before`: number cells before the total (the debrief's rank).
    const addsUp = async (where: Locator, before: number) => {
      const share = Number(await where.locator('[data-share]').getAttribute('data-share'));
      expect(share).toBeGreaterThan(0);
      const gaps = await where.getByRole('table').locator('tbody tr').evaluateAll((rows, skip) => rows.map((r) => {
        const [total, ...parts] = [...r.querySelectorAll('td.num')].slice(skip).map((c) => Number(c.textContent!.replace('\u2212', '-')));
        return parts.length === 4 ? total! - parts.reduce((a, b) => a + b, 0) : Infinity;
      }), before);
      expect(gaps.length).toBe(8);
      for (const gap of gaps) expect(Math.abs(gap - share)).toBeLessThan(0.2);
    };
    await addsUp(page.getByRole('tabpanel'), 0);
    await page.getByRole('button', { name: 'Open the debrief' }).click();
    const scores = page.getByRole('region', { name: 'Final scores and secret objectives' });
    await scores.waitFor();
    await addsUp(scores, 1);
    expect(await scores.getByText('revealed at the end').count()).toBe(0);
    expect(await scores.getByText(/^(met|not met yet|not met)$/).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

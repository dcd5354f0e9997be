/**
 * The networked classroom in Chromium: a facilitator, the projector and six students (two on
 * phones) on their own browser contexts play two rounds through the classroom server; a reload,
 * a lost connection, a latecomer, a seat given to the AI and back; no page holds another
 * delegation's confidential text (DOM, storage, socket frames, polling responses); the exported
 * session file opens in the local classroom.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type Action } from '../../src/engine';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { createSession, leakIn, serverProcess } from '../server/harness';
import { axeViolations, launch } from './support/browser';
import { builtApp } from './support/server';

const text = readFileSync(new URL('../../scenarios/preventive-diplomacy.yaml', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'preventive-diplomacy.yaml');
const scenario = (parsed.ok ? parsed.scenario : null) as Scenario;
const NAMES: Record<string, string> = { THA: 'Thailand', KHM: 'Cambodia', MYS: 'Malaysia', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', KAZ: 'Kazakhstan', UZB: 'Uzbekistan', CHN: 'China' };
const PLAYERS = Object.keys(NAMES);

let server: Awaited<ReturnType<typeof serverProcess>>;
let browser: Awaited<ReturnType<typeof launch>>;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  const dist = await builtApp();
  server = await serverProcess({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cica-e2e-net-')), DIST_DIR: dist });
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.kill('SIGTERM');
});

interface Device {
  seat: string | null;
  context: BrowserContext;
  page: Page;
  /** Every socket frame and polling response the page received. */
  received: string[];
}

async function device(seat: string | null, phone = false): Promise<Device> {
  const context = await browser.newContext(phone ? { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 800 } });
  // Nine pages each drawing the map in software WebGL would starve a small CI machine; the map
  // has its own suite, and every panel here works without it.
  await context.route(/\/assets\/create-game-[^/]*\.js$/, (r) => r.abort());
  const page = await context.newPage();
  contexts.push(context);
  const received: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
  page.on('response', (r) => {
    if (r.url().includes('/socket.io/')) void r.text().then((t) => received.push(t), () => undefined);
  });
  return { seat, context, page, received };
}

async function joinSeat(d: Device, code: string): Promise<void> {
  await d.page.goto(`${server.url}/#join`);
  await d.page.getByLabel('Join code').fill(code);
  await d.page.getByRole('button', { name: 'Join' }).click();
  await d.page.getByRole('button', { name: new RegExp(`^${NAMES[d.seat!]}`) }).click();
  await d.page.locator(`.net-seat[data-seat="${d.seat}"]`).waitFor({ timeout: 60_000 });
}

const version = (p: Page) => p.locator('[data-version]').first().getAttribute('data-version');
const versionNow = (p: Page) => p.evaluate(() => document.querySelector('[data-version]')?.getAttribute('data-version') ?? `none: ${document.body.innerText.slice(0, 300)}`);

async function sameVersion(a: Page, b: Page): Promise<void> {
  await expect.poll(async () => { const [x, y] = [await versionNow(a), await versionNow(b)]; return x === y ? 'same' : `${x} vs ${y}`; }, { timeout: 60_000 }).toBe('same');
}

async function noLeak(d: Device, own: string | null): Promise<void> {
  const dom = await d.page.content();
  const storage = await d.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(leakIn(dom, scenario, own), `DOM of ${own ?? 'projector'}`).toBeNull();
  expect(leakIn(storage, scenario, own), `storage of ${own ?? 'projector'}`).toBeNull();
  expect(leakIn(d.received.join('\n'), scenario, own), `frames of ${own ?? 'projector'}`).toBeNull();
}

/** Closes the round summary (it opens on every device when a round ends). */
async function closeDialogs(d: Device): Promise<void> {
  for (let i = 0; i < 5 && (await d.page.locator('dialog[open]').count()); i++) {
    await d.page.locator('dialog[open] .modal__foot button').first().evaluate((b) => (b as HTMLButtonElement).click());
    await d.page.waitForTimeout(150);
  }
}

/**
 * Presses a control of the student's screen and waits until the server took the action (the
 * seat's view moves on); a refusal fails the test with the server's words.
 */
async function press(d: Device, control: Locator | null): Promise<void> {
  if (!control) {
    await d.page.screenshot({ path: `test-results/network-${d.seat}.png` }).catch(() => undefined);
    throw new Error(`${d.seat}: the control is not on the screen. It shows: ${(await d.page.locator('.net-seat').innerText()).slice(0, 1500)}`);
  }
  const before = await versionNow(d.page);
  await control.first().click();
  await expect.poll(async () => {
    const problem = await d.page.locator('.net-status').first().textContent();
    if (problem?.includes('Not done:')) throw new Error(`${d.seat}: ${problem}`);
    return (await versionNow(d.page)) !== before;
  }, { timeout: 30_000 }).toBe(true);
}

/** A control of the device's screen, if it shows one now. */
async function control(d: Device, name: RegExp | string, within?: string): Promise<Locator | null> {
  const scope = within ? d.page.getByRole('group', { name: within }) : d.page.locator('.net-seat');
  const c = scope.getByRole('button', { name, exact: typeof name === 'string' });
  return (await c.count()) && (await c.first().isEnabled()) ? c.first() : null;
}

async function tab(d: Device, name: RegExp): Promise<void> {
  await d.page.locator('.net-seat').getByRole('tab', { name }).first().click();
}

describe('the networked classroom', () => {
  it('plays two rounds with six students on their own devices, and keeps every secret at home', async () => {
    // Six seats for the students; two seats the AI plays on the server.
    const seats = Object.fromEntries(PLAYERS.map((p, i) => [p, i < 6 ? 'human' : 'ai']));
    const s = await createSession(server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 42, seats, names: { THA: 'Team A' } });

    const fac = await device(null);
    await fac.page.goto(`${server.url}/`);
    await fac.page.getByRole('button', { name: /classroom/i }).first().waitFor();
    await fac.page.evaluate(([id, key]) => localStorage.setItem(`cica-facilitator-${id}`, key!), [s.id, s.key]);
    await fac.page.goto(`${server.url}/#net/facilitator=${s.id}`);
    await fac.page.getByRole('heading', { name: 'Delegations and devices' }).waitFor({ timeout: 60_000 });

    const projector = await device(null);
    await projector.page.goto(`${server.url}/#net/projector=${s.code}`);
    expect(await projector.page.getByTestId('join-code').textContent({ timeout: 60_000 })).toBe(s.code);

    // Two of the six are phones (375x667, touch).
    const students = await Promise.all(PLAYERS.slice(0, 6).map((seat, i) => device(seat, i >= 4)));
    const [tha, khm, mys, kgz, tjk] = students as [Device, Device, Device, Device, Device, Device];
    for (const d of students) await joinSeat(d, s.code);
    for (const d of students) await expect.poll(() => fac.page.locator(`tr[data-seat="${d.seat}"]`).getAttribute('data-devices'), { timeout: 30_000 }).toBe('1');
    // The console, the projector and a phone pass axe-core; the phone's screen is kept to look at.
    await tjk.page.screenshot({ path: 'test-results/network-phone-student.png' });
    for (const d of [fac, projector, tjk]) expect(await axeViolations(d.page), d.seat ?? 'console or projector').toEqual([]);
    // On a laptop the status line takes a row of its own: the side column with the dossier still ends inside the window.
    expect(await tha.page.locator('.game__aside').evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual(800);

    const facPhase = () => fac.page.locator('[data-phase]').first().getAttribute('data-phase');
    const roundOf = async () => Number(await fac.page.locator('[data-round]').first().getAttribute('data-round'));
    const endPhase = async () => {
      const before = await version(fac.page);
      await fac.page.getByRole('button', { name: 'End the phase' }).click();
      // The console asks first, naming who is still silent; nothing moves until the facilitator says yes.
      const confirm = fac.page.getByRole('alertdialog');
      await confirm.waitFor();
      expect(await confirm.textContent()).toMatch(/^(End the phase now\? Still to finish: |Call the question on )/);
      expect(await version(fac.page)).toBe(before);
      await confirm.getByRole('button', { name: /^Yes, / }).click();
      await expect.poll(() => version(fac.page), { timeout: 60_000 }).not.toBe(before);
    };
    /** Lets every device act (with `step`) until the phase moves on; the facilitator ends it if the class stalls. */
    const playPhase = async (devices: Device[], step: (d: Device) => Promise<boolean>) => {
      const start = `${await roundOf()}:${await facPhase()}`;
      let idle = 0;
      while (`${await roundOf()}:${await facPhase()}` === start) {
        let acted = false;
        for (const d of devices) {
          await closeDialogs(d);
          if (await step(d)) acted = true;
          if (`${await roundOf()}:${await facPhase()}` !== start) return;
        }
        idle = acted ? 0 : idle + 1;
        if (idle >= 6) await endPhase();
        else if (!acted) await fac.page.waitForTimeout(1000);
      }
    };

    // Ending the phase asks first and names the teams still at work; "Not yet" changes nothing.
    const v0 = await version(fac.page);
    await fac.page.getByRole('button', { name: 'End the phase' }).click();
    const ask = fac.page.getByRole('alertdialog');
    expect(await ask.textContent()).toContain('Thailand');
    await ask.getByRole('button', { name: 'Not yet' }).click();
    expect(await ask.count()).toBe(0);
    expect(await version(fac.page)).toBe(v0);

    // Round 1, consultations: Thailand tables the one measure open so far and offers Cambodia
    // influence for its support; Cambodia accepts; the others hold talks; all declare ready.
    await tab(tha, /^Proposals/);
    await press(tha, await control(tha, /^Table: /));
    await tab(tha, /^Consultations/);
    await tha.page.locator('.net-seat').getByLabel('Offer to').selectOption({ label: 'Cambodia' });
    await press(tha, await control(tha, /^Offer Cambodia /));
    await tab(khm, /^Consultations/);
    await expect.poll(async () => Boolean(await control(khm, /^Accept the offer from Thailand/)), { timeout: 30_000 }).toBe(true);
    await press(khm, await control(khm, /^Accept the offer from Thailand/));
    // A reload comes back to the same seat, at the current state.
    await khm.page.reload();
    await khm.page.locator('.net-seat[data-seat="KHM"]').waitFor({ timeout: 60_000 });
    await sameVersion(khm.page, fac.page);
    for (const d of [mys, kgz, tjk, students[5]!]) {
      await tab(d, /^Consultations/);
      const talks = await control(d, /^Hold talks with /);
      if (talks) await press(d, talks);
    }
    await playPhase(students, async (d) => {
      const ready = await control(d, 'I am ready: end my consultations');
      if (!ready) return false;
      await press(d, ready);
      return true;
    });
    expect(await facPhase()).toBe('plenary');

    // The plenary: in the first round Kyrgyzstan objects, the others support; the proposer calls for the decision.
    let objecting = true;
    // Tajikistan's phone loses the connection for a while and catches up when it comes back.
    await tjk.context.setOffline(true);
    await tjk.page.locator('.net-seat[data-state="offline"]').waitFor({ timeout: 60_000 });
    const position = async (d: Device) => {
      const stance = await control(d, d === kgz && objecting ? 'Object' : 'Support', 'Your position');
      if (stance) {
        await press(d, stance);
        return true;
      }
      const decide = await control(d, 'Call for a decision');
      if (decide) {
        await press(d, decide);
        return true;
      }
      return false;
    };
    for (const d of students.filter((x) => x !== tjk)) await position(d);
    await tjk.context.setOffline(false);
    await tjk.page.locator('.net-seat[data-state="online"]').waitFor({ timeout: 60_000 });
    await sameVersion(tjk.page, fac.page);
    await playPhase(students, position);

    // Implementation, then the round ends.
    const implement = async (d: Device) => {
      const optIn = await control(d, /^Implement: /);
      if (optIn) {
        await press(d, optIn);
        return true;
      }
      const ready = await control(d, 'I am ready: done with implementation');
      if (!ready) return false;
      await press(d, ready);
      return true;
    };
    while ((await roundOf()) < 2) {
      if ((await facPhase()) === 'plenary') await playPhase(students, position);
      else await playPhase(students, implement);
    }
    for (const d of [...students, projector]) await sameVersion(d.page, fac.page);

    // Round 2: a latecomer joins Kyrgyzstan's team; Thailand's seat goes to the AI and back.
    const late = await device('KGZ');
    await joinSeat(late, s.code);
    await expect.poll(() => fac.page.locator('tr[data-seat="KGZ"]').getAttribute('data-devices'), { timeout: 30_000 }).toBe('2');
    await fac.page.getByRole('button', { name: 'Give Thailand to the AI' }).click();
    await tha.page.getByText('The facilitator has given your seat to the AI for now.').first().waitFor({ timeout: 60_000 });
    expect(await fac.page.locator('tr[data-seat="THA"]').getAttribute('data-played-by')).toBe('ai');
    await closeDialogs(tha);
    await tab(tha, /^Consultations/);
    expect(await control(tha, /^Hold talks with /)).toBeNull();
    await fac.page.getByRole('button', { name: 'Give Thailand back to the students' }).click();
    await expect.poll(() => tha.page.getByText('The facilitator has given your seat to the AI for now.').count(), { timeout: 60_000 }).toBe(0);
    expect(await fac.page.locator('tr[data-seat="THA"]').getAttribute('data-played-by')).toBe('human');
    objecting = false;
    // Whoever can table a measure now does (Thailand again, if the first round blocked its measure).
    for (const d of students) {
      await closeDialogs(d);
      await tab(d, /^Proposals/);
      const table = await control(d, /^Table: /);
      if (table) await press(d, table);
    }
    await closeDialogs(late);
    await tab(late, /^Consultations/);
    // The latecomer acts for the team it joined.
    await press(late, await control(late, /^Hold talks with /));
    const team = [...students, late];
    while ((await roundOf()) < 3) {
      const phase = await facPhase();
      if (phase === 'consultations') {
        await playPhase(team, async (d) => {
          const ready = await control(d, 'I am ready: end my consultations');
          if (!ready) return false;
          await press(d, ready);
          return true;
        });
      } else if (phase === 'plenary') await playPhase(team, position);
      else await playPhase(team, implement);
    }
    for (const d of [...team, projector]) await sameVersion(d.page, fac.page);

    for (const d of team) await noLeak(d, d.seat);
    await noLeak(projector, null);
    // The check finds secrets where they are allowed: the facilitator's page.
    expect(leakIn(fac.received.join('\n'), scenario, null)).not.toBeNull();

    // The exported session file opens in the local classroom.
    const [download] = await Promise.all([fac.page.waitForEvent('download'), fac.page.getByRole('button', { name: 'Export the session file' }).click()]);
    const file = readFileSync((await download.path())!, 'utf8');
    const record = JSON.parse(file) as { seed: number; actions: Action[] };
    // The students played: they tabled, offered and answered, took positions both ways, and the plenary decided.
    const by = (type: string, who?: string) => record.actions.filter((a) => a.type === type && (!who || a.by === who));
    expect(by('proposal.table', 'THA').length).toBeGreaterThan(0);
    expect(by('proposal.table').filter((a) => a.by === 'THA' || a.by === 'KHM' || a.by === 'KGZ' || a.by === 'TJK' || a.by === 'KAZ').length).toBeGreaterThan(1);
    expect(by('consult.offer', 'THA').length).toBe(1);
    expect(by('consult.answer', 'KHM').length).toBe(1);
    expect(by('plenary.position', 'KGZ').some((a) => (a as { stance?: string }).stance === 'objection')).toBe(true);
    expect(by('plenary.position').filter((a) => (a as { stance?: string }).stance === 'support' && a.by !== 'UZB' && a.by !== 'CHN').length).toBeGreaterThan(3);
    const played = replay(scenario, record.seed, record.actions);
    const decided = Object.values(played.proposals).filter((p) => p.status === 'adopted' || p.status === 'rejected');
    expect(decided.length).toBeGreaterThan(0);
    expect(played.round).toBe(3);
    const local = await device(null);
    await local.page.goto(`${server.url}/#classroom`);
    await local.page.getByLabel('Open a session file…').setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await local.page.locator('[data-mode="projector"]').waitFor({ timeout: 90_000 });
    expect(Number(await local.page.locator('[data-mode="projector"]').getAttribute('data-log'))).toBe(record.actions.length);
    expect(await local.page.locator('[data-mode="projector"]').getAttribute('data-round')).toBe('3');
    for (const c of contexts.splice(0)) await c.close();
  }, 900_000);

  it('sets up a session for students\' devices from the wizard, and opens its console again after leaving it and on another device with the PIN', async () => {
    const d = await device(null);
    await d.page.goto(`${server.url}/#classroom`);
    await d.page.getByRole('button', { name: 'Set up a new session' }).click();
    await d.page.getByRole('button', { name: 'Next' }).click();
    await d.page.getByRole('radio', { name: /Students on their own devices/ }).check();
    await d.page.getByLabel('Name of the session (class and date)').fill('Group 3B');
    await d.page.getByLabel('Facilitator PIN').fill('2468');
    await d.page.getByLabel('The PIN again').fill('2468');
    await d.page.getByRole('button', { name: 'Next' }).click();
    await d.page.getByRole('button', { name: 'Next' }).click();
    await d.page.getByRole('button', { name: 'Start the session' }).click();
    const console_ = d.page.locator('.net-facilitator');
    await console_.waitFor({ timeout: 60_000 });
    await d.page.getByText('Group 3B', { exact: true }).waitFor();
    const code = (await console_.innerText()).match(/\b([A-Z2-9]{6})\b/)?.[1];
    expect(code).toBeTruthy();
    // Leaving the console leads to the classroom page, which lists it to open again.
    await d.page.getByRole('button', { name: 'Leave the session' }).click();
    await d.page.getByRole('link', { name: 'Open the console of Group 3B' }).click();
    await console_.waitFor({ timeout: 60_000 });
    expect(await axeViolations(d.page)).toEqual([]);
    // Another device: the join code and the PIN open the console there too; a wrong PIN is refused.
    const other = await device(null);
    await other.page.goto(`${server.url}/#classroom`);
    await other.page.getByText('This device holds no console').waitFor();
    await other.page.getByLabel('Join code', { exact: true }).fill(code!);
    await other.page.getByLabel('Facilitator PIN').fill('1357');
    await other.page.getByRole('button', { name: 'Open the console' }).click();
    await other.page.getByRole('alert').filter({ hasText: 'This PIN does not open the session’s console.' }).waitFor();
    await other.page.getByLabel('Facilitator PIN').fill('2468');
    await other.page.getByRole('button', { name: 'Open the console' }).click();
    await other.page.locator('.net-facilitator').waitFor({ timeout: 60_000 });
    await other.page.getByText('Group 3B', { exact: true }).waitFor();
    // Forgetting the console on a device asks first; the session itself goes on.
    await other.page.getByRole('button', { name: 'Leave the session' }).click();
    await other.page.getByRole('button', { name: 'Forget Group 3B on this device' }).click();
    await other.page.getByRole('button', { name: 'Keep it' }).click();
    expect(await other.page.getByRole('link', { name: 'Open the console of Group 3B' }).count()).toBe(1);
    await other.page.getByRole('button', { name: 'Forget Group 3B on this device' }).click();
    await other.page.getByRole('button', { name: 'Forget it' }).click();
    await other.page.getByText('This device holds no console').waitFor();
    for (const c of contexts.splice(0)) await c.close();
  }, 180_000);
});

/**
 * Running a classroom session through the UI only, by role and accessible name: the setup
 * wizard, the hot-seat hand-off, and the moves each delegation makes on its turn, each waiting
 * until the game took the move and the AI delegations have answered.
 */
import type { Locator, Page } from 'playwright-core';

const FRAME = '[data-mode]';
const LONG = 90_000;

export interface SessionSetup {
  scenario: RegExp;
  mode: 'Projector' | 'Hot-seat';
  /** Delegations played by people, with their student or team names. */
  people: Array<[delegation: string, team: string]>;
  /** Phase durations in minutes (consultations, plenary, implementation). */
  minutes?: [number, number, number];
  /** The session's name (class and date); the wizard's default when absent. */
  className?: string;
  /** The facilitator PIN; none when absent. */
  pin?: string;
}

/** From the start screen: the classroom, the wizard's four steps, and the start of the session. */
export async function setUpSession(page: Page, o: SessionSetup): Promise<void> {
  await page.getByRole('button', { name: 'Classroom session…' }).click();
  await page.getByRole('button', { name: 'Set up a new session' }).click();
  await page.getByRole('radio', { name: o.scenario }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${o.mode}`) }).check();
  if (o.className !== undefined) await page.getByRole('textbox', { name: 'Name of the session (class and date)' }).fill(o.className);
  if (o.pin !== undefined) {
    await page.getByLabel('Facilitator PIN', { exact: true }).fill(o.pin);
    await page.getByLabel('The PIN again').fill(o.pin);
  }
  await page.getByRole('button', { name: 'Next' }).click();
  for (const [name, team] of o.people) {
    await page.getByRole('checkbox', { name: `${name} is played by people` }).check();
    await page.getByRole('textbox', { name: `Student or team for ${name}` }).fill(team);
  }
  await page.getByRole('button', { name: 'Next' }).click();
  if (o.minutes) {
    const fields = page.getByRole('group', { name: 'Phase durations' }).getByRole('spinbutton');
    for (const [i, m] of o.minutes.entries()) await fields.nth(i).fill(String(m));
  }
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.locator(FRAME).waitFor({ timeout: LONG });
  await idle(page);
}

export async function attr(page: Page, name: string): Promise<string> {
  return (await page.locator(FRAME).getAttribute(`data-${name}`)) ?? '';
}

/** Waits until the AI delegations have finished their turns. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-busy') === 'false', FRAME, { timeout: LONG });
}

/** Clicks a control that sends an action and waits until the game took it and the AI answered. */
export async function act(page: Page, control: Locator): Promise<void> {
  const before = await attr(page, 'log');
  await control.click();
  await page.waitForFunction(
    ([sel, b]) => {
      const f = document.querySelector(sel!);
      return !!f && f.getAttribute('data-log') !== b && f.getAttribute('data-busy') === 'false';
    },
    [FRAME, before] as const,
    { timeout: LONG },
  );
}

/** On a hot-seat device: the hand-off screen, if it shows, is passed by revealing the next screen. Returns whose turn it is. */
export async function takeDevice(page: Page): Promise<string> {
  await idle(page);
  const turn = await attr(page, 'turn');
  if ((await attr(page, 'handoff')) === 'true') {
    await page.getByRole('button', { name: /: show our screen$/ }).click();
    await page.locator('.game').waitFor({ timeout: LONG });
  }
  // Round summaries queue up while AI delegations play several rounds: close each in turn.
  const summary = page.getByRole('dialog');
  for (let i = 0; i < 12 && (await summary.count()); i++) {
    const title = await summary.getByRole('heading', { level: 2 }).textContent();
    await summary.getByRole('button', { name: /Continue to the next round|See the results/ }).click();
    await page.waitForFunction((t) => document.querySelector('dialog[open] h2')?.textContent !== t, title);
  }
  return turn;
}

/** Offers and requests for consent must be answered before a delegation may declare itself ready: decline and consent. */
export async function answerRequests(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const answer = page.getByRole('button', { name: /^(Decline the offer from |Consent to the fact-finding mission: )/ });
    if (!(await answer.count())) return;
    await act(page, answer.first());
  }
}

/**
 * One hot-seat turn for the delegation holding the device: in consultations, talks with the first
 * delegation offered (when `talk`) and then ready; in the plenary, support or a call for the
 * decision; in implementation, ready. Returns the phase the turn was played in.
 */
export async function playTurn(page: Page, o: { talk?: boolean } = {}): Promise<string> {
  await takeDevice(page);
  const phase = await attr(page, 'phase');
  if (phase === 'consultations') {
    await page.getByRole('tab', { name: /^Consultations/ }).click();
    const talks = page.getByRole('button', { name: /^Hold talks with / });
    if (o.talk && (await talks.count())) await act(page, talks.first());
    await answerRequests(page);
    await act(page, page.getByRole('button', { name: 'I am ready: end my consultations' }));
  } else if (phase === 'plenary') {
    await page.getByRole('tab', { name: /^Plenary/ }).click();
    const support = page.getByRole('group', { name: 'Your position' }).getByRole('button', { name: 'Support', exact: true });
    const decide = page.getByRole('button', { name: 'Call for a decision' });
    if (await support.count()) await act(page, support);
    else if (await decide.count()) await act(page, decide);
    else throw new Error('The plenary waits for this delegation, but it has no position or decision to make.');
  } else if (phase === 'implementation') {
    await page.getByRole('tab', { name: /^Implementation/ }).click();
    await act(page, page.getByRole('button', { name: 'I am ready: done with implementation' }));
  } else {
    throw new Error(`No turn to play in ${phase}.`);
  }
  return phase;
}

/**
 * The facilitator console, opened (with the PIN when given); `close` shuts it again. The hot-seat
 * hand-off screen offers no console, so the next delegation takes the device first.
 */
export async function openConsole(page: Page, pin?: string): Promise<{ dialog: Locator; close(): Promise<void> }> {
  if ((await attr(page, 'handoff')) === 'true') await takeDevice(page);
  await page.getByRole('button', { name: 'Facilitator console' }).click();
  const dialog = page.getByRole('dialog', { name: 'Facilitator console' });
  await dialog.waitFor();
  if (pin !== undefined) {
    await dialog.getByRole('textbox', { name: 'Facilitator PIN' }).fill(pin);
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await dialog.getByRole('heading', { name: 'Clock' }).waitFor();
  }
  return {
    dialog,
    close: async () => {
      await dialog.getByRole('button', { name: 'Close the console' }).click();
      await dialog.waitFor({ state: 'detached' });
    },
  };
}

/** Seconds left on the phase timer (negative when over time). */
export async function remaining(page: Page): Promise<number> {
  return Number(await page.locator('[role="timer"]').first().getAttribute('data-remaining'));
}

/**
 * On the projector: records the end of the phase for every delegation played by people, first
 * declining private offers and consenting to fact-finding where an answer is owed.
 */
export async function recordAllReady(page: Page): Promise<void> {
  const phase = await attr(page, 'phase');
  const ready = phase === 'implementation' ? 'I am ready: done with implementation' : 'I am ready: end my consultations';
  for (let i = 0; i < 30 && (await attr(page, 'phase')) === phase; i++) {
    const next = [
      page.getByRole('button', { name: /^Decline the private offers to / }),
      page.getByRole('button', { name: /^Consent to the fact-finding mission: / }),
      page.getByRole('button', { name: ready }),
    ];
    let acted = false;
    for (const control of next) {
      if (await control.count()) {
        await act(page, control.first());
        acted = true;
        break;
      }
    }
    if (!acted) return;
  }
}

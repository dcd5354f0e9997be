/**
 * Playing the game through its UI only, by role and accessible name: the moves a player makes,
 * each waiting until the AI delegations have answered.
 */
import type { Locator, Page } from 'playwright-core';

const GAME = '.game';
const LONG = 90_000;

/** Waits until the AI delegations have finished their turns. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.game')?.getAttribute('data-busy') === 'false', null, { timeout: LONG });
}

/** Clicks a control that sends an action and waits until the game took it and the AI answered. */
export async function act(page: Page, control: Locator): Promise<void> {
  const before = await page.locator(GAME).getAttribute('data-log');
  await control.click();
  await page.waitForFunction(
    (b) => {
      const g = document.querySelector('.game');
      return !!g && g.getAttribute('data-log') !== b && g.getAttribute('data-busy') === 'false';
    },
    before,
    { timeout: LONG },
  );
}

export async function phase(page: Page): Promise<string> {
  return (await page.locator(GAME).getAttribute('data-phase')) ?? '';
}

export async function round(page: Page): Promise<number> {
  return Number(await page.locator(GAME).getAttribute('data-round'));
}

export interface NewGameOptions {
  scenario: RegExp;
  delegation?: string;
  difficulty?: 'Easy' | 'Normal' | 'Hard';
}

/** From the start screen: choose a scenario, a delegation and a difficulty, and begin. */
export async function startGame(page: Page, o: NewGameOptions): Promise<void> {
  await page.getByRole('radio', { name: o.scenario }).check();
  if (o.delegation) await page.getByRole('group', { name: 'Choose the delegation you lead' }).getByRole('radio', { name: new RegExp(`^${o.delegation}`) }).check();
  await page.getByRole('radio', { name: new RegExp(`^${o.difficulty ?? 'Normal'}`) }).check();
  await page.getByRole('button', { name: 'Begin the conference' }).click();
  await page.getByRole('tab', { name: /Consultations/ }).waitFor({ timeout: LONG });
  await idle(page);
}

/** Consultations: a proposal tabled first (AI delegations table quickly), talks, then ready. */
export async function consult(page: Page, o: { table: boolean }): Promise<void> {
  if (o.table) {
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    const table = page.getByRole('button', { name: /^Table: / });
    if (await table.count()) await act(page, table.first());
  }
  await page.getByRole('tab', { name: /^Consultations/ }).click();
  const talks = page.getByRole('button', { name: /^Hold talks with / });
  if (await talks.count()) await act(page, talks.first());
  await act(page, page.getByRole('button', { name: 'I am ready: end my consultations' }));
}

/** The plenary: supports every item; calls the decision on the player's own items. Returns the items the player spoke on. */
export async function plenary(page: Page, positionsSeen: (p: Page) => Promise<void> = async () => {}): Promise<number> {
  let spoken = 0;
  while ((await phase(page)) === 'plenary') {
    await idle(page);
    if ((await phase(page)) !== 'plenary') break;
    const support = page.getByRole('group', { name: 'Your position' }).getByRole('button', { name: 'Support', exact: true });
    const decide = page.getByRole('button', { name: 'Call for a decision' });
    if (await support.count()) {
      if (spoken === 0) await positionsSeen(page);
      await act(page, support);
      spoken++;
    } else if (await decide.count()) {
      await act(page, decide);
    } else {
      throw new Error('The plenary waits for the player, but no position or decision control is offered.');
    }
  }
  return spoken;
}

/** Implementation: opts in to the first measure offered (if any), then declares ready when asked. */
export async function implement(page: Page): Promise<void> {
  await idle(page);
  if ((await phase(page)) !== 'implementation') return;
  await page.getByRole('tab', { name: /^Implementation/ }).click();
  const optIn = page.getByRole('button', { name: /^Implement: / });
  if (await optIn.count()) await act(page, optIn.first());
  const ready = page.getByRole('button', { name: 'I am ready: done with implementation' });
  if (await ready.count()) await act(page, ready);
}

/** Closes the round summary that opens when a round ends; returns its title. */
export async function closeSummary(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: LONG });
  const title = (await dialog.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await dialog.getByRole('button', { name: /Continue to the next round|See the results/ }).click();
  await dialog.waitFor({ state: 'detached' });
  return title;
}

/** One full round through the UI. */
export async function playRound(page: Page, o: { table: boolean }): Promise<string> {
  await consult(page, o);
  await plenary(page);
  await implement(page);
  return closeSummary(page);
}

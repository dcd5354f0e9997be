/**
 * A newcomer's first game in a real browser: the guided first round played to its end with the
 * coach following each step, feedback toasts for the moves' outcomes, the rules opened from the
 * help button in English and Russian, and the installed app reloaded with the network cut.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './support/browser';
import { act, closeSummary, consult, idle, implement, phase, plenary } from './support/play';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 240_000;
const app = useAppInBrowser();

async function coachStep(page: Page): Promise<string> {
  return (await page.locator('.coach').getAttribute('data-step')) ?? '';
}

/** Every toast text shown since the page loaded, kept even after the toast has cleared. */
async function recordToasts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { toasts: string[] }).toasts = seen;
    new MutationObserver(() => {
      for (const p of document.querySelectorAll('.announcer__toast')) if (!seen.includes(p.textContent ?? '')) seen.push(p.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const toasts = (page: Page) => page.evaluate(() => (window as unknown as { toasts: string[] }).toasts);

describe('the guided first round', () => {
  it('walks a newcomer through talks, tabling, an offer, a position, an amendment, implementation and the review', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=11`);
    await page.getByRole('button', { name: 'Learn to play' }).click();
    await page.getByRole('tab', { name: /Consultations/ }).waitFor();
    await idle(page);
    await recordToasts(page);
    const coach = page.getByRole('region', { name: 'Coach' });
    expect(await coach.textContent()).toMatch(/Step 1 of 7/);
    expect(await coachStep(page)).toBe('table');
    await expectNoViolations(page, 'tutorial consultations');

    await page.getByRole('tab', { name: /^Proposals/ }).click();
    await act(page, page.getByRole('button', { name: /^Table: / }).first());
    expect(await coachStep(page)).toBe('talks');

    await page.getByRole('tab', { name: /^Consultations/ }).click();
    // Tajikistan may already have sought talks with Kyrgyzstan this round (talks are once a pair); any partner will do then.
    const tajikistan = page.getByRole('button', { name: /^Hold talks with Tajikistan/ });
    await act(page, (await tajikistan.count()) ? tajikistan : page.getByRole('button', { name: /^Hold talks with / }).first());
    expect(await coachStep(page)).toBe('offer');

    await act(page, page.getByRole('region', { name: 'Offers' }).getByRole('button', { name: /^Offer / }).first());
    expect(await coachStep(page)).toBe('position');
    await act(page, page.getByRole('button', { name: 'I am ready: end my consultations' }));

    // The plenary: a reservation with an amendment where one is offered, support otherwise.
    while ((await phase(page)) === 'plenary') {
      await idle(page);
      if ((await phase(page)) !== 'plenary') break;
      const mine = page.getByRole('group', { name: 'Your position' });
      const reservation = mine.getByRole('button', { name: /^Reservation: / });
      const accept = page.getByRole('button', { name: /^Accept the amendment/ });
      const support = mine.getByRole('button', { name: 'Support', exact: true });
      const decide = page.getByRole('button', { name: 'Call for a decision' });
      if (await accept.count()) await act(page, accept.first());
      else if ((await reservation.count()) && (await coachStep(page)) !== 'implementation') await act(page, reservation.first());
      else if (await support.count()) await act(page, support);
      else if (await decide.count()) await act(page, decide);
      else throw new Error('The plenary waits for the player, but offers no control.');
    }
    expect(await coachStep(page)).toBe('implementation');
    await implement(page);
    expect(await coachStep(page)).toBe('review');
    await closeSummary(page);
    await expect.poll(() => coachStep(page)).toBe('finished');
    expect(await coach.textContent()).toMatch(/You have played a whole round/);

    // The offer was answered, and the game said so.
    expect((await toasts(page)).some((x) => /(accepted|declined) your offer|expired unanswered/.test(x))).toBe(true);
    await page.getByRole('button', { name: 'Close the coach' }).click();
    expect(await page.locator('.coach').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);

  it('can be skipped at any step', async () => {
    const { page } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=12`);
    await page.getByRole('button', { name: 'Learn to play' }).click();
    await page.getByRole('region', { name: 'Coach' }).waitFor();
    await page.getByRole('button', { name: 'Skip the tutorial' }).click();
    expect(await page.locator('.coach').count()).toBe(0);
    await page.close();
  }, SLOW);
});

describe('help', () => {
  it('opens the rules from every screen, in English and in Russian, with the glossary', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(app.served.url);
    await page.getByRole('button', { name: 'Help and rules' }).click();
    const dialog = page.getByRole('dialog', { name: 'How to play' });
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { name: 'A round (one year)' }).count()).toBe(1);
    expect(await dialog.locator('dfn', { hasText: 'Graduality' }).count()).toBe(1);
    expect(await dialog.locator('strong').first().textContent()).toBe('consensus');
    await expectNoViolations(page, 'help');
    await dialog.getByRole('button', { name: 'Close the rules' }).click();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await page.getByRole('button', { name: 'Помощь и правила' }).click();
    const ru = page.getByRole('dialog', { name: 'Как играть' });
    await ru.waitFor();
    expect(await ru.getByRole('heading', { name: 'Раунд (один год)' }).count()).toBe(1);
    expect(await ru.textContent()).toMatch(/Совещании по взаимодействию и мерам доверия в Азии \(СВМДА\)/);
    await ru.getByRole('button', { name: 'Закрыть правила' }).click();

    // In a game: the phase bar explains its terms.
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await page.getByRole('button', { name: 'Learn to play' }).click();
    await idle(page);
    const cohesion = page.locator('.phase-bar dfn', { hasText: 'Cohesion' });
    const described = await cohesion.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/average trust between members/);
    expect(await page.getByRole('button', { name: 'Help and rules' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

describe('offline', () => {
  it('once loaded, starts and plays a round with the network cut', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${app.served.url}?seed=5`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The service worker says when the whole build is precached and the game works offline.
    await page.getByRole('status').filter({ hasText: 'works offline' }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The note is news: the player's first key or click clears it, long before its own timeout.
    await page.keyboard.press('Tab');
    await page.getByRole('status').filter({ hasText: 'works offline' }).waitFor({ state: 'detached', timeout: 2_000 });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Begin the conference' }).waitFor();
    await page.getByRole('radio', { name: /^Preventive Diplomacy/ }).check();
    await page.getByRole('button', { name: 'Begin the conference' }).click();
    await page.getByRole('tab', { name: /Consultations/ }).waitFor();
    await idle(page);
    // The map asset came from the cache too: the canvas is drawn, no load error.
    await page.locator('canvas').first().waitFor();
    expect(await page.getByText(/The map could not be loaded/).count()).toBe(0);
    await consult(page, { table: true });
    await plenary(page);
    await implement(page);
    const title = await closeSummary(page);
    expect(title).toMatch(/1/);
    expect(Number(await page.locator('.game').getAttribute('data-round'))).toBe(2);
    await context.close();
  }, SLOW);
});

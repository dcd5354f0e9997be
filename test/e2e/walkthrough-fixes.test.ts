/**
 * What whole-game walkthroughs found, pinned in a real browser: badges on a measure card read as
 * separate words, the proposer of a package can take an item out of it again, and at 1280x720 in
 * Russian the dossier's last lines can be scrolled out from under the tutorial's coach.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { act, idle, phase, startGame } from './support/play';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 240_000;
const app = useAppInBrowser();

describe('walkthrough fixes', () => {
  it('separates the badges of a measure card in its text', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Kazakhstan' });
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    const rows = page.locator('.measure .badge-row');
    await rows.first().waitFor();
    const seen = await rows.evaluateAll((all) => all.map((row) => ({
      text: row.textContent ?? '',
      badges: [...row.querySelectorAll(':scope > .badge')].map((b) => b.textContent ?? ''),
    })));
    const several = seen.filter((r) => r.badges.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const r of several) expect(r.text).toBe(r.badges.join(', '));
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);

  it('lets the proposer take an item out of its package, and the item comes back on the agenda', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=3`);
    await startGame(page, { scenario: /^Preventive Diplomacy/ });
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    await act(page, page.getByRole('button', { name: /^Table: / }).first());
    await page.getByRole('tab', { name: /^Consultations/ }).click();
    await act(page, page.getByRole('button', { name: 'I am ready: end my consultations' }));
    await page.getByRole('tab', { name: /^Plenary/ }).click();

    const asProposer = page.getByRole('group', { name: 'As the proposer' });
    const support = page.getByRole('group', { name: 'Your position' }).getByRole('button', { name: 'Support', exact: true });
    let linked = '';
    for (let i = 0; i < 40 && (await phase(page)) === 'plenary'; i++) {
      await idle(page);
      const link = asProposer.getByRole('button', { name: /^Link into a package with / });
      const unlink = asProposer.getByRole('button', { name: /^Take .+ out of the package$/ });
      if (linked && await unlink.count()) {
        expect(await unlink.textContent()).toBe(`Take ${linked} out of the package`);
        await act(page, unlink);
        // The package is a new question again: positions start afresh, and the item is back on the agenda on its own.
        expect(await support.count()).toBe(1);
        expect(await page.getByRole('heading', { level: 3, name: /^Under discussion: / }).textContent()).not.toContain(linked);
        expect(await page.locator('.game__main').getByText(linked, { exact: false }).count()).toBeGreaterThan(0);
        await expectNoViolations(page, 'plenary after unlinking');
        expect(errors).toEqual([]);
        await page.close();
        return;
      }
      if (!linked && await link.count()) {
        linked = ((await link.first().textContent()) ?? '').replace(/^Link into a package with /, '');
        await act(page, link.first());
      } else if (await support.count()) {
        await act(page, support);
      } else {
        await act(page, page.getByRole('button', { name: 'Call for a decision' }));
      }
    }
    throw new Error(linked ? 'No control to take the item out of the package was offered.' : 'The player never had an item to link.');
  }, SLOW);

  it('keeps the whole Russian dossier reachable above the coach at 1280x720', async () => {
    const { page, errors } = await openPage(app.browser, 1280, 720);
    await page.goto(`${app.served.url}?seed=7`);
    await page.getByRole('button', { name: 'Learn to play' }).click();
    await page.getByRole('region', { name: 'Coach' }).waitFor();
    await idle(page);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('region', { name: 'Наставник' }).waitFor();
    const aside = page.locator('.game__aside');
    await aside.evaluate((a) => a.scrollTo(0, a.scrollHeight));
    await page.waitForTimeout(200);
    const r = await page.evaluate(() => {
      const a = document.querySelector('.game__aside')!;
      const last = a.lastElementChild!.getBoundingClientRect();
      const coach = document.querySelector('.coach')!.getBoundingClientRect();
      const box = a.getBoundingClientRect();
      return { lastBottom: last.bottom, coachTop: coach.top, asideBottom: box.bottom, overflowX: a.scrollWidth - a.clientWidth };
    });
    // Scrolled to the end, the side column's last line stands above the coach, not under it.
    expect(r.lastBottom).toBeLessThanOrEqual(r.coachTop);
    expect(r.asideBottom).toBeLessThanOrEqual(720);
    expect(r.overflowX).toBe(0);
    await page.getByRole('button', { name: 'Пропустить обучение' }).click();
    await page.locator('.coach').waitFor({ state: 'detached' });
    // Without the coach the column keeps no room for it.
    expect(await page.locator('.game').evaluate((g) => (g as HTMLElement).style.getPropertyValue('--coach-room'))).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);

  it('takes a party to a dispute from the top of its consultations to a request for its consent far below', async () => {
    const { page, errors } = await openPage(app.browser, 1280, 720);
    await page.goto(`${app.served.url}?seed=5`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Afghanistan' });
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    await act(page, page.getByRole('button', { name: /^Table: / }).first());
    await page.getByRole('tab', { name: /^Consultations/ }).click();
    await idle(page);
    const consent = page.getByRole('button', { name: /^Consent to the fact-finding mission: / });
    expect(await consent.count()).toBeGreaterThan(0);
    const go = page.getByRole('button', { name: /^A request for your consent awaits your answer: go to / });
    expect(await go.count()).toBe(1);
    await go.click();
    // The dispute's card is brought into view with its heading focused, and the answer is on screen.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^fp-/);
    await expect.poll(() => consent.first().isVisible()).toBe(true);
    const box = await consent.first().boundingBox();
    expect(box!.y).toBeLessThan(720);
    // Only the panel scrolled: the page, its header and the map stay where they were.
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop, document.body.scrollTop])).toEqual([0, 0, 0]);
    expect(await page.getByRole('banner').first().boundingBox().then((b) => b!.y)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
  it('closes no AI delegation\'s consultations while the player consults, so no one drops out of "Offer to"', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=3`);
    await startGame(page, { scenario: /^Preventive Diplomacy/ });
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    await act(page, page.getByRole('button', { name: /^Table: / }).first());
    // The "Done" toast (and any shown with it) stays clear of the panel tabs the player reaches for next.
    const toasts = await page.locator('.announcer__toast').all();
    const tabs = await page.getByRole('tablist').first().boundingBox();
    expect(toasts.length > 0 && tabs).toBeTruthy();
    for (const t of toasts) {
      const toast = await t.boundingBox();
      expect(toast!.y > tabs!.y + tabs!.height || toast!.y + toast!.height < tabs!.y).toBe(true);
    }
    await page.getByRole('tab', { name: /^Consultations/ }).click();
    // Talks held leave the talks table: they are named above it instead.
    const first = page.getByRole('button', { name: /^Hold talks with / }).first();
    const partner = ((await first.getAttribute('aria-label')) ?? (await first.textContent()) ?? '').replace(/^Hold talks with /, '');
    await act(page, first);
    expect(await page.getByText(/^Talks already held this round: /).textContent()).toContain(partner);
    const offers = page.getByRole('region', { name: 'Offers' });
    for (let i = 0; i < 8; i++) {
      const talks = page.getByRole('button', { name: /^Hold talks with / });
      if (!(await talks.count())) break;
      await act(page, talks.first());
    }
    // Nobody has closed: every other delegation can still be offered to, and the bar says who only waits to close.
    expect(await offers.getByText(/^Consultations closed for this round, so no more offers: /).count()).toBe(0);
    expect(await offers.getByLabel('Offer to').locator('option').count()).toBeGreaterThan(0);
    await page.locator('.phase-bar__waiting').filter({ hasText: /\d+ delegations close after you\./ }).waitFor();
    await expectNoViolations(page, 'offers while every delegation consults');
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);

  it('keeps a dossier\'s facts inside the side panel in Russian, long labels wrapping', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Kazakhstan' });
    await page.getByRole('tab', { name: /^Delegations/ }).click();
    // Russia belongs to the energy partnership: its dossier holds the longest Russian label.
    await page.getByRole('button', { name: /^Russia/ }).or(page.getByRole('link', { name: /^Russia/ })).first().click();
    await page.getByRole('heading', { name: /Russia/ }).first().waitFor();
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: /Досье: Россия/ }).waitFor();
    const facts = page.locator('.facts').first();
    const room = () => facts.evaluate((dl) => ({ facts: dl.scrollWidth, room: dl.parentElement!.clientWidth }));
    const atStart = await room();
    expect(atStart.facts).toBeLessThanOrEqual(atStart.room);
    // Once the bloc is founded its members' dossiers gain the longest label there is; a row like it must wrap, not widen the panel.
    await facts.evaluate((dl) => {
      const dt = document.createElement('dt');
      dt.textContent = 'Энергетическое партнёрство';
      const dd = document.createElement('dd');
      dd.textContent = 'государство-член партнёрства с самого начала';
      dl.append(dt, dd);
    });
    const withBloc = await room();
    expect(withBloc.facts).toBeLessThanOrEqual(withBloc.room);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

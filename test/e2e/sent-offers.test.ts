/**
 * The player's own offers in a real browser: once Mongolia makes an offer in the consultations of
 * Road to the Charter, a table under its own heading lists it with its terms and what became of
 * it, in English and Russian. The cluster cards mark what each cluster still needs, in words too.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { act, startGame } from './support/play';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 180_000;
const app = useAppInBrowser();

describe('the offers the player has sent', () => {
  it('lists each with its addressee, terms and status, under a heading', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Mongolia' });
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    // A cluster card names what it needs first; the status is read out, not only shown.
    const cluster = page.getByRole('article', { name: 'New areas of cooperation' });
    expect(await cluster.getByText(/^Needs adopted first:/).textContent()).toMatch(/Needs adopted first: .+ \(not yet adopted\)$/);
    await act(page, page.getByRole('button', { name: /^Table: / }).first());

    await page.getByRole('tab', { name: /^Consultations/ }).click();
    expect(await page.getByRole('heading', { name: /^Your offers this round/ }).count()).toBe(0);
    const offers = page.getByRole('region', { name: 'Offers' });
    const offer = offers.getByRole('button', { name: /^Offer / }).first();
    const label = (await offer.getAttribute('aria-label')) ?? (await offer.textContent()) ?? '';
    await act(page, offer);

    await page.getByRole('heading', { name: 'Your offers this round (1)' }).waitFor();
    const table = page.getByRole('table', { name: /^Each offer you have made this round/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['To', 'You give', 'You ask', 'Status']);
    const row = table.getByRole('row').nth(1);
    const to = (await row.getByRole('rowheader').textContent()) ?? '';
    expect(label).toContain(`Offer ${to} `);
    expect(await row.getByRole('cell').last().textContent()).toMatch(/^(open: awaiting an answer|accepted|declined)$/);
    await expectNoViolations(page, 'sent offers');

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Ваши сделки в этом раунде (1)' }).waitFor();
    expect(await page.getByRole('table', { name: /^Каждая сделка, предложенная вами/ }).getByRole('columnheader').allTextContents()).toEqual(['Кому', 'Вы даёте', 'Вы просите', 'Состояние']);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

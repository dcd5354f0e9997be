/**
 * The negotiation aids in a real browser, found by role and name: "What would move them" under
 * an agenda item, the Charter tracker in the Proposals panel, and the marks on game assumptions
 * (preventive diplomacy, the chairs after 2026, what a cluster needs), in English and Russian,
 * through the consultations and the plenary of the first round into the second.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { act, closeSummary, implement, plenary, round, startGame } from './support/play';
import { expectNoViolations, useAppInBrowser } from './support/suite';

const SLOW = 180_000;
const app = useAppInBrowser();

describe('negotiation aids', () => {
  it('shows what would move each delegation, the Charter tracker and marked game assumptions, in both languages', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.served.url}?seed=7`);
    await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Kazakhstan' });

    // Table a proposal, so that the AI delegations table theirs too.
    await page.getByRole('tab', { name: /^Proposals/ }).click();
    await act(page, page.getByRole('button', { name: /^Table: / }).first());
    await page.getByRole('tab', { name: /^Consultations/ }).click();

    // Open it under every item on the agenda (the seed makes the agenda the same in every run).
    const toggles = page.getByRole('button', { name: 'What would move them', exact: true });
    const items = await toggles.count();
    expect(items).toBeGreaterThan(1);
    // The agenda says how its order is set: to the chair, the chair's own say; to the others, the rule.
    const orderHelp = await page.getByText(/^The plenary takes the items in this order: as they were tabled, unless the chair, \w+, moves one to the front\.$/).count();
    const chairHelp = await page.getByText('As chair you set the order in which the plenary takes the items.').count();
    expect(orderHelp + chairHelp).toBe(1);
    for (let i = 0; i < items; i++) await toggles.first().click();
    expect(await page.getByRole('region', { name: /^What would move them: / }).count()).toBe(items);
    expect(await page.getByRole('button', { name: 'Hide what would move them' }).first().getAttribute('aria-expanded')).toBe('true');
    const positions = { name: /expected position on the item/ };
    const panel = page.getByRole('region', { name: /^What would move them: / }).filter({ has: page.getByRole('list', positions) }).first();
    const rows = panel.getByRole('list', positions);
    // Each delegation that needs moving: its expected position, why, and what would move it.
    const entries = rows.locator('> li');
    expect(await entries.count()).toBeGreaterThan(0);
    expect(await entries.first().getByRole('button', { name: /open the dossier/ }).count()).toBe(1);
    expect(await entries.first().getByText('What would move it:').count()).toBe(1);
    expect(await panel.getByText(/Red lines stay secret until a delegation states one/).count()).toBe(1);
    await expectNoViolations(page, 'what would move them');


    // The same, by delegation, in its dossier: its expected position on each item still to be decided.
    const name = (await entries.first().getByRole('button', { name: /open the dossier/ }).textContent())!;
    await entries.first().getByRole('button', { name: /open the dossier/ }).click();
    const dossier = page.getByRole('region', { name: `Dossier: ${name}` });
    await dossier.waitFor();
    await dossier.getByRole('button', { name: 'What would move it on this round’s agenda' }).click();
    const terms = dossier.getByRole('region', { name: `What would move ${name}` });
    await terms.waitFor();
    expect(await terms.getByRole('list', { name: /Each item still to be decided/ }).locator('> li').count()).toBeGreaterThan(1);
    await expectNoViolations(page, 'what would move them in a dossier');

    // Preventive diplomacy is marked as the game's.
    expect(await page.getByText('Game assumption:').first().isVisible()).toBe(true);
    expect(await page.locator('[data-assumption="preventive"]').textContent()).toMatch(/^Game assumption: CICA has no preventive-diplomacy mechanism/);

    await page.getByRole('tab', { name: /^Proposals/ }).click();
    const tracker = page.getByRole('region', { name: 'Charter tracker' });
    await tracker.waitFor();
    const conditions = tracker.getByRole('table', { name: /Each precondition of the Charter/ });
    expect(await conditions.getByRole('rowheader', { name: /^Cluster: / }).count()).toBe(6);
    expect(await conditions.getByRole('rowheader', { name: 'No armed conflict between members' }).count()).toBe(1);
    expect(await tracker.getByText('Deadline: the last summit, round 8 (2033).', { exact: false }).count()).toBe(1);
    expect(await tracker.getByText(/^The Charter can next come to the agenda at the summit of round 1 \(2026\)\.$/).count()).toBe(1);
    expect(await page.locator('[data-assumption="cluster-measure"]').first().textContent()).toMatch(/^Game assumption: the measures a cluster needs first are the game’s/);
    await expectNoViolations(page, 'charter tracker');

    await page.getByRole('tab', { name: /^Delegations/ }).click();
    expect(await page.locator('[data-assumption="chair"]').textContent()).toMatch(/^Game assumption: the chairs after 2026 are the game’s/);

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('tab', { name: /^Предложения/ }).click();
    await page.getByRole('region', { name: 'Условия принятия Устава' }).waitFor();
    expect(await page.locator('[data-assumption="cluster-measure"]').first().textContent()).toMatch(/^Игровое допущение: /);
    await page.getByRole('tab', { name: /^Консультации/ }).click();
    await page.getByRole('button', { name: 'Что изменит позиции', exact: true }).first().click();
    await page.getByRole('region', { name: /^Что изменит позиции по предложению «/ }).waitFor();
    expect(await page.locator('[data-assumption="preventive"]').textContent()).toMatch(/^Игровое допущение: такого механизма превентивной дипломатии у СВМДА нет/);
    await expectNoViolations(page, 'russian aids');

    // In the plenary, the item under discussion has it too.
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('tab', { name: /^Consultations/ }).click();
    await act(page, page.getByRole('button', { name: 'I am ready: end my consultations' }));
    await page.getByRole('tab', { name: /^Plenary/ }).click();
    const item = page.getByRole('region', { name: /^Under discussion: / });
    await item.waitFor();
    await item.getByRole('button', { name: 'What would move them', exact: true }).click();
    await item.getByRole('region', { name: /^What would move them: / }).waitFor();
    await expectNoViolations(page, 'what would move them in the plenary');

    // From 2027 on, the chair in the phase bar is marked as the game's.
    expect(await page.getByRole('banner').getByText('Azerbaijan', { exact: true }).count()).toBe(1);
    await plenary(page);
    await implement(page);
    await closeSummary(page);
    expect(await round(page)).toBe(2);
    expect(await page.getByRole('banner').getByText('Uzbekistan (a game assumption)', { exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});

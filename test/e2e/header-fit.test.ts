/**
 * The phase bar at 1280 × 720 once a Road to the Charter game has ended: the round, summit,
 * assumed chair, phase and figures stay on one line (they wrapped onto a second line before).
 * The ended game is played headless by the AI and opened from a save, as a player would.
 */
import { describe, expect, it } from 'vitest';
import { createAiPolicy } from '../../src/ai';
import { RULES_VERSION } from '../../src/engine/state';
import { runGame } from '../../src/sim/run-game';
import { SAVE_KEY, SAVE_VERSION } from '../../src/ui/save';
import { loadScenario } from '../../scripts/lib/load-scenario';
import { openPage } from './support/browser';
import { useAppInBrowser } from './support/suite';

const SLOW = 240_000;
const app = useAppInBrowser();

function concludedSave(): string {
  const loaded = loadScenario('road-to-the-charter');
  if (!loaded.ok) throw new Error('Road to the Charter does not load');
  const scenario = loaded.scenario;
  const { state, actions } = runGame(scenario, { seed: 1, fallback: createAiPolicy('normal') });
  expect(state.phase).toBe('concluded');
  const seats = Object.fromEntries(scenario.delegations.map((d) => [d.id, d.id === 'MNG' ? 'human' : 'ai']));
  return JSON.stringify({
    version: SAVE_VERSION, rulesVersion: RULES_VERSION, savedAt: new Date().toISOString(),
    scenario: { kind: 'bundled', id: 'road-to-the-charter' }, seed: 1, seats, me: 'MNG', difficulty: 'normal', actions,
  });
}

const CASES = [
  { lang: 'en', result: 'View the result', heading: 'The conference has ended', phase: 'Concluded', chair: 'Mongolia (a game assumption)' },
  { lang: 'ru', result: 'Посмотреть итоги', heading: 'Совещание завершено', phase: 'Завершено', chair: 'Монголия (условно)' },
] as const;

describe('the phase bar of an ended game', () => {
  for (const c of CASES) {
    it(`keeps its figures on one line at 1280 × 720 (${c.lang})`, async () => {
      const { page, errors } = await openPage(app.browser, 1280, 720);
      await page.addInitScript(([key, save]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, save!);
          sessionStorage.setItem('seeded', '1');
        }
      }, [SAVE_KEY, concludedSave()]);
      await page.goto(`${app.served.url}?lang=${c.lang}`);
      await page.getByRole('button', { name: c.result }).click();
      await page.getByRole('heading', { name: c.heading }).waitFor({ timeout: SLOW });
      const bar = page.locator('.phase-bar');
      expect(await bar.getByText(c.phase, { exact: true }).count()).toBe(1);
      expect(await bar.getByText(c.chair).count()).toBe(1);
      if (process.env.SHOT) await page.screenshot({ path: `/tmp/header-${c.lang}.png` });
      const tops = await page.locator('.phase-bar__stats .stat').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(7);
      expect(new Set(tops).size).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    }, SLOW);
  }
});

import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../../src/debrief/build';
import { FACILITATOR, PUBLIC } from '../../../src/engine';
import { randomPolicy } from '../../../src/sim/policy';
import { runGame } from '../../../src/sim/run-game';
import { actionRows, byRound } from '../../../src/ui/debrief/action-rows';
import { seriesFromStart } from '../../../src/ui/debrief/chart-series';
import { clockDigits, clockParts } from '../../../src/ui/classroom/clock-text';
import { miniScenario } from '../../engine/fixtures';

const scenario = miniScenario();
const game = runGame(scenario, { seed: 3, fallback: randomPolicy });

describe('the debrief\'s list of actions', () => {
  it('lists every action for the facilitator, with the round and phase it was taken in', () => {
    const rows = actionRows(scenario, 3, game.actions, FACILITATOR);
    expect(rows).toHaveLength(game.actions.length);
    expect(rows.map((r) => r.n)).toEqual(game.actions.map((_, i) => i + 1));
    const groups = byRound(rows);
    expect(groups.map((g) => g.round)).toEqual(Array.from({ length: game.state.round }, (_, i) => i + 1));
    expect(rows.filter((r) => r.action.type === 'plenary.position').every((r) => r.phase === 'plenary')).toBe(true);
  });

  it('leaves private offers and their answers out of the room\'s list', () => {
    const shown = actionRows(scenario, 3, game.actions, PUBLIC);
    const privateCount = game.actions.filter((a) => a.type === 'consult.offer' || a.type === 'consult.answer').length;
    expect(privateCount).toBeGreaterThan(0);
    expect(shown).toHaveLength(game.actions.length - privateCount);
    expect(shown.some((r) => r.action.type === 'consult.offer' || r.action.type === 'consult.answer')).toBe(false);
  });
});

describe('the chart series', () => {
  it('start at the opening, then follow the engine\'s snapshot at each round\'s end', () => {
    const series = buildSeries(game.state);
    const s = seriesFromStart(scenario, 3, series);
    expect(s.rounds).toEqual([0, ...series.rounds]);
    expect(s.cohesion.slice(1)).toEqual(series.cohesion);
    expect(s.tension.fp![0]).toBe(45);
    for (const [id, values] of Object.entries(s.trust)) expect(values, id).toHaveLength(series.rounds.length + 1);
    expect(Object.values(s.prestige).every((v) => v[0] === 0)).toBe(true);
  });
});

describe('the clock in digits', () => {
  it.each([[600, '10:00'], [65, '1:05'], [0, '0:00'], [-80, '+1:20'], [3725, '1:02:05']])('%i seconds read %s', (n, text) => {
    expect(clockDigits(n)).toBe(text);
  });

  it('splits seconds into minutes and seconds for screen readers', () => {
    expect(clockParts(-125)).toEqual({ minutes: 2, seconds: 5 });
  });
});

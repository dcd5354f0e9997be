import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../src/engine';
import { nextTurn, turnKey } from '../../src/session/turns';
import { Conductor } from '../../src/flow/conductor';
import { randomPolicy } from '../../src/sim/policy';
import { scenario } from './fixtures';

const humans = ['AAA', 'CCC'];

describe('whose turn it is', () => {
  it.each([
    ['keeps the turn while the game still waits for it in the same step', { current: 'CCC', currentKey: 'k', key: 'k', awaitingHumans: ['AAA', 'CCC'] }, 'CCC'],
    ['passes to the first person awaited, in seat order, once the turn is done', { current: 'AAA', currentKey: 'k', key: 'k', awaitingHumans: ['CCC'] }, 'CCC'],
    ['starts a new step with the first person awaited', { current: 'CCC', currentKey: 'k', key: 'k2', awaitingHumans: ['AAA', 'CCC'] }, 'AAA'],
    ['leaves the turn with the last person while only AI delegations are awaited', { current: 'CCC', currentKey: 'k', key: 'k', awaitingHumans: [] }, 'CCC'],
    ['hands the facilitator\'s turn to the first person', { current: FACILITATOR, currentKey: '', key: 'k', awaitingHumans: [] }, 'AAA'],
  ])('%s', (_what, input, expected) => {
    expect(nextTurn({ ...input, humans })).toBe(expected);
  });

  it('gives the turn to the facilitator when nobody is seated', () => {
    expect(nextTurn({ current: 'AAA', currentKey: 'k', key: 'k', awaitingHumans: [], humans: [] })).toBe(FACILITATOR);
  });

  it('keys a turn by round, phase and, in the plenary, by item and step', () => {
    const c = new Conductor({ scenario, seed: 3, seats: { AAA: 'ai', BBB: 'ai', CCC: 'ai', DDD: 'ai' }, policy: randomPolicy });
    const keys = new Set<string>();
    for (let i = 0; i < 400 && c.game.phase !== 'concluded'; i++) {
      keys.add(turnKey(c.game));
      if (!c.stepAi()) break;
    }
    c.stop();
    const plenary = [...keys].filter((k) => k.includes(':plenary:'));
    expect(plenary.length).toBeGreaterThan(1);
    expect(plenary.every((k) => /^\d+:plenary:\d+:(positions|proposer)$/.test(k))).toBe(true);
    expect([...keys].filter((k) => k.includes(':consultations:')).every((k) => k.endsWith(':consultations::'))).toBe(true);
  });
});

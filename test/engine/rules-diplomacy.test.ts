import { describe, expect, it } from 'vitest';
import { applyAction, createGame } from '../../src/engine';
import { Driver } from './driver';
import { miniScenario } from './fixtures';
import { chronicleOf } from '../../src/engine';

/** No random swing, so each tool's effect on tension is exact. */
const calm = miniScenario((x) => {
  x.flashpoints![0]!.volatility = 0;
  x.delegations[0]!.trust = { BBB: 70, CCC: 70 };
});

function tensionAfterRound(d: Driver): number {
  d.readyAll();
  return d.state.flashpoints.fp!.tension;
}

describe('preventive diplomacy', () => {
  it.each([
    ['nothing', [], 45 + 2 + 2],
    ['an early-warning mission', [{ type: 'diplomacy.early-warning', by: 'AAA', flashpoint: 'fp' }], 45 + 2 + 2 - 4],
    ['good offices', [{ type: 'diplomacy.good-offices', by: 'AAA', flashpoint: 'fp' }], 45 + 2 + 2 - 6],
    ['a hotline', [{ type: 'diplomacy.hotline', by: 'BBB', flashpoint: 'fp' }], 45 + (2 + 2) / 2],
  ] as const)('after %s, tension moves as the rule book says', (_n, actions, expected) => {
    const d = new Driver(calm);
    for (const a of actions) d.act(a);
    expect(tensionAfterRound(d)).toBeCloseTo(expected, 5);
  });

  it('a party cannot be its own special envoy, and an envoy must be trusted by every party', () => {
    const d = new Driver(calm);
    expect(d.refused({ type: 'diplomacy.good-offices', by: 'BBB', flashpoint: 'fp' })).toBe('not-allowed');
    const distrusted = miniScenario((x) => { x.delegations[3]!.trust = { CCC: 10 }; });
    expect(new Driver(distrusted).refused({ type: 'diplomacy.good-offices', by: 'DDD', flashpoint: 'fp' })).toBe('precondition');
  });

  it('acting before a crisis earns more prestige than acting in one, and costs less', () => {
    const early = new Driver(calm).act({ type: 'diplomacy.good-offices', by: 'AAA', flashpoint: 'fp' });
    const crisis = miniScenario((x) => { x.flashpoints![0]!.tension = 70; x.delegations[0]!.trust = { BBB: 80, CCC: 80 }; });
    const late = new Driver(crisis);
    const before = late.state.delegations.AAA!.influence;
    late.act({ type: 'diplomacy.good-offices', by: 'AAA', flashpoint: 'fp' });
    expect(early.state.delegations.AAA!.prestige).toBe(2);
    expect(late.state.delegations.AAA!.prestige).toBe(1);
    expect(before - late.state.delegations.AAA!.influence).toBe(3);
  });

  it('a fact-finding mission needs the consent of every party', () => {
    const d = new Driver(calm).act({ type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' });
    expect(d.state.flashpoints.fp!.factFinding).toBe('requested');
    expect(d.refused({ type: 'diplomacy.consent', by: 'AAA', flashpoint: 'fp', accept: true })).toBe('not-allowed');
    d.act({ type: 'diplomacy.consent', by: 'BBB', flashpoint: 'fp', accept: true });
    expect(d.state.flashpoints.fp!.factFinding).toBe('requested');
    d.act({ type: 'diplomacy.consent', by: 'CCC', flashpoint: 'fp', accept: true });
    expect(d.state.flashpoints.fp!.factFinding).toBe('active');
    expect(tensionAfterRound(d)).toBeCloseTo(45 + 2 + 2 - 5, 5);
  });

  it('one refusal, or silence until the plenary, stops a fact-finding mission', () => {
    const refused = new Driver(calm).act({ type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' }).act({ type: 'diplomacy.consent', by: 'CCC', flashpoint: 'fp', accept: false });
    expect(refused.state.flashpoints.fp!.factFinding).toBe('refused');
    const silent = new Driver(calm).act({ type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' });
    expect(silent.refused({ type: 'ready', by: 'CCC' })).toBe('precondition');
    silent.act({ type: 'proposal.table', by: 'DDD', subject: { kind: 'measure', measure: 'm1' } }).act({ type: 'facilitator.end-phase', by: 'facilitator' });
    expect(silent.state.flashpoints.fp!.factFinding).toBe('refused');
    expect(chronicleOf(silent.state).some((c) => c.kind === 'fact-finding-refused')).toBe(true);
  });

  it('a party that has closed its consultations answers a request by its standing trust', () => {
    const d = new Driver(calm).act({ type: 'ready', by: 'BBB' }).act({ type: 'ready', by: 'CCC' })
      .act({ type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' });
    // Both parties trust AAA 70, above the bar of 40, so the mission goes ahead.
    expect(d.state.flashpoints.fp!.factFinding).toBe('active');
  });

  it('armed conflict hurts the parties\' trust with everyone and costs them prestige', () => {
    const hot = miniScenario((x) => { x.flashpoints![0]!.tension = 95; x.flashpoints![0]!.volatility = 0; });
    const d = new Driver(hot);
    expect(d.state.flashpoints.fp!.stage).toBe('conflict');
    d.readyAll();
    expect(d.state.delegations.BBB!.prestige).toBe(-2);
    expect(d.state.flashpoints.fp!.conflictRounds).toBe(1);
  });

  it('an unknown flashpoint is refused without touching the state', () => {
    const g = createGame(calm, 1);
    const r = applyAction(calm, g, { type: 'diplomacy.early-warning', by: 'AAA', flashpoint: 'nowhere' });
    expect(r.ok).toBe(false);
  });
});

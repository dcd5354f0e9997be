import { describe, expect, it } from 'vitest';
import { trustOf } from '../../src/engine';
import { roundSummary } from '../../src/ui/round-summary';
import { trustCausesText, trustLosses } from '../../src/ui/trust-causes';
import { Driver } from '../engine/driver';
import { en, ru, scenario } from './support';

/** BBB tables m1, AAA pledges support and then objects; AAA tables m4, DDD objects and blocks it. */
function quarrels() {
  const d = new Driver(scenario, 6);
  const before = d.state;
  d.act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } })
    .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm4' } });
  const [m1, m4] = d.state.proposalOrder.slice(-2) as [string, string];
  d.act({ type: 'consult.pledge', by: 'AAA', proposal: m1 }).readyAll();
  // The agenda follows the chair's order: answer each item by what it is.
  for (let i = 0; i < 2; i++) d.positions(d.current() === m1 ? { AAA: 'objection' } : { DDD: 'objection' }).decide();
  return { d, before, m1, m4 };
}

describe('causes of lost trust', () => {
  it('names the player\'s broken pledge and the objection that blocked the proposer\'s item, which add up to the loss', () => {
    const { d, before, m1 } = quarrels();
    // +2 for the pledge, then −5 for breaking it, −1 for the objection, −1 for blocking a supporter.
    expect(trustOf(d.state, 'AAA', 'BBB') - trustOf(before, 'AAA', 'BBB')).toBe(-5);
    expect(trustLosses(scenario, d.state, 1, 'AAA', 'BBB')).toEqual([
      { kind: 'pledge-broken', mine: true, proposal: m1 },
      { kind: 'blocked-own', mine: true, proposal: m1 },
    ]);
    // A bystander that supported the item loses trust in its blocker only.
    expect(trustLosses(scenario, d.state, 1, 'AAA', 'CCC')).toEqual([{ kind: 'blocked', mine: true, proposal: m1 }]);
  });

  it('names the other\'s objection that blocked the player\'s item, and the player\'s block of an item the other supported', () => {
    const { d, m1, m4 } = quarrels();
    const causes = trustLosses(scenario, d.state, 1, 'AAA', 'DDD');
    expect(causes).toEqual([{ kind: 'blocked', mine: true, proposal: m1 }, { kind: 'blocked-own', mine: false, proposal: m4 }]);
    expect(trustCausesText(en, d.state, causes)).toBe('your block of Exchanges, which it supported; its objection that blocked your proposal Early warning');
    expect(trustCausesText(ru, d.state, causes)).toBe('блокирование вами предложения «Exchanges» при поддержке этой делегации; возражение этой делегации, блокирующее ваше предложение «Early warning»');
  });

  it('names a reservation left unresolved when the item passes, and no block', () => {
    const d = new Driver(scenario, 6).act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
    const m1 = d.state.proposalOrder.at(-1)!;
    d.readyAll().act({ type: 'plenary.position', by: 'AAA', proposal: m1, stance: 'reservation', amendment: 'weaken' }).positions().decide();
    expect(d.state.proposals[m1]!.status).toBe('adopted');
    expect(trustLosses(scenario, d.state, 1, 'AAA', 'BBB')).toEqual([{ kind: 'reservation', mine: true, proposal: m1 }]);
  });

  it('names an armed conflict a party to it is in, and nothing for a pair nothing touched', () => {
    const d = new Driver(scenario, 6);
    const war = { ...d.state, flashpoints: { ...d.state.flashpoints, fp: { ...d.state.flashpoints.fp!, stage: 'conflict' as const } } };
    expect(trustLosses(scenario, war, 1, 'AAA', 'CCC')).toEqual([{ kind: 'conflict', flashpoint: 'fp' }]);
    expect(trustLosses(scenario, d.state, 1, 'AAA', 'CCC')).toEqual([]);
  });

  it('gives the round summary\'s trust drops their causes', () => {
    const { d, before } = quarrels();
    const s = roundSummary(en, before, d.state, 1, 'AAA');
    const bbb = s.trust.find((m) => m.id === 'BBB')!;
    expect(bbb.delta).toBeLessThan(0);
    expect(bbb.why).toBe('your broken pledge on Exchanges; your objection that blocked its proposal Exchanges');
    expect(en.t('summary.trust.line-why', { name: 'BBB', delta: '−5', now: '45', causes: 'x', n: bbb.losses.length })).toBe('BBB: −5 (now 45); causes: x');
    expect(bbb.losses).toHaveLength(2);
    expect(ru.t('summary.trust.line-why', { name: 'BBB', delta: '−4', now: '46', causes: 'x', n: 1 })).toBe('BBB: −4 (теперь 46); причина: x');
    for (const m of s.trust) if (m.delta > 0) expect(m.why).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { legalActions, trustOf } from '../../src/engine';
import { Driver } from './driver';
import { miniScenario } from './fixtures';

const scenario = miniScenario();

describe('bilateral talks', () => {
  it('raise trust between the two and cost influence', () => {
    const d = new Driver(scenario);
    const before = trustOf(d.state, 'AAA', 'DDD');
    const influence = d.state.delegations.AAA!.influence;
    d.act({ type: 'consult.talks', by: 'AAA', with: 'DDD' });
    expect(trustOf(d.state, 'AAA', 'DDD')).toBeGreaterThanOrEqual(before + 3);
    expect(d.state.delegations.AAA!.influence).toBe(influence - 1);
  });

  it.each([
    ['with itself', { type: 'consult.talks', by: 'AAA', with: 'AAA' }, 'unknown-target'],
    ['with an unknown delegation', { type: 'consult.talks', by: 'AAA', with: 'ZZZ' }, 'unknown-target'],
    ['by an unknown delegation', { type: 'consult.talks', by: 'ZZZ', with: 'AAA' }, 'unknown-delegation'],
    ['by an observer that is not a player', { type: 'consult.talks', by: 'OOO', with: 'AAA' }, 'not-a-player'],
  ] as const)('are refused %s', (_name, action, code) => {
    expect(new Driver(scenario).refused(action)).toBe(code);
  });

  it('happen once per pair per round, whoever asks', () => {
    const d = new Driver(scenario).act({ type: 'consult.talks', by: 'AAA', with: 'DDD' });
    expect(d.refused({ type: 'consult.talks', by: 'DDD', with: 'AAA' })).toBe('already-done');
  });

  it('are refused once the delegation is ready, and outside consultations', () => {
    const d = new Driver(scenario).act({ type: 'ready', by: 'AAA' });
    expect(d.refused({ type: 'consult.talks', by: 'AAA', with: 'BBB' })).toBe('already-ready');
    d.act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } }).readyAll();
    expect(d.state.phase).toBe('plenary');
    expect(d.refused({ type: 'consult.talks', by: 'BBB', with: 'CCC' })).toBe('wrong-phase');
  });

  it('are refused when influence runs out, leaving the state unchanged', () => {
    const s = new Driver(miniScenario((x) => { x.rules = { startingInfluence: 0, income: { small: 0, medium: 0, large: 0 } }; }));
    const before = s.state;
    expect(s.refused({ type: 'consult.talks', by: 'AAA', with: 'BBB' })).toBe('insufficient-influence');
    expect(s.state).toBe(before);
  });
});

describe('pledges and offers', () => {
  const tabled = () => new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });

  it('a pledge needs a proposal on this round\'s table, not one\'s own', () => {
    const d = tabled();
    expect(d.refused({ type: 'consult.pledge', by: 'AAA', proposal: 'p1' })).toBe('not-allowed');
    expect(d.refused({ type: 'consult.pledge', by: 'BBB', proposal: 'p9' })).toBe('unknown-target');
    d.act({ type: 'consult.pledge', by: 'BBB', proposal: 'p1' });
    expect(d.state.pledges).toMatchObject([{ by: 'BBB', proposal: 'p1', status: 'open' }]);
    expect(d.refused({ type: 'consult.pledge', by: 'BBB', proposal: 'p1' })).toBe('already-done');
  });

  it('an accepted offer pays influence and turns the asked support into a pledge', () => {
    const d = tabled().act({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 2 }, ask: { kind: 'support', proposal: 'p1' } });
    const a = d.state.delegations.AAA!.influence;
    const c = d.state.delegations.CCC!.influence;
    const offer = d.state.offers[0]!.id;
    d.act({ type: 'consult.answer', by: 'CCC', offer, accept: true });
    expect(d.state.delegations.AAA!.influence).toBe(a - 2);
    expect(d.state.delegations.CCC!.influence).toBe(c + 2);
    expect(d.state.pledges).toMatchObject([{ by: 'CCC', proposal: 'p1', status: 'open' }]);
    expect(d.refused({ type: 'consult.answer', by: 'CCC', offer, accept: true })).toBe('already-done');
  });

  it('support already pledged cannot be bought again, nor paid for when an offer made before the pledge is accepted', () => {
    const ask = { kind: 'support', proposal: 'p1' } as const;
    const d = tabled().act({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask });
    d.act({ type: 'consult.answer', by: 'CCC', offer: d.state.offers[0]!.id, accept: true });
    // CCC has pledged: the same offer again would pay for nothing, so it is neither allowed nor listed.
    const again = { type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask } as const;
    expect(d.refused(again)).toBe('malformed');
    expect(legalActions(scenario, d.state, 'AAA').some((x) => x.type === 'consult.offer' && x.to === 'CCC' && x.ask.kind === 'support')).toBe(false);
    // An offer made before BBB pledged by itself no longer holds once it has.
    d.act({ type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 1 }, ask }).act({ type: 'consult.pledge', by: 'BBB', proposal: 'p1' });
    const influence = d.state.delegations.AAA!.influence;
    expect(d.refused({ type: 'consult.answer', by: 'BBB', offer: d.state.offers[1]!.id, accept: true })).toBe('precondition');
    expect(d.state.delegations.AAA!.influence).toBe(influence);
  });

  it('a declined offer changes nothing but its status', () => {
    const d = tabled().act({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p1' } });
    const before = d.state.delegations;
    d.act({ type: 'consult.answer', by: 'CCC', offer: d.state.offers[0]!.id, accept: false });
    expect(d.state.delegations).toEqual(before);
    expect(d.state.offers[0]!.status).toBe('declined');
  });

  it.each([
    ['more influence than allowed', { kind: 'influence', amount: 9 }],
    ['zero influence', { kind: 'influence', amount: 0 }],
    ['support for a proposal that is not tabled', { kind: 'support', proposal: 'p7' }],
  ] as const)('an offer of %s is malformed', (_n, give) => {
    expect(tabled().refused({ type: 'consult.offer', by: 'AAA', to: 'CCC', give, ask: { kind: 'support', proposal: 'p1' } })).toBe('malformed');
  });

  it('must be answered before the delegation closes its consultations', () => {
    const d = tabled().act({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p1' } });
    expect(d.refused({ type: 'ready', by: 'CCC' })).toBe('precondition');
    d.act({ type: 'consult.answer', by: 'CCC', offer: d.state.offers[0]!.id, accept: false }).act({ type: 'ready', by: 'CCC' });
    expect(d.refused({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p1' } })).toBe('precondition');
  });

  it('still open when the facilitator ends consultations, expire', () => {
    const d = tabled().act({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p1' } })
      .act({ type: 'facilitator.end-phase', by: 'facilitator' });
    expect(d.state.phase).toBe('plenary');
    expect(d.state.offers[0]!.status).toBe('expired');
  });
});

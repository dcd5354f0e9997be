import { describe, expect, it } from 'vitest';
import { legalActions, tally, trustOf, type Proposal } from '../../src/engine';
import type { DecisionRule } from '../../src/scenario/schema';
import { Driver } from './driver';
import { miniScenario } from './fixtures';
import { chronicleOf } from '../../src/engine';

const scenario = miniScenario();
const voters = ['AAA', 'BBB', 'CCC', 'DDD'];

function withPositions(stances: string[]): Proposal {
  const positions: Proposal['positions'] = {};
  stances.forEach((s, i) => { if (s !== '-') positions[voters[i]!] = { stance: s as 'support' }; });
  return { id: 'p1', subject: { kind: 'measure', measure: 'm1' }, proposer: 'AAA', round: 1, amendments: [], package: [], linkedInto: null, positions, status: 'tabled' };
}

describe('decision rules', () => {
  it.each<[DecisionRule, string[], boolean]>([
    ['consensus', ['support', 'support', 'support', 'support'], true],
    ['consensus', ['support', 'abstain', 'reservation', 'support'], true],
    ['consensus', ['support', 'support', 'support', 'objection'], false],
    ['consensus', ['support', 'support', '-', 'support'], true],
    ['consensus-minus-one', ['support', 'support', 'support', 'objection'], true],
    ['consensus-minus-one', ['support', 'support', 'objection', 'objection'], false],
    ['two-thirds', ['support', 'support', 'support', 'objection'], true],
    ['two-thirds', ['support', 'support', 'objection', 'objection'], false],
    ['two-thirds', ['abstain', 'abstain', 'abstain', 'abstain'], false],
  ])('%s with %j passes: %s', (rule, stances, passes) => {
    const t = tally(rule, withPositions(stances), voters);
    expect(t.passes).toBe(passes);
    expect(t.blockers.length > 0).toBe(!passes && stances.includes('objection'));
  });
});

describe('the plenary', () => {
  const tabled = () => new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll();

  it('adopts a measure when no member objects, and credits proposer and coordinator', () => {
    const d = tabled();
    const prestige = d.state.delegations.AAA!.prestige;
    d.positions({ BBB: 'abstain' }).decide();
    expect(d.state.measures.m1!.status).toBe('adopted');
    expect(d.state.delegations.AAA!.prestige).toBe(prestige + 2 + 1);
    expect(chronicleOf(d.state)).toContainEqual(expect.objectContaining({ kind: 'decision', adopted: true, abstained: ['BBB'] }));
  });

  it('blocks under consensus on a single objection and names the blocker', () => {
    const d = tabled().positions({ CCC: 'objection' }).decide();
    expect(d.state.measures.m1!.status).toBe('available');
    expect(chronicleOf(d.state)).toContainEqual(expect.objectContaining({ kind: 'decision', adopted: false, blockers: ['CCC'] }));
  });

  it('does not take the decision before every member has spoken, and only the proposer calls it', () => {
    const d = tabled().act({ type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: 'support' });
    expect(d.refused({ type: 'plenary.decide', by: 'AAA', proposal: 'p1' })).toBe('not-your-turn');
    d.positions();
    expect(d.refused({ type: 'plenary.decide', by: 'BBB', proposal: 'p1' })).toBe('not-allowed');
    expect(d.refused({ type: 'plenary.position', by: 'BBB', proposal: 'p1', stance: 'support' })).toBe('not-your-turn');
  });

  it('an amendment turns the reservations that asked for it into support', () => {
    const d = tabled()
      .act({ type: 'plenary.position', by: 'CCC', proposal: 'p1', stance: 'reservation', amendment: 'weaken' })
      .act({ type: 'plenary.position', by: 'DDD', proposal: 'p1', stance: 'reservation', amendment: 'phase-in' })
      .positions()
      .act({ type: 'plenary.amend', by: 'AAA', proposal: 'p1', amendment: 'weaken' });
    expect(d.state.proposals.p1!.positions.CCC!.stance).toBe('support');
    expect(d.state.proposals.p1!.positions.DDD!.stance).toBe('reservation');
    d.decide();
    expect(d.state.measures.m1!.amendments).toEqual(['weaken']);
  });

  it('an objection that names an amendment is lifted when the proposer makes it', () => {
    const d = tabled()
      .act({ type: 'plenary.position', by: 'CCC', proposal: 'p1', stance: 'objection', amendment: 'weaken' })
      .act({ type: 'plenary.position', by: 'DDD', proposal: 'p1', stance: 'objection' })
      .positions()
      .act({ type: 'plenary.amend', by: 'AAA', proposal: 'p1', amendment: 'weaken' });
    expect(d.state.proposals.p1!.positions.CCC!.stance).toBe('support');
    expect(d.state.proposals.p1!.positions.DDD!.stance).toBe('objection');
  });

  it.each([
    ['a reservation without an amendment', { stance: 'reservation' }],
    ['an abstention with an amendment', { stance: 'abstain', amendment: 'phase-in' }],
    ['support with an amendment', { stance: 'support', amendment: 'weaken' }],
  ] as const)('refuses %s', (_n, extra) => {
    expect(tabled().refused({ type: 'plenary.position', by: 'BBB', proposal: 'p1', ...extra })).toBe('malformed');
  });

  it('a broken pledge costs prestige and trust with the proposer; a kept one earns prestige', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'consult.pledge', by: 'BBB', proposal: 'p1' })
      .act({ type: 'consult.pledge', by: 'CCC', proposal: 'p1' })
      .readyAll();
    const trust = trustOf(d.state, 'CCC', 'AAA');
    d.positions({ CCC: 'objection' });
    expect(d.state.delegations.BBB!.prestige).toBe(1);
    expect(d.state.delegations.CCC!.prestige).toBe(-2);
    expect(trustOf(d.state, 'CCC', 'AAA')).toBe(trust - 5);
    expect(d.state.pledges.map((p) => p.status)).toEqual(['kept', 'broken']);
  });

  it('linking makes a package decided as one, with positions stated again', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
      .readyAll()
      .positions()
      .act({ type: 'plenary.link', by: 'AAA', proposal: 'p1', with: 'p2' });
    expect(d.state.plenary!.step).toBe('positions');
    expect(d.state.proposals.p1!.positions).toEqual({});
    expect(d.state.plenary!.agenda).toEqual(['p1']);
    d.positions().decide();
    expect(d.state.measures.m1!.status).toBe('adopted');
    expect(d.state.measures.m4!.status).toBe('adopted');
  });

  it('the proposer takes an item out of its package: it returns right after, to be decided on its own', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
      .readyAll()
      .positions()
      .act({ type: 'plenary.link', by: 'AAA', proposal: 'p1', with: 'p2' })
      .positions();
    expect(legalActions(scenario, d.state, 'AAA')).toContainEqual({ type: 'plenary.unlink', by: 'AAA', proposal: 'p1', with: 'p2' });
    expect(legalActions(scenario, d.state, 'BBB').some((a) => a.type === 'plenary.unlink')).toBe(false);
    expect(d.refused({ type: 'plenary.unlink', by: 'BBB', proposal: 'p1', with: 'p2' })).toBe('not-allowed');
    d.act({ type: 'plenary.unlink', by: 'AAA', proposal: 'p1', with: 'p2' });
    expect(d.state.proposals.p1!.package).toEqual([]);
    expect(d.state.proposals.p2!.linkedInto).toBeNull();
    expect(d.state.plenary!.agenda).toEqual(['p1', 'p2']);
    expect(d.state.plenary!.step).toBe('positions');
    expect(d.state.proposals.p1!.positions).toEqual({});
    expect(d.refused({ type: 'plenary.unlink', by: 'AAA', proposal: 'p1', with: 'p2' })).toBe('not-your-turn');
    d.positions({ CCC: 'objection' }).decide();
    expect(d.state.measures.m1!.status).toBe('available');
    expect(d.state.measures.m4!.status).toBe('tabled');
    expect(d.current()).toBe('p2');
    d.positions().decide();
    expect(d.state.measures.m4!.status).toBe('adopted');
  });

  it('refuses to take out an item that is not in the package', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
      .readyAll()
      .positions();
    expect(d.refused({ type: 'plenary.unlink', by: 'AAA', proposal: 'p1', with: 'p2' })).toBe('unknown-target');
    expect(legalActions(scenario, d.state, 'AAA').some((a) => a.type === 'plenary.unlink')).toBe(false);
  });

  it('a withdrawn proposal goes back to the catalogue and voids its pledges', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'consult.pledge', by: 'BBB', proposal: 'p1' })
      .readyAll().positions({ BBB: 'support' })
      .act({ type: 'plenary.withdraw', by: 'AAA', proposal: 'p1' });
    expect(d.state.proposals.p1!.status).toBe('withdrawn');
    expect(d.state.measures.m1!.status).toBe('available');
  });

  it('two-thirds majority adopts over one objection when the scenario says so', () => {
    const s = miniScenario((x) => { x.rules = { decision: 'two-thirds' }; });
    const d = new Driver(s).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll();
    d.positions({ CCC: 'objection' }).decide();
    expect(d.state.measures.m1!.status).toBe('adopted');
  });
});

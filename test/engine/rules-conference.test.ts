/** Moves felt across the whole Conference, and what they do to its score and its corridors. */
import { describe, expect, it } from 'vitest';
import { collectiveOutcome, implementationCoverage, indexScenario, trustOf, weakestLink } from '../../src/engine';
import { CONFLICT_SHOCK } from '../../src/engine/phases';
import { CHARTER_TRUST, CLUSTER_TRUST } from '../../src/engine/rules/plenary';
import { Driver } from './driver';
import { miniScenario } from './fixtures';

describe('confidence across the Conference', () => {
  it('lifts trust between every pair of members when a cluster is agreed, less where it is already high', () => {
    const d = new Driver(miniScenario()).readyAll();
    while (d.state.round < 2) d.readyAll();
    const low = trustOf(d.state, 'BBB', 'CCC');
    const mid = trustOf(d.state, 'AAA', 'DDD');
    d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'cluster', cluster: 'charter-text' } }).readyAll();
    d.positions().decide();
    expect(d.state.clusters['charter-text']).toBe('agreed');
    // Supporters also gain 1 with the proposer; DDD and BBB–CCC are not the proposer.
    expect(trustOf(d.state, 'BBB', 'CCC') - low).toBeCloseTo(Math.round(CLUSTER_TRUST * (1 - low / 100) * 10) / 10, 5);
    expect(trustOf(d.state, 'AAA', 'DDD') - mid).toBeGreaterThan(0);
    expect(trustOf(d.state, 'BBB', 'CCC') - low).toBeGreaterThan(trustOf(d.state, 'AAA', 'DDD') - mid - 1);
  });

  it('lifts every pair by the full amount when the Charter is adopted', () => {
    // One measure implemented: the Charter's own conditions are met.
    const d = new Driver(miniScenario((s) => {
      s.measures![0] = { ...s.measures![0]!, inForce: { since: 2004, implementers: ['AAA', 'BBB'] } };
    })).readyAll();
    while (d.state.round < 2) d.readyAll();
    d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'cluster', cluster: 'charter-text' } }).readyAll();
    d.positions().decide();
    const before = trustOf(d.state, 'CCC', 'DDD');
    const charter = d.state.proposals[d.current()]!;
    expect(charter.subject.kind).toBe('charter');
    expect(['CCC', 'DDD']).not.toContain(charter.proposer);
    d.positions().decide();
    expect(d.state.charter.adopted).toBe(true);
    // Neither is the proposer: the whole lift is the Charter's.
    expect(trustOf(d.state, 'CCC', 'DDD')).toBeCloseTo(before + CHARTER_TRUST, 5);
  });

  it('shakes trust between members outside a dispute for each round of armed conflict', () => {
    const scenario = miniScenario((s) => {
      s.flashpoints![0] = { ...s.flashpoints![0]!, tension: 97, drift: 3, volatility: 0 };
    });
    const d = new Driver(scenario);
    const before = trustOf(d.state, 'AAA', 'DDD');
    d.readyAll();
    while (d.state.round < 2) d.readyAll();
    expect(d.state.flashpoints.fp!.stage).toBe('conflict');
    expect(trustOf(d.state, 'AAA', 'DDD')).toBeCloseTo(before - CONFLICT_SHOCK * d.state.flashpoints.fp!.conflictRounds, 5);
  });
});

describe('corridors follow confidence', () => {
  const scenario = miniScenario((s) => {
    s.energy = { ...s.energy!, corridorTrust: 70 };
  });

  it('refuses a corridor while neighbours on the route trust each other less than the scenario asks, naming the weakest pair', () => {
    const d = new Driver(scenario).act({ type: 'energy.found', by: 'AAA' }).act({ type: 'energy.join', by: 'BBB' }).act({ type: 'energy.join', by: 'CCC' });
    expect(d.state.energy.founded).toBe(true);
    const low = weakestLink(d.state, ['AAA', 'BBB']);
    expect(low.trust).toBeLessThan(70);
    expect(d.refused({ type: 'energy.corridor', by: 'AAA', corridor: 'c1' })).toBe('precondition');
  });

  it('builds it once the route is trusted enough', () => {
    const trusted = miniScenario((s) => {
      s.energy = { ...s.energy!, corridorTrust: 70 };
      s.delegations![0] = { ...s.delegations![0]!, trust: { BBB: 75 } };
    });
    const d = new Driver(trusted).act({ type: 'energy.found', by: 'AAA' }).act({ type: 'energy.join', by: 'BBB' }).act({ type: 'energy.join', by: 'CCC' });
    d.act({ type: 'energy.corridor', by: 'AAA', corridor: 'c1' });
    expect(d.state.energy.corridors.map((c) => c.id)).toEqual(['c1']);
  });
});

describe('the measures part of the collective score', () => {
  it('counts how widely the catalogue is implemented, not merely whether someone implemented each measure', () => {
    const one = miniScenario((s) => {
      s.measures![0] = { ...s.measures![0]!, inForce: { since: 2004, implementers: ['AAA'] } };
    });
    const all = miniScenario((s) => {
      s.measures![0] = { ...s.measures![0]!, inForce: { since: 2004, implementers: ['AAA', 'BBB', 'CCC', 'DDD'] } };
    });
    const a = new Driver(one).state;
    const b = new Driver(all).state;
    const ia = indexScenario(one);
    const ib = indexScenario(all);
    expect(implementationCoverage(ia, a)).toBeCloseTo(1 / 4 / 4, 5);
    expect(implementationCoverage(ib, b)).toBeCloseTo(1 / 4, 5);
    expect(collectiveOutcome(ib, b).parts.measures).toBeGreaterThan(collectiveOutcome(ia, a).parts.measures);
  });
});

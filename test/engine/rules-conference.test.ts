/** Moves felt across the whole Conference, and what they do to its score and its corridors. */
import { describe, expect, it } from 'vitest';
import { CLUSTERS_WITHOUT_CHARTER, collectiveOutcome, energyReach, implementationCoverage, indexScenario, outcomeWeights, trustOf, weakestLink } from '../../src/engine';
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

  it('unsettles every pair of members at each review a dispute spends in crisis, where the scenario says so', () => {
    const calm = miniScenario((s) => {
      s.flashpoints![0] = { ...s.flashpoints![0]!, tension: 62, drift: 0, volatility: 0 };
    });
    const shaken = miniScenario((s) => {
      // Low trust adds 2 and an incident at most 20: the dispute stays in crisis, short of conflict.
      s.flashpoints![0] = { ...s.flashpoints![0]!, tension: 62, drift: 0, volatility: 0 };
      s.rules = { ...s.rules!, crisisShock: 2 };
    });
    const a = new Driver(calm).readyAll();
    const b = new Driver(shaken).readyAll();
    while (a.state.round < 2) a.readyAll();
    while (b.state.round < 2) b.readyAll();
    expect(b.state.flashpoints.fp!.stage).toBe('crisis');
    expect(b.state.flashpoints.fp!.tension).toBe(a.state.flashpoints.fp!.tension);
    // The same game but for the shock: AAA and DDD are not parties, and one review in crisis costs them 2.
    expect(trustOf(a.state, 'AAA', 'DDD') - trustOf(b.state, 'AAA', 'DDD')).toBeCloseTo(2, 5);
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

describe('a bloc that splits the parties to a dispute', () => {
  const split = (underCica: boolean, rivalTension: number) => {
    const scenario = miniScenario((s) => {
      s.flashpoints![0] = { ...s.flashpoints![0]!, tension: 40, drift: 0, volatility: 0 };
      s.energy = { ...s.energy!, rivalTension };
    });
    // BBB inside, CCC (its rival in the dispute) left out.
    const d = new Driver(scenario).act({ type: 'energy.found', by: 'AAA' }).act({ type: 'energy.join', by: 'BBB' }).act({ type: 'energy.join', by: 'DDD' });
    if (underCica) d.state = { ...d.state, energy: { ...d.state.energy, underCica: true } };
    expect(d.state.energy.members).toContain('BBB');
    expect(d.state.energy.members).not.toContain('CCC');
    const before = d.state.flashpoints.fp!.tension;
    d.readyAll();
    while (d.state.phase !== 'consultations' || d.state.round < 2) d.readyAll();
    return d.state.flashpoints.fp!.tension - before;
  };

  it('raises the dispute by the scenario\'s rivalTension each round while the bloc stays outside CICA', () => {
    expect(split(false, 6) - split(false, 0)).toBeCloseTo(6, 5);
  });

  it('stops once the bloc is brought under CICA', () => {
    expect(split(true, 6)).toBeCloseTo(split(true, 0), 5);
  });
});

describe('a scenario\'s own weights for the collective score', () => {
  it('keeps the standard weights when the scenario names none', () => {
    const idx = indexScenario(miniScenario());
    expect(outcomeWeights(idx)).toEqual({ cohesion: 30, flashpoints: 20, measures: 20, energy: 0 });
  });

  it('shares the charter\'s 40 points out over the other parts without a transformation track', () => {
    const idx = indexScenario(miniScenario((s) => { s.transformation = { enabled: false, clusters: [] }; }));
    const w = outcomeWeights(idx);
    expect(w.flashpoints).toBeCloseTo(20 * 100 / 60, 5);
    expect(w.measures).toBeCloseTo(20 * 100 / 60, 5);
    expect(w.cohesion).toBeCloseTo(30 * 100 / 60, 5);
  });

  it('weighs the parts as the scenario says, and counts the energy bloc\'s reach when it has a weight', () => {
    const plain = miniScenario((s) => { s.transformation = { enabled: false, clusters: [] }; });
    const weighted = miniScenario((s) => {
      s.transformation = { enabled: false, clusters: [] };
      s.rules = { ...s.rules!, outcome: { cohesion: 40, flashpoints: 30, measures: 10, energy: 20 } };
    });
    const d = new Driver(weighted).act({ type: 'energy.found', by: 'AAA' }).act({ type: 'energy.join', by: 'BBB' })
      .act({ type: 'energy.join', by: 'CCC' }).act({ type: 'energy.join', by: 'DDD' });
    const idx = indexScenario(weighted);
    const o = collectiveOutcome(idx, d.state);
    // Every eligible member inside a bloc outside CICA (70%), no corridor built: 0.35 of the energy part.
    expect(energyReach(idx, d.state)).toBeCloseTo(0.35, 5);
    expect(o.parts.energy).toBe(Math.round(20 * 0.35));
    expect(o.parts.cohesion).toBe(Math.round(0.4 * o.cohesion));
    expect(collectiveOutcome(indexScenario(plain), d.state).parts.energy).toBe(0);
  });

  it('costs half the flashpoint part for each armed conflict, whatever the weight', () => {
    const heavy = miniScenario((s) => {
      s.flashpoints![0] = { ...s.flashpoints![0]!, tension: 97, drift: 3, volatility: 0 };
      s.rules = { ...s.rules!, outcome: { cohesion: 30, flashpoints: 40, measures: 30 } };
    });
    const d = new Driver(heavy).readyAll();
    while (d.state.round < 2) d.readyAll();
    expect(collectiveOutcome(indexScenario(heavy), d.state).parts.flashpoints).toBe(-20);
  });
});

describe('the charter part of the collective score', () => {
  it('gives a charter not adopted its share of 30 for the clusters agreed, so most of the way there is a result', () => {
    const scenario = miniScenario((s) => {
      s.transformation = { clusters: [
        { id: 'charter-text', title: 'Charter text', description: 'The text' },
        { id: 'secretariat', title: 'Secretariat', description: 'The body' },
      ] };
    });
    const idx = indexScenario(scenario);
    const start = new Driver(scenario).state;
    const half = { ...start, clusters: { ...start.clusters, 'charter-text': 'agreed' as const } };
    expect(collectiveOutcome(idx, start).parts.charter).toBe(0);
    expect(collectiveOutcome(idx, half).parts.charter).toBe(CLUSTERS_WITHOUT_CHARTER / 2);
    expect(CLUSTERS_WITHOUT_CHARTER).toBe(30);
  });
});

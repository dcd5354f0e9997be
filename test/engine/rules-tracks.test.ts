import { describe, expect, it } from 'vitest';
import { charterProblems, indexScenario, trustOf } from '../../src/engine';
import { Driver } from './driver';
import { miniScenario } from './fixtures';

const scenario = miniScenario();

describe('graduality and tabling', () => {
  it('a deeper measure cannot be tabled before its prerequisite is adopted', () => {
    const d = new Driver(scenario);
    expect(d.refused({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm2' } })).toBe('precondition');
    d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll().positions().decide().readyAll();
    expect(d.state.round).toBe(2);
    d.act({ type: 'proposal.table', by: 'DDD', subject: { kind: 'measure', measure: 'm2' } });
    expect(d.state.measures.m2!.status).toBe('tabled');
  });

  it('the chair may table two proposals a round, others one; observers none', () => {
    const d = new Driver(scenario);
    expect(d.state.chair).toBe('AAA');
    d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm4' } });
    expect(d.refused({ type: 'proposal.table', by: 'AAA', subject: { kind: 'cluster', cluster: 'charter-text' } })).toBe('limit-reached');
    d.act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } });
    expect(d.refused({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } })).toBe('limit-reached');
    expect(d.refused({ type: 'proposal.table', by: 'CCC', subject: { kind: 'measure', measure: 'm1' } })).toBe('already-done');
    expect(d.refused({ type: 'proposal.table', by: 'CCC', subject: { kind: 'charter' } })).toBe('not-allowed');
  });

  it('the chair orders the agenda; no one else may', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'CCC', subject: { kind: 'measure', measure: 'm4' } });
    expect(d.refused({ type: 'agenda.order', by: 'BBB', order: ['p2', 'p1'] })).toBe('not-allowed');
    expect(d.refused({ type: 'agenda.order', by: 'AAA', order: ['p2'] })).toBe('malformed');
    d.act({ type: 'agenda.order', by: 'AAA', order: ['p2', 'p1'] }).readyAll();
    expect(d.state.plenary!.agenda).toEqual(['p2', 'p1']);
  });
});

describe('implementation', () => {
  const adopted = (measure = 'm1') => new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure } }).readyAll().positions().decide();

  it('is voluntary: members opt in or out, and opting in costs influence', () => {
    const d = adopted();
    expect(d.state.phase).toBe('implementation');
    const influence = d.state.delegations.BBB!.influence;
    d.act({ type: 'implement.choose', by: 'BBB', measure: 'm1', optIn: true })
      .act({ type: 'implement.choose', by: 'CCC', measure: 'm1', optIn: false });
    expect(d.state.delegations.BBB!.influence).toBe(influence - 1);
    expect(d.refused({ type: 'implement.choose', by: 'BBB', measure: 'm1', optIn: true })).toBe('already-done');
    d.act({ type: 'implement.choose', by: 'CCC', measure: 'm1', optIn: true });
  });

  it('completed implementation raises trust among implementers and their prestige', () => {
    const d = adopted();
    const before = trustOf(d.state, 'BBB', 'CCC');
    d.act({ type: 'implement.choose', by: 'BBB', measure: 'm1', optIn: true })
      .act({ type: 'implement.choose', by: 'CCC', measure: 'm1', optIn: true })
      .readyAll();
    expect(d.state.measures.m1!.implementation.BBB!.done).toBe(true);
    // Trust from shared work grows more slowly the higher it is: 3 at trust 0, 3 × (1 − t/100) above.
    expect(trustOf(d.state, 'BBB', 'CCC')).toBeCloseTo(before + 3 * Math.max(0.2, 1 - before / 100), 0);
  });

  it('a party to a crisis with low trust cannot implement a sensitive measure', () => {
    const s = miniScenario((x) => {
      x.flashpoints![0]!.tension = 70;
      x.measures![1]!.requires = [];
    });
    const d = new Driver(s).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm2' } }).readyAll().positions().decide();
    expect(d.refused({ type: 'implement.choose', by: 'CCC', measure: 'm2', optIn: true })).toBe('precondition');
    d.act({ type: 'implement.choose', by: 'DDD', measure: 'm2', optIn: true });
  });
});

describe('the energy bloc', () => {
  it('is founded when enough producers and importers opt in, without a Conference decision', () => {
    const d = new Driver(scenario).act({ type: 'energy.found', by: 'AAA' });
    expect(d.state.energy.founded).toBe(false);
    expect(d.refused({ type: 'energy.found', by: 'BBB' })).toBe('already-done');
    d.act({ type: 'energy.join', by: 'CCC' });
    expect(d.state.energy.founded).toBe(false);
    expect(d.refused({ type: 'energy.corridor', by: 'AAA', corridor: 'c1' })).toBe('precondition');
    d.act({ type: 'energy.join', by: 'BBB' });
    expect(d.state.energy.founded).toBe(true);
    d.act({ type: 'energy.corridor', by: 'AAA', corridor: 'c1' });
    expect(d.state.energy.corridors).toHaveLength(1);
  });

  it('a supply shock hurts importers outside the bloc only', () => {
    const d = new Driver(scenario).act({ type: 'energy.found', by: 'AAA' }).act({ type: 'energy.join', by: 'BBB' }).act({ type: 'energy.join', by: 'CCC' });
    d.readyAll();
    expect(d.state.round).toBe(2);
    expect(d.state.roundEvents).toEqual(['shock']);
    // Both reached the cap of 8 with income; DDD (importer, outside) then lost 2, CCC (importer, inside) nothing.
    expect(d.state.delegations.DDD!.influence).toBe(8 - 2);
    expect(d.state.delegations.CCC!.influence).toBe(8);
  });

  it('bringing the bloc under CICA needs the bloc founded, then consensus', () => {
    const d = new Driver(scenario);
    expect(d.refused({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm3' } })).toBe('precondition');
    d.act({ type: 'energy.found', by: 'AAA' }).act({ type: 'energy.join', by: 'BBB' }).act({ type: 'energy.join', by: 'CCC' })
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm3' } }).readyAll().positions().decide();
    expect(d.state.energy.underCica).toBe(true);
  });
});

describe('the charter', () => {
  it('comes to a summit agenda once every cluster is agreed, and passes only when its conditions hold', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } })
      .readyAll().positions().decide().positions().decide();
    expect(d.state.clusters['charter-text']).toBe('agreed');
    d.act({ type: 'implement.choose', by: 'BBB', measure: 'm1', optIn: true }).readyAll();
    expect(d.state.round).toBe(2);
    expect(charterProblems(indexScenario(scenario), d.state)).toEqual([]);
    d.readyAll();
    const charter = Object.values(d.state.proposals).find((p) => p.subject.kind === 'charter')!;
    expect(charter.proposer).toBe('BBB');
    d.positions().decide();
    expect(d.state.charter).toEqual({ adopted: true, round: 2 });
    expect(d.state.phase).toBe('implementation');
    d.readyAll();
    expect(d.state.phase).toBe('concluded');
    expect(d.state.concluded).toEqual({ round: 2, reason: 'charter' });
  });

  it('is blocked by an armed conflict between members', () => {
    const s = miniScenario((x) => { x.flashpoints![0]!.tension = 99; x.flashpoints![0]!.volatility = 0; });
    const d = new Driver(s);
    expect(charterProblems(indexScenario(s), d.state)).toContain('conflict');
  });
});

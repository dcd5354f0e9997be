/** The rules that make a negotiation of it: the floor, the charter's path, history, the price of blocking, mediation. */
import { describe, expect, it } from 'vitest';
import { awaited, mediationPoints, trustOf, indexScenario, type GameState } from '../../src/engine';
import { BLOCKING_TRUST } from '../../src/engine/rules/plenary';
import type { Scenario } from '../../src/scenario/schema';
import { Driver } from './driver';
import { miniScenario } from './fixtures';

/** Plays round 1 with nothing tabled, so the driver stands in round 2's consultations. */
function toRound2(d: Driver): Driver {
  d.readyAll();
  while (d.state.round < 2) d.readyAll();
  return d;
}

describe('the floor', () => {
  const scenario = miniScenario();

  it('lets a member pass on tabling, after which it may not table this round', () => {
    const d = new Driver(scenario).act({ type: 'proposal.pass', by: 'AAA' });
    expect(d.state.delegations.AAA!.passed).toBe(true);
    expect(d.refused({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })).toBe('already-done');
    expect(d.refused({ type: 'proposal.pass', by: 'AAA' })).toBe('already-done');
  });

  it('refuses a pass from a delegation that does not play, and gives the right back at the next round', () => {
    const d = new Driver(scenario);
    expect(d.refused({ type: 'proposal.pass', by: 'OOO' })).toBe('not-a-player');
    d.act({ type: 'proposal.pass', by: 'AAA' });
    toRound2(d);
    expect(d.state.delegations.AAA!.passed).toBe(false);
  });
});

describe('the charter path', () => {
  const scenario = miniScenario();

  it('brings the charter to the same summit plenary in which the last cluster is agreed', () => {
    const d = toRound2(new Driver(scenario));
    expect(scenario.calendar.summitRounds).toContain(d.state.round);
    d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'cluster', cluster: 'charter-text' } }).readyAll();
    expect(d.state.plenary!.agenda).toHaveLength(1);
    d.positions().decide();
    expect(d.state.clusters['charter-text']).toBe('agreed');
    const agenda = d.state.plenary!.agenda.map((id) => d.state.proposals[id]!.subject.kind);
    expect(agenda).toEqual(['cluster', 'charter']);
    expect(d.state.phase).toBe('plenary');
    expect(d.state.proposals[d.current()]!.subject.kind).toBe('charter');
  });
});

describe('history in the data', () => {
  it('starts a measure in force, adopted, with its implementers done', () => {
    const scenario: Scenario = miniScenario((s) => {
      s.measures![0] = { ...s.measures![0]!, inForce: { since: 2004, implementers: ['AAA', 'BBB'] } };
    });
    const d = new Driver(scenario);
    const m1 = d.state.measures.m1!;
    expect(m1.status).toBe('adopted');
    expect(m1.adoptedRound).toBe(0);
    expect(m1.implementation.AAA).toMatchObject({ choice: 'in', done: true });
    expect(m1.implementation.CCC).toBeUndefined();
    // Graduality counts it: the measure that requires it can be tabled at once.
    d.act({ type: 'proposal.table', by: 'DDD', subject: { kind: 'measure', measure: 'm2' } });
    expect(d.refused({ type: 'proposal.table', by: 'CCC', subject: { kind: 'measure', measure: 'm1' } })).toBe('already-done');
  });
});

describe('the price of blocking', () => {
  it('costs a blocker trust with every member that supported the item', () => {
    const d = new Driver(miniScenario()).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll();
    const before = trustOf(d.state, 'BBB', 'DDD');
    d.positions({ DDD: 'objection' }).decide();
    const item = Object.values(d.state.proposals)[0]!;
    expect(item.status).toBe('rejected');
    expect(trustOf(d.state, 'BBB', 'DDD')).toBeCloseTo(before - BLOCKING_TRUST, 5);
  });
});

describe('the mediator\'s reward', () => {
  it('scores a third delegation for an early warning and a dispute that stays below crisis; parties score nothing for it', () => {
    const scenario = miniScenario();
    const d = new Driver(scenario).act({ type: 'diplomacy.early-warning', by: 'AAA', flashpoint: 'fp' }).act({ type: 'diplomacy.hotline', by: 'BBB', flashpoint: 'fp' });
    const idx = indexScenario(scenario);
    const state: GameState = d.state;
    expect(mediationPoints(idx, state, 'AAA')).toBeGreaterThan(0);
    expect(mediationPoints(idx, state, 'BBB')).toBe(0);
    expect(awaited(scenario, state)).toContain('AAA');
  });
});

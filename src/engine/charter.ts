/**
 * The charter of the Organization for Security and Development of Asia can be adopted only at a
 * summit, once every cluster is agreed, with enough cohesion and implemented measures across
 * enough dimensions, and while no armed conflict between members is active.
 */
import { DIMENSIONS } from '../scenario/schema';
import { byDelegationRecord, chronicle, nextId } from './common';
import type { ScenarioIndex } from './scenario-index';
import type { GameState } from './state';
import { cohesion } from './trust';

export type CharterProblem = 'not-summit' | 'clusters' | 'cohesion' | 'dimensions' | 'implemented' | 'conflict';

/** A measure counts as implemented once at least one member has completed it. */
export function implementedMeasures(idx: ScenarioIndex, state: GameState): string[] {
  const out: string[] = [];
  for (const m of idx.scenario.measures) {
    const impl = state.measures[m.id]!.implementation;
    for (const by in impl) {
      if (impl[by]!.done) {
        out.push(m.id);
        break;
      }
    }
  }
  return out;
}

export function implementedDimensions(idx: ScenarioIndex, state: GameState): number {
  const done = new Set(implementedMeasures(idx, state).map((id) => idx.measure.get(id)!.dimension));
  return DIMENSIONS.filter((d) => done.has(d)).length;
}

export function memberConflictActive(idx: ScenarioIndex, state: GameState): boolean {
  return idx.scenario.flashpoints.some(
    (f) => state.flashpoints[f.id]!.stage === 'conflict' && f.parties.filter((p) => idx.members.includes(p)).length >= 2,
  );
}

export function isSummit(idx: ScenarioIndex, round: number): boolean {
  return idx.scenario.calendar.summitRounds.includes(round);
}

export function charterProblems(idx: ScenarioIndex, state: GameState): CharterProblem[] {
  const c = idx.scenario.rules.charter;
  const problems: CharterProblem[] = [];
  if (!isSummit(idx, state.round)) problems.push('not-summit');
  if (Object.values(state.clusters).some((s) => s !== 'agreed')) problems.push('clusters');
  if (cohesion(idx, state) < c.minCohesion) problems.push('cohesion');
  if (implementedDimensions(idx, state) < c.minDimensions) problems.push('dimensions');
  if (implementedMeasures(idx, state).length < c.minImplemented) problems.push('implemented');
  if (memberConflictActive(idx, state)) problems.push('conflict');
  return problems;
}

/** Whether the charter must come to the plenary now: a summit, every cluster agreed, and the charter not yet tabled this round. */
export function charterDue(idx: ScenarioIndex, state: GameState): boolean {
  const t = idx.scenario.transformation;
  if (!t.enabled || t.clusters.length === 0 || state.charter.adopted || !isSummit(idx, state.round)) return false;
  if (Object.values(state.clusters).some((s) => s !== 'agreed')) return false;
  return !state.proposalOrder.some((id) => {
    const p = state.proposals[id]!;
    return p.round === state.round && p.subject.kind === 'charter';
  });
}

/** Puts the charter on this round's table, proposed by the chair; returns its proposal id. */
export function tableCharter(d: GameState): string {
  const id = nextId(d, 'p');
  d.proposals[id] = { id, subject: { kind: 'charter' }, proposer: d.chair, round: d.round, amendments: [], package: [], linkedInto: null, positions: byDelegationRecord(), status: 'tabled' };
  d.proposalOrder.push(id);
  chronicle(d, { kind: 'tabled', round: d.round, proposal: id, by: d.chair });
  return id;
}

/** Tabling proposals for the plenary, and the chair's agenda. */
import { byDelegationRecord, canAfford, chronicle, firstOf, inPhase, isActive, isVoter, nextId } from '../common';
import { listedAgenda } from '../listing';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { GameState, ProposalSubject } from '../state';
import type { Rule } from './rule';

/** The chair may table two proposals a round, everyone else one. */
export function tablingLimit(state: GameState, by: string): number {
  return state.chair === by ? 2 : 1;
}

/** Why this subject cannot be tabled now, or null. */
export function subjectProblem(idx: ScenarioIndex, state: GameState, subject: ProposalSubject): Rejection | null {
  if (subject.kind === 'charter') return reject('not-allowed', 'The charter comes to the agenda by itself at a summit once every cluster is agreed.');
  if (subject.kind === 'cluster') {
    if (!idx.scenario.transformation.enabled) return reject('not-allowed', 'This scenario has no transformation track.');
    const c = idx.cluster.get(subject.cluster);
    if (!c) return reject('unknown-target', `There is no cluster ${subject.cluster}.`, { cluster: subject.cluster });
    if (state.clusters[c.id] !== 'open') return reject('already-done', `The ${c.id} cluster is already tabled or agreed.`);
    const missing = c.requires.filter((m) => state.measures[m]?.status !== 'adopted');
    return missing.length ? reject('precondition', `The ${c.id} cluster first needs ${missing.join(', ')} adopted.`, { missing: missing.join(', ') }) : null;
  }
  const m = idx.measure.get(subject.measure);
  if (!m) return reject('unknown-target', `There is no measure ${subject.measure}.`, { measure: subject.measure });
  const status = state.measures[m.id]!.status;
  if (status === 'adopted') return reject('already-done', `${m.id} is already adopted.`);
  if (status === 'tabled') return reject('already-done', `${m.id} is already on the table.`);
  if (status === 'unavailable') return reject('precondition', `${m.id} is not open for negotiation now.`);
  const missing = m.requires.filter((r) => state.measures[r]?.status !== 'adopted');
  if (missing.length) return reject('precondition', `Graduality: ${m.id} first needs ${missing.join(', ')} adopted.`, { missing: missing.join(', ') });
  if (m.energyBloc && !state.energy.founded) return reject('precondition', 'The energy bloc must be founded before it can be brought under CICA.');
  return null;
}

/** The checks of tabling before its subject: who tables, and whether the round's agenda has room. */
function mayTable(idx: ScenarioIndex, state: GameState, by: string): Rejection | null {
  return inPhase(state, 'consultations')
    ?? isActive(idx, state, by)
    ?? isVoter(idx, state, by)
    ?? (state.delegations[by]!.passed ? reject('already-done', `${by} has left the floor to the others this round.`) : null)
    ?? (state.delegations[by]!.tabledThisRound >= tablingLimit(state, by)
      ? reject('limit-reached', `${by} has tabled all it may this round.`, { limit: tablingLimit(state, by) }) : null)
    ?? (roundAgenda(state).length >= idx.scenario.rules.agendaLimit
      ? reject('limit-reached', `This round's agenda is full (${idx.scenario.rules.agendaLimit} proposals).`, { limit: idx.scenario.rules.agendaLimit }) : null);
}

export const table: Rule<'proposal.table'> = {
  check: (idx, state, a) => mayTable(idx, state, a.by) ?? subjectProblem(idx, state, a.subject) ?? canAfford(state, a.by, idx.scenario.rules.costs.table),
  gate: (idx, state, by) => mayTable(idx, state, by) ?? canAfford(state, by, idx.scenario.rules.costs.table),
  given: (idx, state, a) => subjectProblem(idx, state, a.subject),
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.table;
    d.delegations[a.by]!.tabledThisRound += 1;
    const id = nextId(d, 'p');
    d.proposals[id] = { id, subject: a.subject, proposer: a.by, round: d.round, amendments: [], package: [], linkedInto: null, positions: byDelegationRecord(), status: 'tabled' };
    d.proposalOrder.push(id);
    if (a.subject.kind === 'measure') d.measures[a.subject.measure]!.status = 'tabled';
    if (a.subject.kind === 'cluster') d.clusters[a.subject.cluster] = 'tabled';
    chronicle(d, { kind: 'tabled', round: d.round, proposal: id, by: a.by });
  },
};

/**
 * A delegation declares it will table nothing (more) this round. Tabling is a right of every
 * member; passing says so in public, so that those waiting for the floor may go ahead.
 */
export const pass: Rule<'proposal.pass'> = {
  check: (idx, state, a) =>
    inPhase(state, 'consultations')
    ?? isActive(idx, state, a.by)
    ?? isVoter(idx, state, a.by)
    ?? (state.delegations[a.by]!.passed ? reject('already-done', `${a.by} has already left the floor to the others.`) : null),
  apply: (_idx, d, a) => {
    d.delegations[a.by]!.passed = true;
  },
};

/** Whether a delegation still holds its turn to table this round: a member that has neither tabled, passed nor closed its consultations. */
export function holdsTheFloor(idx: ScenarioIndex, state: GameState, by: string): boolean {
  const del = state.delegations[by];
  return !!del && state.phase === 'consultations' && idx.voters.includes(by) && !del.ready && !del.passed && del.tabledThisRound === 0;
}

/** This round's tabled proposals, in agenda order (computed once while legal actions are listed). */
export function roundAgenda(state: GameState): string[] {
  return listedAgenda(state, () => state.proposalOrder.filter((id) => {
    const p = state.proposals[id]!;
    return p.round === state.round && p.status === 'tabled' && p.linkedInto === null;
  }));
}

export const agendaOrder: Rule<'agenda.order'> = {
  check: (idx, state, a) =>
    firstOf(
      () => inPhase(state, 'consultations'),
      () => isActive(idx, state, a.by),
      () => (state.chair === a.by ? null : reject('not-allowed', 'Only the chair sets the agenda.')),
      () => {
        const current = roundAgenda(state);
        const same = a.order.length === current.length && current.every((id) => a.order.includes(id));
        return same ? null : reject('malformed', 'The agenda order must list each tabled proposal once.');
      },
    ),
  apply: (_idx, d, a) => {
    const rest = d.proposalOrder.filter((id) => !a.order.includes(id));
    d.proposalOrder = [...rest, ...a.order];
  },
};

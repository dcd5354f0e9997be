/**
 * CICA measures are adopted by consensus but implemented voluntarily and gradually: each member
 * opts in or out; implementing costs influence for a few rounds.
 */
import type { ActionOf } from '../actions';
import { canAfford, inCrisis, inPhase, inSensitiveCrisis, isActive, isVoter } from '../common';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { Amendment, GameState } from '../state';
import type { Rule } from './rule';

/** Influence per round and rounds needed, after the amendments made at adoption. */
export function implementationTerms(idx: ScenarioIndex, measure: string, amendments: readonly Amendment[]): { cost: number; rounds: number } {
  const m = idx.measure.get(measure)!;
  const phased = amendments.includes('phase-in');
  return { cost: phased ? Math.max(0, m.implementCost - 1) : m.implementCost, rounds: m.implementRounds + (phased ? 1 : 0) };
}

function choiceProblem(state: GameState, a: ActionOf<'implement.choose'>): Rejection | null {
  const current = state.measures[a.measure]!.implementation[a.by];
  if (current?.choice === 'in') return reject('already-done', `${a.by} already implements ${a.measure}.`);
  if (current?.choice === 'out' && !a.optIn) return reject('already-done', `${a.by} already opted out of ${a.measure}.`);
  return null;
}

/** Opting in is barred to a party to a crisis: a sensitive measure until trust recovers, an exempt-crisis one until the crisis ends. */
function crisisProblem(idx: ScenarioIndex, state: GameState, a: ActionOf<'implement.choose'>): Rejection | null {
  if (!a.optIn) return null;
  if (idx.isSensitive(idx.measure.get(a.measure)!)) {
    const fid = inSensitiveCrisis(idx, state, a.by);
    if (fid) return reject('precondition', `${a.by} is party to a crisis (${fid}) and cannot implement a sensitive measure until trust recovers.`, { flashpoint: fid });
  }
  if (state.measures[a.measure]!.amendments.includes('exempt-crisis')) {
    const fid = inCrisis(idx, state, a.by);
    if (fid) return reject('precondition', `${a.by} is party to a crisis (${fid}) and is exempt from ${a.measure} until it ends.`, { flashpoint: fid });
  }
  return null;
}

function choiceOf(idx: ScenarioIndex, state: GameState, a: ActionOf<'implement.choose'>): Rejection | null {
  return (state.measures[a.measure]?.status === 'adopted' ? null : reject('unknown-target', `${a.measure} is not an adopted measure.`, { measure: a.measure }))
    ?? choiceProblem(state, a)
    ?? crisisProblem(idx, state, a)
    ?? (a.optIn ? canAfford(state, a.by, implementationTerms(idx, a.measure, state.measures[a.measure]!.amendments).cost) : null);
}

export const choose: Rule<'implement.choose'> = {
  check: (idx, state, a) => inPhase(state, 'implementation') ?? isActive(idx, state, a.by) ?? isVoter(idx, state, a.by) ?? choiceOf(idx, state, a),
  gate: (idx, state, by) => inPhase(state, 'implementation') ?? isActive(idx, state, by) ?? isVoter(idx, state, by),
  given: choiceOf,
  apply: (idx, d, a) => {
    const m = d.measures[a.measure]!;
    if (!a.optIn) {
      m.implementation[a.by] = { choice: 'out', progress: 0, done: false };
      return;
    }
    // The first round's share is paid on opting in.
    d.delegations[a.by]!.influence -= implementationTerms(idx, a.measure, m.amendments).cost;
    m.implementation[a.by] = { choice: 'in', progress: 1, done: false };
  },
};

/** What a delegation must still answer before it may close its consultations. */
export function unanswered(idx: ScenarioIndex, state: GameState, by: string): { offers: number; consents: number } {
  return {
    offers: state.offers.filter((o) => o.to === by && o.status === 'open').length,
    consents: (idx.partyTo.get(by) ?? []).filter((fid) => {
      const f = state.flashpoints[fid]!;
      return f.factFinding === 'requested' && f.consents[by] === undefined;
    }).length,
  };
}

function unansweredProblem(idx: ScenarioIndex, state: GameState, by: string): Rejection | null {
  const open = unanswered(idx, state, by);
  return open.offers + open.consents > 0
    ? reject('precondition', `${by} must first answer ${open.offers} offer(s) and ${open.consents} request(s) for consent.`, open)
    : null;
}

export const ready: Rule<'ready'> = {
  check: (idx, state, a) => inPhase(state, 'consultations', 'implementation') ?? isActive(idx, state, a.by) ?? unansweredProblem(idx, state, a.by),
  apply: (_idx, d, a) => {
    d.delegations[a.by]!.ready = true;
  },
};

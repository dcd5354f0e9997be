/**
 * CICA measures are adopted by consensus but implemented voluntarily and gradually: each member
 * opts in or out; implementing costs influence for a few rounds.
 */
import { canAfford, firstOf, inCrisis, inPhase, inSensitiveCrisis, isActive, isVoter } from '../common';
import { reject } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { Amendment, GameState } from '../state';
import type { Rule } from './rule';

/** Influence per round and rounds needed, after the amendments made at adoption. */
export function implementationTerms(idx: ScenarioIndex, measure: string, amendments: readonly Amendment[]): { cost: number; rounds: number } {
  const m = idx.measure.get(measure)!;
  const phased = amendments.includes('phase-in');
  return { cost: phased ? Math.max(0, m.implementCost - 1) : m.implementCost, rounds: m.implementRounds + (phased ? 1 : 0) };
}

export const choose: Rule<'implement.choose'> = {
  check: (idx, state, a) =>
    firstOf(
      () => inPhase(state, 'implementation'),
      () => isActive(idx, state, a.by),
      () => isVoter(idx, state, a.by),
      () => (state.measures[a.measure]?.status === 'adopted' ? null : reject('unknown-target', `${a.measure} is not an adopted measure.`, { measure: a.measure })),
      () => {
        const current = state.measures[a.measure]!.implementation[a.by];
        if (current?.choice === 'in') return reject('already-done', `${a.by} already implements ${a.measure}.`);
        if (current?.choice === 'out' && !a.optIn) return reject('already-done', `${a.by} already opted out of ${a.measure}.`);
        return null;
      },
      () => {
        if (!a.optIn || !idx.isSensitive(idx.measure.get(a.measure)!)) return null;
        const fid = inSensitiveCrisis(idx, state, a.by);
        return fid ? reject('precondition', `${a.by} is party to a crisis (${fid}) and cannot implement a sensitive measure until trust recovers.`, { flashpoint: fid }) : null;
      },
      () => {
        if (!a.optIn || !state.measures[a.measure]!.amendments.includes('exempt-crisis')) return null;
        const fid = inCrisis(idx, state, a.by);
        return fid ? reject('precondition', `${a.by} is party to a crisis (${fid}) and is exempt from ${a.measure} until it ends.`, { flashpoint: fid }) : null;
      },
      () => (a.optIn ? canAfford(state, a.by, implementationTerms(idx, a.measure, state.measures[a.measure]!.amendments).cost) : null),
    ),
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

export const ready: Rule<'ready'> = {
  check: (idx, state, a) =>
    firstOf(
      () => inPhase(state, 'consultations', 'implementation'),
      () => isActive(idx, state, a.by),
      () => {
        const open = unanswered(idx, state, a.by);
        return open.offers + open.consents > 0
          ? reject('precondition', `${a.by} must first answer ${open.offers} offer(s) and ${open.consents} request(s) for consent.`, open)
          : null;
      },
    ),
  apply: (_idx, d, a) => {
    d.delegations[a.by]!.ready = true;
  },
};

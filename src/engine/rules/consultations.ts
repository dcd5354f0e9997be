/** Consultations between delegations: talks, pledges, offers and answers to offers. */
import type { ActionOf } from '../actions';
import { canAfford, firstOf, inPhase, isActive, isPlayer, isVoter, nextId, spend } from '../common';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { DelegationId, GameState, OfferTerm } from '../state';
import { adjustTrust } from '../trust';
import type { Rule } from './rule';
import { INTEREST_KEYS } from '../../scenario/schema';

/** Alignments worked out, by scenario index, then by each delegation of the pair. */
const alignments = new WeakMap<ScenarioIndex, Map<DelegationId, Map<DelegationId, number>>>();

/**
 * Cosine similarity of two delegations' interests: aligned delegations gain more from talks.
 * Interests are scenario data, so each pair is worked out once: an AI delegation weighing its
 * talks asks it for every other delegation at every consultation step.
 */
export function alignment(idx: ScenarioIndex, a: DelegationId, b: DelegationId): number {
  let byFirst = alignments.get(idx);
  if (!byFirst) alignments.set(idx, (byFirst = new Map()));
  let row = byFirst.get(a);
  if (!row) byFirst.set(a, (row = new Map()));
  let value = row.get(b);
  if (value === undefined) row.set(b, (value = cosine(idx, a, b)));
  return value;
}

function cosine(idx: ScenarioIndex, a: DelegationId, b: DelegationId): number {
  const ia = idx.delegation.get(a)!.profile.interests;
  const ib = idx.delegation.get(b)!.profile.interests;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const k of INTEREST_KEYS) {
    dot += ia[k] * ib[k];
    na += ia[k] * ia[k];
    nb += ib[k] * ib[k];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export const TALKS_TRUST = 3;

function talksPartner(idx: ScenarioIndex, state: GameState, a: ActionOf<'consult.talks'>): Rejection | null {
  return (idx.delegation.has(a.with) && a.with !== a.by ? null : reject('unknown-target', `${a.by} cannot hold talks with ${a.with}.`, { target: a.with }))
    ?? (state.delegations[a.by]!.talkedWith.includes(a.with) ? reject('already-done', `${a.by} already held talks with ${a.with} this round.`, { target: a.with }) : null);
}

export const talks: Rule<'consult.talks'> = {
  check: (idx, state, a) =>
    inPhase(state, 'consultations')
    ?? isActive(idx, state, a.by)
    ?? talksPartner(idx, state, a)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.talks),
  gate: (idx, state, by) => inPhase(state, 'consultations') ?? isActive(idx, state, by) ?? canAfford(state, by, idx.scenario.rules.costs.talks),
  given: talksPartner,
  apply: (idx, d, a) => {
    spend(d, a.by, idx.scenario.rules.costs.talks);
    d.delegations[a.by]!.talkedWith.push(a.with);
    d.delegations[a.with]?.talkedWith.push(a.by);
    adjustTrust(d, a.by, a.with, TALKS_TRUST + Math.round(2 * alignment(idx, a.by, a.with)));
  },
};

function tabledThisRound(state: GameState, proposal: string): boolean {
  const p = state.proposals[proposal];
  return !!p && p.status === 'tabled' && p.round === state.round;
}

/**
 * Whether `by` has an open pledge to a proposal tabled this round. Pledges are kept in the order
 * they were made and a proposal takes pledges only in the round it was tabled, so the search
 * stops at the first pledge of an earlier round.
 */
function pledgedThisRound(state: GameState, by: DelegationId, proposal: string): boolean {
  for (let i = state.pledges.length - 1; i >= 0; i--) {
    const p = state.pledges[i]!;
    if (p.round !== state.round) return false;
    if (p.by === by && p.proposal === proposal && p.status === 'open') return true;
  }
  return false;
}

function pledgeTarget(_idx: ScenarioIndex, state: GameState, a: ActionOf<'consult.pledge'>): Rejection | null {
  return (tabledThisRound(state, a.proposal) ? null : reject('unknown-target', `There is no proposal ${a.proposal} on this round's table.`, { proposal: a.proposal }))
    ?? (state.proposals[a.proposal]!.proposer === a.by ? reject('not-allowed', 'A proposer does not pledge support to its own proposal.') : null)
    ?? (pledgedThisRound(state, a.by, a.proposal) ? reject('already-done', `${a.by} has already pledged support to ${a.proposal}.`) : null);
}

export const pledge: Rule<'consult.pledge'> = {
  check: (idx, state, a) =>
    inPhase(state, 'consultations')
    ?? isActive(idx, state, a.by)
    ?? isVoter(idx, state, a.by)
    ?? pledgeTarget(idx, state, a)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.pledge),
  gate: (idx, state, by) => inPhase(state, 'consultations') ?? isActive(idx, state, by) ?? isVoter(idx, state, by) ?? canAfford(state, by, idx.scenario.rules.costs.pledge),
  given: pledgeTarget,
  apply: (idx, d, a) => {
    spend(d, a.by, idx.scenario.rules.costs.pledge);
    d.pledges.push({ id: nextId(d, 'g'), by: a.by, proposal: a.proposal, round: d.round, status: 'open' });
    adjustTrust(d, a.by, d.proposals[a.proposal]!.proposer, 2);
  },
};

export const MAX_OPEN_OFFERS = 3;
export const MAX_OFFER_INFLUENCE = 3;

function termProblem(idx: ScenarioIndex, state: GameState, giver: DelegationId, term: OfferTerm): string | null {
  if (term.kind === 'influence') {
    if (!Number.isInteger(term.amount) || term.amount < 1 || term.amount > MAX_OFFER_INFLUENCE) return `influence in an offer must be 1 to ${MAX_OFFER_INFLUENCE}`;
    return null;
  }
  if (!idx.voterSet.has(giver)) return `${giver} does not take part in decisions, so cannot promise support`;
  if (!tabledThisRound(state, term.proposal)) return `there is no proposal ${term.proposal} on this round's table`;
  if (state.proposals[term.proposal]!.proposer === giver) return `${giver} proposed ${term.proposal} itself`;
  // Support already pledged is owed anyway: an offer for it would be paid for nothing.
  if (pledgedThisRound(state, giver, term.proposal)) return `${giver} has already pledged its support to ${term.proposal}`;
  return null;
}

function tooManyOffers(state: GameState, by: DelegationId): Rejection | null {
  let open = 0;
  for (const o of state.offers) if (o.from === by && o.status === 'open') open += 1;
  return open >= MAX_OPEN_OFFERS ? reject('limit-reached', `${by} already has ${MAX_OPEN_OFFERS} open offers.`) : null;
}

function termsProblem(idx: ScenarioIndex, state: GameState, a: ActionOf<'consult.offer'>): Rejection | null {
  const p = termProblem(idx, state, a.by, a.give) ?? termProblem(idx, state, a.to, a.ask);
  return p ? reject('malformed', `The offer does not hold: ${p}.`) : null;
}

function offerTerms(idx: ScenarioIndex, state: GameState, a: ActionOf<'consult.offer'>): Rejection | null {
  return (a.to !== a.by && state.delegations[a.to] ? null : reject('unknown-target', `${a.by} cannot make an offer to ${a.to}.`, { target: a.to }))
    ?? (state.delegations[a.to]!.ready ? reject('precondition', `${a.to} has closed its consultations for this round.`, { target: a.to }) : null)
    ?? termsProblem(idx, state, a)
    ?? (a.give.kind === 'influence' ? canAfford(state, a.by, a.give.amount) : null);
}

function openOfferTo(state: GameState, a: ActionOf<'consult.offer'>): Rejection | null {
  return state.offers.some((o) => o.from === a.by && o.to === a.to && o.status === 'open') ? reject('already-done', `${a.by} already has an open offer to ${a.to}.`) : null;
}

export const offer: Rule<'consult.offer'> = {
  check: (idx, state, a) =>
    inPhase(state, 'consultations')
    ?? isActive(idx, state, a.by)
    ?? offerTerms(idx, state, a)
    ?? tooManyOffers(state, a.by)
    ?? openOfferTo(state, a)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.offer),
  gate: (idx, state, by) => inPhase(state, 'consultations') ?? isActive(idx, state, by) ?? tooManyOffers(state, by) ?? canAfford(state, by, idx.scenario.rules.costs.offer),
  given: (idx, state, a) => offerTerms(idx, state, a) ?? openOfferTo(state, a),
  apply: (idx, d, a) => {
    spend(d, a.by, idx.scenario.rules.costs.offer);
    d.offers.push({ id: nextId(d, 'o'), from: a.by, to: a.to, give: a.give, ask: a.ask, round: d.round, status: 'open' });
  },
};

function deliver(d: GameState, from: DelegationId, to: DelegationId, term: OfferTerm): void {
  if (term.kind === 'influence') {
    spend(d, from, term.amount);
    d.delegations[to]!.influence += term.amount;
  } else if (!d.pledges.some((p) => p.by === from && p.proposal === term.proposal && p.status === 'open')) {
    d.pledges.push({ id: nextId(d, 'g'), by: from, proposal: term.proposal, round: d.round, status: 'open' });
  }
}

export const answer: Rule<'consult.answer'> = {
  check: (idx, state, a) =>
    firstOf(
      () => inPhase(state, 'consultations'),
      () => isPlayer(idx, state, a.by),
      () => {
        const o = state.offers.find((x) => x.id === a.offer);
        if (!o || o.to !== a.by) return reject('unknown-target', `There is no offer ${a.offer} to ${a.by}.`, { offer: a.offer });
        if (o.status !== 'open') return reject('already-done', `Offer ${a.offer} has already been answered.`, { offer: a.offer });
        if (!a.accept) return null;
        const p = termProblem(idx, state, o.from, o.give) ?? termProblem(idx, state, o.to, o.ask);
        if (p) return reject('precondition', `The offer no longer holds: ${p}.`);
        if (o.give.kind === 'influence' && state.delegations[o.from]!.influence < o.give.amount) return reject('precondition', `${o.from} can no longer pay what it offered.`);
        if (o.ask.kind === 'influence') return canAfford(state, a.by, o.ask.amount);
        return null;
      },
    ),
  apply: (_idx, d, a) => {
    const o = d.offers.find((x) => x.id === a.offer)!;
    if (!a.accept) {
      o.status = 'declined';
      return;
    }
    o.status = 'accepted';
    deliver(d, o.from, o.to, o.give);
    deliver(d, o.to, o.from, o.ask);
    // Offers are private, so unlike pledges they never enter the public chronicle.
    adjustTrust(d, o.from, o.to, 2);
  },
};

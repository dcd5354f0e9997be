/**
 * The plenary takes the agenda item by item: every member states a position, then the
 * proposer may amend, link another proposal into a package (or take one out again), withdraw,
 * or call the decision.
 */
import { AMENDMENTS } from '../state';
import { addPrestige, chronicle, firstOf, inPhase, isVoter, plainOf, pledgesOn } from '../common';
import { tally } from '../decision';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { GameState, Position, Proposal } from '../state';
import { adjustTrust, conferenceTrust } from '../trust';
import { charterProblems, charterDue, tableCharter } from '../charter';
import type { Rule } from './rule';
import type { ActionOf } from '../actions';

export function currentItem(state: GameState): Proposal | null {
  const pl = state.plenary;
  if (!pl) return null;
  const id = pl.agenda[pl.current];
  return id ? state.proposals[id] ?? null : null;
}

function isCurrent(state: GameState, proposal: string, step: 'positions' | 'proposer'): Rejection | null {
  const item = currentItem(state);
  if (!item || item.id !== proposal) return reject('not-your-turn', `Proposal ${proposal} is not the item under discussion.`, { proposal });
  if (state.plenary!.step !== step) {
    return reject('not-your-turn', step === 'positions' ? 'Positions on this item are closed.' : 'Members are still stating their positions.');
  }
  return null;
}

const proposerOnly = (state: GameState, proposal: string, by: string): Rejection | null =>
  state.proposals[proposal]?.proposer === by ? null : reject('not-allowed', 'Only the proposer may do this.');

/** Pledges on a proposal (or on any proposal in its package) are kept by support and broken otherwise. */
function settlePledges(d: GameState, item: Proposal, by: string, supported: boolean): void {
  for (const i of pledgesOn(d, [item.id, ...item.package], (p) => p.by === by && p.status === 'open')) {
    const pledge = d.pledges[i]!;
    pledge.status = supported ? 'kept' : 'broken';
    chronicle(d, { kind: 'pledge', round: d.round, by, proposal: pledge.proposal, kept: supported });
    if (supported) addPrestige(d, by, 1);
    else {
      addPrestige(d, by, -2);
      adjustTrust(d, by, d.proposals[pledge.proposal]!.proposer, -5);
    }
  }
}

/** A reservation always names the amendment it wants; an objection may name the one that would lift it. */
/** Whether a proposal's text can be amended: only a measure's; a cluster or the charter is what it is. */
export function takesAmendments(p: Pick<Proposal, 'subject'>): boolean {
  return p.subject.kind === 'measure';
}

function amendmentProblem(state: GameState, a: ActionOf<'plenary.position'>): Rejection | null {
  if (a.stance === 'support' || a.stance === 'abstain') return a.amendment ? reject('malformed', 'Only a reservation or an objection names an amendment.') : null;
  if (a.amendment === undefined) return a.stance === 'reservation' ? reject('malformed', `A reservation names the amendment it wants: ${AMENDMENTS.join(' or ')}.`) : null;
  if (!AMENDMENTS.includes(a.amendment)) return reject('malformed', `Amendments are ${AMENDMENTS.join(' or ')}.`);
  if (!takesAmendments(state.proposals[a.proposal]!)) return reject('not-allowed', 'Only measures take amendments.');
  return state.proposals[a.proposal]!.amendments.includes(a.amendment) ? reject('already-done', 'That amendment is already made.') : null;
}

export const position: Rule<'plenary.position'> = {
  // Half of all actions are positions: the checks run in a row, without a closure each.
  check: (idx, state, a) =>
    inPhase(state, 'plenary')
    ?? isVoter(idx, state, a.by)
    ?? isCurrent(state, a.proposal, 'positions')
    ?? (state.proposals[a.proposal]!.positions[a.by] ? reject('already-done', `${a.by} has already stated its position.`) : null)
    ?? amendmentProblem(state, a),
  apply: (idx, d, a) => {
    const item = d.proposals[a.proposal]!;
    // Built field by field: spreading optional fields is several times slower, at half of all actions.
    const stated: Position = { stance: a.stance };
    if (a.amendment) stated.amendment = a.amendment;
    if (a.reason) stated.reason = a.reason;
    item.positions[a.by] = stated;
    settlePledges(d, item, a.by, a.stance === 'support');
    // `in` asks the draft without making a proxy for every position.
    if (idx.voters.every((v) => v in item.positions)) d.plenary!.step = 'proposer';
  },
};

export const amend: Rule<'plenary.amend'> = {
  check: (_idx, state, a) =>
    firstOf(
      () => inPhase(state, 'plenary'),
      () => isCurrent(state, a.proposal, 'proposer'),
      () => proposerOnly(state, a.proposal, a.by),
      () => (AMENDMENTS.includes(a.amendment) ? null : reject('malformed', `Amendments are ${AMENDMENTS.join(' or ')}.`)),
      () => (state.proposals[a.proposal]!.amendments.includes(a.amendment) ? reject('already-done', 'That amendment is already made.') : null),
      () => (takesAmendments(state.proposals[a.proposal]!) ? null : reject('not-allowed', 'Only measures take amendments.')),
    ),
  apply: (_idx, d, a) => {
    const item = d.proposals[a.proposal]!;
    item.amendments.push(a.amendment);
    // A reservation is conditional support and an objection naming an amendment is a conditional
    // objection: once that amendment is made, both become support.
    for (const [by, p] of Object.entries(item.positions)) {
      if (p.stance !== 'support' && p.stance !== 'abstain' && p.amendment === a.amendment) item.positions[by] = { stance: 'support', reason: { code: 'amendment-accepted' } };
    }
  },
};

export const link: Rule<'plenary.link'> = {
  check: (_idx, state, a) =>
    firstOf(
      () => inPhase(state, 'plenary'),
      () => isCurrent(state, a.proposal, 'proposer'),
      () => proposerOnly(state, a.proposal, a.by),
      () => {
        const pl = state.plenary!;
        const later = pl.agenda.slice(pl.current + 1);
        const other = state.proposals[a.with];
        if (!other || !later.includes(a.with) || other.status !== 'tabled') return reject('unknown-target', `Proposal ${a.with} is not later on this agenda.`, { proposal: a.with });
        return other.package.length ? reject('not-allowed', 'A package cannot be linked into another package.') : null;
      },
    ),
  apply: (_idx, d, a) => {
    const item = d.proposals[a.proposal]!;
    const other = d.proposals[a.with]!;
    item.package.push(other.id);
    other.linkedInto = item.id;
    d.plenary!.agenda = d.plenary!.agenda.filter((id) => id !== other.id);
    // A package is a new question: everyone states a position on the whole again.
    item.positions = {};
    d.plenary!.step = 'positions';
  },
};

/**
 * The proposer of a package takes one of its items out again: the item goes back onto the
 * agenda right after the package, to be decided on its own, and the package (a new question
 * once more) takes positions afresh, as when it was made.
 */
export const unlink: Rule<'plenary.unlink'> = {
  check: (_idx, state, a) =>
    firstOf(
      () => inPhase(state, 'plenary'),
      () => isCurrent(state, a.proposal, 'proposer'),
      () => proposerOnly(state, a.proposal, a.by),
      () => (state.proposals[a.proposal]!.package.includes(a.with) ? null : reject('unknown-target', `Proposal ${a.with} is not in this package.`, { proposal: a.with })),
    ),
  apply: (_idx, d, a) => {
    const item = d.proposals[a.proposal]!;
    item.package = item.package.filter((id) => id !== a.with);
    d.proposals[a.with]!.linkedInto = null;
    const pl = d.plenary!;
    pl.agenda.splice(pl.current + 1, 0, a.with);
    item.positions = {};
    pl.step = 'positions';
  },
};

function releaseSubject(d: GameState, p: Proposal): void {
  if (p.subject.kind === 'measure' && d.measures[p.subject.measure]!.status === 'tabled') d.measures[p.subject.measure]!.status = 'available';
  if (p.subject.kind === 'cluster' && d.clusters[p.subject.cluster] === 'tabled') d.clusters[p.subject.cluster] = 'open';
}

function moveOn(d: GameState): void {
  d.plenary!.current += 1;
  d.plenary!.step = 'positions';
}

export const withdraw: Rule<'plenary.withdraw'> = {
  check: (_idx, state, a) =>
    firstOf(
      () => inPhase(state, 'plenary'),
      () => isCurrent(state, a.proposal, 'proposer'),
      () => proposerOnly(state, a.proposal, a.by),
    ),
  apply: (_idx, d, a) => {
    const item = d.proposals[a.proposal]!;
    for (const id of [item.id, ...item.package]) {
      const p = d.proposals[id]!;
      p.status = 'withdrawn';
      releaseSubject(d, p);
      for (const i of pledgesOn(d, [id], (p) => p.status === 'open')) d.pledges[i]!.status = 'void';
    }
    chronicle(d, { kind: 'withdrawn', round: d.round, proposal: item.id });
    moveOn(d);
  },
};

/** Trust each supporter of a blocked item loses toward each delegation that blocked it. */
export const BLOCKING_TRUST = 1;

/** Trust every pair of members gains when a cluster of the transformation is agreed (before diminishing returns). */
export const CLUSTER_TRUST = 1.5;
/** Trust every pair of members gains when the Charter is adopted. */
export const CHARTER_TRUST = 6;

/** Takes the decision on the current item and moves the plenary on. */
export function decide(idx: ScenarioIndex, d: GameState, proposalId: string): void {
  const item = plainOf(d.proposals[proposalId]!);
  const t = tally(idx.scenario.rules.decision, item, idx.voters);
  let adopted = t.passes;
  let why: string | undefined;
  if (adopted && item.subject.kind === 'charter') {
    const problems = charterProblems(idx, d);
    if (problems.length) {
      adopted = false;
      why = problems.join(',');
    }
  }
  for (const id of [item.id, ...item.package]) {
    const p = d.proposals[id]!;
    p.status = adopted ? 'adopted' : 'rejected';
    if (!adopted) {
      releaseSubject(d, p);
      continue;
    }
    const s = p.subject;
    if (s.kind === 'measure') {
      const m = d.measures[s.measure]!;
      m.status = 'adopted';
      m.adoptedRound = d.round;
      m.amendments = [...item.amendments];
      const def = idx.measure.get(s.measure)!;
      for (const c of def.coordinators) addPrestige(d, c, 1);
      if (def.energyBloc) d.energy.underCica = true;
    } else if (s.kind === 'cluster') {
      d.clusters[s.cluster] = 'agreed';
      // The last cluster agreed at a summit brings the charter to this same plenary.
      if (charterDue(idx, d)) d.plenary!.agenda.push(tableCharter(d));
    } else {
      d.charter = { adopted: true, round: d.round };
      chronicle(d, { kind: 'charter', round: d.round });
    }
    for (const i of pledgesOn(d, [id], (p) => p.status === 'open')) d.pledges[i]!.status = 'void';
  }
  if (adopted) {
    const kinds = [item.id, ...item.package].map((id) => d.proposals[id]!.subject.kind);
    const clusters = kinds.filter((k) => k === 'cluster').length;
    if (clusters) conferenceTrust(idx, d, clusters * CLUSTER_TRUST);
    // The Charter is a founding act: its lift does not fade with trust already built.
    if (kinds.includes('charter')) conferenceTrust(idx, d, CHARTER_TRUST, { flat: true });
    addPrestige(d, item.proposer, 2 + item.package.length);
    for (const v of t.support) adjustTrust(d, v, item.proposer, 1);
  }
  for (const v of t.objection) adjustTrust(d, v, item.proposer, -1);
  // Blocking has a price: those who supported the item think less of each delegation that blocked it.
  if (!adopted) for (const b of t.blockers) for (const v of t.support) adjustTrust(d, v, b, -BLOCKING_TRUST);
  // An unresolved reservation is recorded as an abstention, with a little resentment.
  for (const v of t.reservation) adjustTrust(d, v, item.proposer, -1);
  chronicle(d, {
    kind: 'decision', round: d.round, proposal: item.id, adopted,
    blockers: adopted ? [] : t.blockers, abstained: [...t.abstain, ...t.reservation, ...t.pending], ...(why ? { why } : {}),
  });
  moveOn(d);
}

export const callDecision: Rule<'plenary.decide'> = {
  check: (_idx, state, a) =>
    firstOf(
      () => inPhase(state, 'plenary'),
      () => isCurrent(state, a.proposal, 'proposer'),
      () => proposerOnly(state, a.proposal, a.by),
    ),
  apply: (idx, d, a) => decide(idx, d, a.proposal),
};

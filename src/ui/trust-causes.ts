/**
 * Why trust between the player and another delegation fell in a round. The engine records no
 * cause beside a change of trust, so the causes are read back from what it does record (the
 * round's chronicle, the positions stated on each decided item, the stages the review left, the
 * energy bloc), by the same rules that moved trust: a broken pledge, an objection or an
 * unresolved reservation to a proposal, a block of an item the other supported, an event, a crisis
 * or an armed conflict, a closed energy bloc with one of the two outside it.
 */
import { chronicleOfRound, indexScenario, tally, type DelegationId, type GameState } from '../engine';
import { localize } from '../scenario/text';
import { flashpointName, proposalTitle, type NameContext } from './names';

/** A cause of lost trust; `mine` says whether the player did it (else the other delegation did). */
export type TrustCause =
  | { kind: 'pledge-broken'; mine: boolean; proposal: string }
  | { kind: 'objection'; mine: boolean; proposal: string }
  | { kind: 'reservation'; mine: boolean; proposal: string }
  | { kind: 'blocked'; mine: boolean; proposal: string }
  /** An objection that blocked the other's own proposal: both costs of the one act. */
  | { kind: 'blocked-own'; mine: boolean; proposal: string }
  | { kind: 'event'; event: string }
  | { kind: 'crisis'; flashpoint: string }
  | { kind: 'conflict'; flashpoint: string }
  | { kind: 'bloc' };

/** The causes of trust lost this round between `me` and `other`, as `after` (the game once the round closed) records them. */
export function trustLosses(scenario: Parameters<typeof indexScenario>[0], after: GameState, round: number, me: DelegationId, other: DelegationId): TrustCause[] {
  const idx = indexScenario(scenario);
  const out: TrustCause[] = [];
  const pair = (a: DelegationId, b: DelegationId) => (a === me && b === other) || (a === other && b === me);
  for (const e of chronicleOfRound(after, round)) {
    if (e.kind === 'pledge' && !e.kept) {
      const proposer = after.proposals[e.proposal]?.proposer;
      if (proposer && pair(e.by, proposer)) out.push({ kind: 'pledge-broken', mine: e.by === me, proposal: e.proposal });
    } else if (e.kind === 'decision') {
      const item = after.proposals[e.proposal];
      if (!item) continue;
      const t = tally(scenario.rules.decision, item, idx.voters);
      for (const v of t.objection) if (pair(v, item.proposer)) out.push({ kind: 'objection', mine: v === me, proposal: e.proposal });
      for (const v of t.reservation) if (pair(v, item.proposer)) out.push({ kind: 'reservation', mine: v === me, proposal: e.proposal });
      if (!e.adopted) {
        for (const b of e.blockers) for (const v of t.support) {
          if (!pair(b, v)) continue;
          const objected = out.findIndex((x) => x.kind === 'objection' && x.proposal === e.proposal && x.mine === (b === me));
          if (objected >= 0 && v === item.proposer) out.splice(objected, 1, { kind: 'blocked-own', mine: b === me, proposal: e.proposal });
          else out.push({ kind: 'blocked', mine: b === me, proposal: e.proposal });
        }
      }
    } else if (e.kind === 'event') {
      const hurts = (idx.event.get(e.event)?.effects ?? []).some((x) =>
        (x.type === 'trust' && x.delta < 0 && pair(x.a, x.b)) || (x.type === 'trust-all' && x.delta < 0 && (x.delegation === me || x.delegation === other)));
      if (hurts) out.push({ kind: 'event', event: e.event });
    }
  }
  const bothMembers = idx.members.includes(me) && idx.members.includes(other);
  for (const def of scenario.flashpoints) {
    const stage = after.flashpoints[def.id]?.stage;
    const party = def.parties.includes(me) || def.parties.includes(other);
    if (stage === 'conflict' && (party || bothMembers)) out.push({ kind: 'conflict', flashpoint: def.id });
    else if (stage === 'crisis' && scenario.rules.crisisShock > 0 && bothMembers) out.push({ kind: 'crisis', flashpoint: def.id });
  }
  const bloc = after.energy;
  if (bloc.founded && !bloc.underCica && scenario.energy.outsiderDistrust > 0) {
    const inside = (id: DelegationId) => bloc.members.includes(id);
    const outside = (id: DelegationId) => after.players.includes(id) && !inside(id);
    if ((inside(me) && outside(other)) || (inside(other) && outside(me))) out.push({ kind: 'bloc' });
  }
  // The same cause twice (one event drawn twice, say) is one reason.
  return out.filter((x, i) => out.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i);
}

/** One cause in words, from the player's side ("your objection to its proposal …"). */
export function trustCauseText(c: NameContext, game: GameState, cause: TrustCause): string {
  const side = (mine: boolean) => (mine ? 'mine' : 'theirs');
  switch (cause.kind) {
    case 'pledge-broken':
    case 'objection':
    case 'reservation':
    case 'blocked':
    case 'blocked-own':
      return c.t(`trust-cause.${cause.kind}.${side(cause.mine)}`, { proposal: proposalTitle(c, game, cause.proposal) });
    case 'event': {
      const def = indexScenario(c.scenario).event.get(cause.event);
      return c.t('trust-cause.event', { event: def ? localize(def.title, c.lang) : cause.event });
    }
    case 'crisis':
    case 'conflict':
      return c.t(`trust-cause.${cause.kind}`, { flashpoint: flashpointName(c, cause.flashpoint) });
    case 'bloc':
      return c.t('trust-cause.bloc');
  }
}

/** The causes in one phrase, split by semicolons: a cause may hold a comma of its own. */
export function trustCausesText(c: NameContext, game: GameState, causes: readonly TrustCause[]): string {
  return causes.map((x) => trustCauseText(c, game, x)).join('; ');
}

/**
 * What this game's history adds to a delegation's view of a proposal, beyond its interests:
 * talks with the proposer this round, the proposer's record of kept and broken pledges, trust
 * above the ordinary, and reciprocity (how the proposer stood on this delegation's own
 * proposals). All of it is public, so the viewer can anticipate it for any delegation.
 */
import type { DelegationId, GameState } from '../engine';
import { identityCache } from '../engine/epoch';
import { trust, type AiContext } from './context';
import type { Question } from './positions';

/** Value of holding talks with the proposer this round. */
export const TALKS_BONUS = 1;
/** Per proposal of this delegation's that the proposer supported (or objected to) before. */
export const RECIPROCITY = { supported: 0.5, objected: -1, cap: 2 } as const;
/** Trust in the proposer above which its proposals weigh a little more, and how much. */
export const TRUST_BONUS = { at: 65, value: 0.75 } as const;

type Record2 = Record<DelegationId, Record<DelegationId, { supported: number; objected: number }>>;

/** How each delegation stood on each other's past proposals: `[proposer][member]`, by the proposals' identity (refilled each step of an in-place fold). */
const reciprocityOf2 = identityCache((proposals: GameState['proposals']) => tallyReciprocity(proposals));

function reciprocity(state: GameState): Record2 {
  return reciprocityOf2(state.proposals);
}

function tallyReciprocity(proposals: GameState['proposals']): Record2 {
  const state = { proposals, proposalOrder: Object.keys(proposals) };
  const out: Record2 = {};
  for (const id of state.proposalOrder) {
    const p = state.proposals[id]!;
    if (p.status === 'tabled') continue;
    const row = (out[p.proposer] ??= {});
    for (const [member, pos] of Object.entries(p.positions)) {
      const cell = (row[member] ??= { supported: 0, objected: 0 });
      if (pos.stance === 'support') cell.supported += 1;
      if (pos.stance === 'objection') cell.objected += 1;
    }
  }
  return out;
}

/** Reciprocity of `who` toward `proposer`: how the proposer stood on `who`'s proposals. */
export function reciprocityOf(state: GameState, who: DelegationId, proposer: DelegationId): number {
  const cell = reciprocity(state)[who]?.[proposer];
  if (!cell) return 0;
  const v = cell.supported * RECIPROCITY.supported + cell.objected * RECIPROCITY.objected;
  return Math.max(-RECIPROCITY.cap * 2, Math.min(RECIPROCITY.cap, v));
}

/** The history term added to `who`'s weighed gain on a question. */
export function bargained(ctx: AiContext, who: DelegationId, q: Question): number {
  if (who === q.proposer) return 0;
  let v = 0;
  if (ctx.state.delegations[who]?.talkedWith.includes(q.proposer)) v += TALKS_BONUS;
  if (trust(ctx, who, q.proposer) >= TRUST_BONUS.at) v += TRUST_BONUS.value;
  v += Math.min(1, ctx.memory.record(q.proposer).kept * 0.25);
  v += reciprocityOf(ctx.state, who, q.proposer);
  return v;
}

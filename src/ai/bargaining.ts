/**
 * What this game's history adds to a delegation's view of a proposal, beyond its interests:
 * talks with the proposer this round, the proposer's record of kept and broken pledges, trust
 * above the ordinary, and reciprocity (how the proposer stood on this delegation's own
 * proposals). All of it is public, so the viewer can anticipate it for any delegation.
 */
import type { DelegationId, GameState, Proposal } from '../engine';
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

/**
 * The tally of how each delegation stood on each other's decided proposals, extended rather than
 * recounted: a proposal leaves 'tabled' once (adopted, rejected or withdrawn) and its positions
 * never change after that, so during a game the tally only ever gains proposals. A state whose
 * decided proposals are not a superset of those counted (another game, an earlier step) is
 * counted afresh. Counts are sums of ones, so the order of counting does not matter. A tally
 * once returned is never changed (an extension copies the rows it touches), so a cached answer
 * for an earlier state stays right.
 */
interface Tally {
  /** Each counted proposal, with its positions object when counted (a package restarts a question with new positions). */
  seen: Map<Proposal, { positions: Proposal['positions'] }>;
  out: Record2;
}

let last: Tally = { seen: new Map(), out: {} };

/** Adds one proposal's positions to `out`, copying the row and cells it changes when `copy` is set. */
function count(seen: Tally['seen'], out: Record2, p: Proposal, copy: boolean): void {
  const entries = Object.entries(p.positions);
  const row = copy ? { ...out[p.proposer] } : (out[p.proposer] ??= {});
  for (const [member, pos] of entries) {
    const cell = row[member] ? (copy ? { ...row[member] } : row[member]) : { supported: 0, objected: 0 };
    if (pos.stance === 'support') cell.supported += 1;
    if (pos.stance === 'objection') cell.objected += 1;
    row[member] = cell;
  }
  out[p.proposer] = row;
  seen.set(p, { positions: p.positions });
}

/** `[proposer][member]` over the decided proposals of `proposals`. */
function tallyReciprocity(proposals: GameState['proposals']): Record2 {
  const fresh: Proposal[] = [];
  let decided = 0;
  let stale = false;
  for (const id in proposals) {
    const p = proposals[id]!;
    if (p.status === 'tabled') continue;
    decided += 1;
    const counted = last.seen.get(p);
    if (!counted) fresh.push(p);
    else if (counted.positions !== p.positions) stale = true;
  }
  if (!fresh.length && !stale && decided === last.seen.size) return last.out;
  if (stale || decided - fresh.length !== last.seen.size) {
    const next: Tally = { seen: new Map(), out: {} };
    for (const id in proposals) if (proposals[id]!.status !== 'tabled') count(next.seen, next.out, proposals[id]!, false);
    last = next;
  } else {
    const seen = new Map(last.seen);
    const out = { ...last.out };
    for (const p of fresh) count(seen, out, p, true);
    last = { seen, out };
  }
  return last.out;
}

/** By the proposals' identity, once a step of an in-place fold (the tally itself is shared). */
const reciprocityOf2 = identityCache((proposals: GameState['proposals']) => tallyReciprocity(proposals));

/**
 * The proposals still tabled when a proposals object was last tallied, by that object. A state
 * folded in place keeps one proposals object all game; while it has as many proposals as then
 * and each of those still tabled is tabled yet, no proposal has been decided since, so the tally
 * stands without a look at every proposal.
 */
const tabledAtTally = new WeakMap<GameState['proposals'], { count: number; tabled: Proposal[]; out: Record2 }>();

function reciprocity(state: GameState): Record2 {
  const was = tabledAtTally.get(state.proposals);
  if (was && was.count === state.proposalOrder.length && was.tabled.every((p) => p.status === 'tabled' && state.proposals[p.id] === p)) return was.out;
  const out = reciprocityOf2(state.proposals);
  const tabled: Proposal[] = [];
  for (const id of state.proposalOrder) if (state.proposals[id]!.status === 'tabled') tabled.push(state.proposals[id]!);
  tabledAtTally.set(state.proposals, { count: state.proposalOrder.length, tabled, out });
  return out;
}

/** Reciprocity of `who` toward `proposer`: how the proposer stood on `who`'s proposals. */
export function reciprocityOf(state: GameState, who: DelegationId, proposer: DelegationId): number {
  return reciprocityIn(reciprocity(state), who, proposer);
}

/** The tally of one decision's state, looked up once a decision (a forecast asks it for every member). */
function decisionReciprocity(ctx: AiContext): Record2 {
  let table = ctx.cache.get('reciprocity') as Record2 | undefined;
  if (!table) ctx.cache.set('reciprocity', (table = reciprocity(ctx.state)));
  return table;
}

function reciprocityIn(table: Record2, who: DelegationId, proposer: DelegationId): number {
  const cell = table[who]?.[proposer];
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
  v += reciprocityIn(decisionReciprocity(ctx), who, q.proposer);
  return v;
}

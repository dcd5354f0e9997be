/**
 * The Energy Security Partnership: producers and importers who care about energy found or join
 * the bloc (no consensus needed), and members sponsor corridor projects on their routes.
 */
import { findIn, type Book } from './book';
import { trust, type AiContext } from './context';
import type { Decision } from './decision';
import { reason } from './reasons';

/** Energy interest at which a producer or importer founds the bloc; a balanced economy needs one more. */
const FOUND_AT = 3;
/** Join score at which a delegation joins a bloc already launched. */
const JOIN_AT = 3.5;

/** Members of the bloc with whom this delegation has a live dispute (a stable one does not keep it out). */
function rivalsInside(ctx: AiContext): number {
  let n = 0;
  for (const fid of ctx.idx.partyTo.get(ctx.me) ?? []) {
    if (ctx.state.flashpoints[fid]?.stage === 'stable') continue;
    for (const p of ctx.idx.flashpoint.get(fid)!.parties) {
      if (p !== ctx.me && ctx.state.energy.members.includes(p)) n++;
    }
  }
  return n;
}

/** What a delegation of this temperament puts on keeping its hands free: strategic autonomy weighs against joining any bloc. */
const AUTONOMY = { cooperative: 0, pragmatic: 0, cautious: 1, assertive: 0.5 } as const;
/** Members of the same profile inside beyond which each one more makes the bloc worth less (producers compete for the same buyers, importers for the same supply). */
const CROWD_FROM = 3;
const CROWD_COST = 0.3;
/** What one rival already inside takes off the bloc's appeal. */
const RIVAL_COST = 5;

/**
 * Whether joining is worth it: energy interest and profile, trust in those already inside,
 * rivals among them, its own objectives, how much it values its freedom of action, and how the
 * bloc's make-up changes what it offers (an importer gains security from producers inside, a
 * producer revenue from importers; both lose by crowding with their own kind).
 */
export function joinScore(ctx: AiContext): number {
  const { energy: profile, profile: { interests, temperament } } = ctx.self;
  const members = ctx.state.energy.members;
  if (!members.length) return 0;
  const meanTrust = members.reduce((sum, m) => sum + trust(ctx, ctx.me, m), 0) / members.length;
  let counterpart = 0;
  let same = 0;
  for (const m of members) {
    const e = ctx.idx.delegation.get(m)?.energy;
    if (profile === 'importer' ? e === 'producer' : profile === 'producer' ? e === 'importer' : false) counterpart++;
    else if (e === profile) same++;
  }
  // Membership itself as an objective weighs more than a corridor, which also needs trusted neighbours.
  const wantsIn = ctx.self.objectives.some((o) => o.goal.type === 'bloc-member') ? 4 : ctx.self.objectives.some((o) => o.goal.type === 'corridor-built') ? 2 : 0;
  return interests.energy + (profile === 'balanced' ? -1 : 0) + (meanTrust - 55) / 8 - RIVAL_COST * rivalsInside(ctx)
    + Math.min(1.5, counterpart * 0.3) - CROWD_COST * Math.max(0, same - CROWD_FROM) + wantsIn - AUTONOMY[temperament];
}

/** Founding, joining or a corridor, when energy matters enough to the delegation and it can pay. */
export function energyDecision(ctx: AiContext, book: Book, spendable: number): Decision | null {
  const { energy: profile, profile: { interests } } = ctx.self;
  const costs = ctx.scenario.rules.costs;
  const bar = profile === 'balanced' ? 1 : 0;
  const why = reason('energy-interest', { profile });
  if (interests.energy >= FOUND_AT + 1 + bar && costs.foundBloc <= spendable) {
    const found = findIn(book, 'energy.found');
    if (found) return { action: found, reason: why };
  }
  // A member cannot join again: only an outsider weighs joining.
  if (costs.joinBloc <= spendable && !ctx.state.energy.members.includes(ctx.me) && joinScore(ctx) >= JOIN_AT) {
    const join = findIn(book, 'energy.join');
    if (join) return { action: join, reason: why };
  }
  if (interests.energy >= 2 && costs.corridor <= spendable) {
    const corridor = findIn(book, 'energy.corridor');
    if (corridor) return { action: corridor, reason: reason('corridor-route', { corridor: corridor.corridor }) };
  }
  return null;
}

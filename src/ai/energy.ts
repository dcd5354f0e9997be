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

/** Members of the bloc with whom this delegation has a dispute. */
function rivalsInside(ctx: AiContext): number {
  let n = 0;
  for (const fid of ctx.idx.partyTo.get(ctx.me) ?? []) {
    for (const p of ctx.idx.flashpoint.get(fid)!.parties) if (p !== ctx.me && ctx.state.energy.members.includes(p)) n++;
  }
  return n;
}

/**
 * Whether joining is worth it: energy interest and profile, trust in those already inside,
 * rivals among them, its own objectives, and how the bloc's size changes what it offers (an
 * importer gains security from producers inside, a producer revenue from importers).
 */
export function joinScore(ctx: AiContext): number {
  const { energy: profile, profile: { interests } } = ctx.self;
  const members = ctx.state.energy.members;
  if (!members.length) return 0;
  const meanTrust = members.reduce((sum, m) => sum + trust(ctx, ctx.me, m), 0) / members.length;
  const counterpart = members.filter((m) => {
    const e = ctx.idx.delegation.get(m)?.energy;
    return profile === 'importer' ? e === 'producer' : profile === 'producer' ? e === 'importer' : false;
  }).length;
  // Membership itself as an objective weighs more than a corridor, which also needs trusted neighbours.
  const wantsIn = ctx.self.objectives.some((o) => o.goal.type === 'bloc-member') ? 4 : ctx.self.objectives.some((o) => o.goal.type === 'corridor-built') ? 2 : 0;
  return interests.energy + (profile === 'balanced' ? -1 : 0) + (meanTrust - 55) / 8 - 2 * rivalsInside(ctx)
    + Math.min(1.5, counterpart * 0.3) + wantsIn;
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
  if (costs.joinBloc <= spendable && joinScore(ctx) >= JOIN_AT) {
    const join = findIn(book, 'energy.join');
    if (join) return { action: join, reason: why };
  }
  if (interests.energy >= 2 && costs.corridor <= spendable) {
    const corridor = findIn(book, 'energy.corridor');
    if (corridor) return { action: corridor, reason: reason('corridor-route', { corridor: corridor.corridor }) };
  }
  return null;
}

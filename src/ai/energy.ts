/**
 * The Energy Security Partnership: producers and importers who care about energy found or join
 * the bloc (no consensus needed), and members sponsor corridor projects on their routes.
 */
import { findIn, type Book } from './book';
import type { AiContext } from './context';
import type { Decision } from './decision';
import { reason } from './reasons';

/** Energy interest at which a producer or importer takes part; a balanced economy needs one more. */
const JOIN_AT = 2;
const FOUND_AT = 3;

/** Founding, joining or a corridor, when energy matters enough to the delegation and it can pay. */
export function energyDecision(ctx: AiContext, book: Book, spendable: number): Decision | null {
  const { energy: profile, profile: { interests } } = ctx.self;
  const costs = ctx.scenario.rules.costs;
  const bar = profile === 'balanced' ? 1 : 0;
  const why = reason('energy-interest', { profile });
  if (interests.energy >= FOUND_AT + bar && costs.foundBloc <= spendable) {
    const found = findIn(book, 'energy.found');
    if (found) return { action: found, reason: why };
  }
  if (interests.energy >= JOIN_AT + bar && costs.joinBloc <= spendable) {
    const join = findIn(book, 'energy.join');
    if (join) return { action: join, reason: why };
  }
  if (interests.energy >= JOIN_AT && costs.corridor <= spendable) {
    const corridor = findIn(book, 'energy.corridor');
    if (corridor) return { action: corridor, reason: reason('corridor-route', { corridor: corridor.corridor }) };
  }
  return null;
}

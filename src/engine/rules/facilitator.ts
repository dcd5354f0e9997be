/** What the facilitator of a classroom session may do to the game itself. */
import { z } from 'zod';
import { EffectSchema, type Effect } from '../../scenario/schema';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import { FACILITATOR } from '../state';
import { applyEffect, fireEvent } from '../events';
import { chronicle } from '../common';
import { currentItem, decide } from './plenary';
import type { Rule } from './rule';

const isFacilitator = (by: string) => (by === FACILITATOR ? null : reject('not-allowed', 'Only the facilitator may do this.'));

export const endPhase: Rule<'facilitator.end-phase'> = {
  check: (_idx, state, a) =>
    isFacilitator(a.by) ??
    (['consultations', 'plenary', 'implementation'].includes(state.phase) ? null : reject('wrong-phase', `There is no phase to end during ${state.phase}.`)),
  apply: (idx, d) => {
    if (d.phase === 'plenary') {
      // Calling the question on the current item: members who have not spoken are recorded as abstaining.
      const item = currentItem(d);
      if (!item) return;
      for (const v of idx.voters) if (!item.positions[v]) item.positions[v] = { stance: 'abstain', reason: { code: 'no-position' } };
      decide(idx, d, item.id);
      return;
    }
    for (const id of d.players) d.delegations[id]!.ready = true;
  },
};

const EffectsSchema = z.array(EffectSchema).min(1);

/** One-off effects come from the facilitator's form, so they are checked as strictly as a scenario's. */
function effectsProblem(idx: ScenarioIndex, effects: unknown): Rejection | null {
  const parsed = EffectsSchema.safeParse(effects);
  if (!parsed.success) return reject('malformed', 'Inject an event from the deck or at least one well-formed effect.');
  const unknown = parsed.data.flatMap((e: Effect) => {
    const ids: string[] = [];
    if (e.type === 'trust') ids.push(e.a, e.b);
    if (e.type === 'trust-all' || e.type === 'prestige') ids.push(e.delegation);
    if (e.type === 'influence' && e.delegation) ids.push(e.delegation);
    const missing = ids.filter((id) => !idx.delegation.has(id));
    if (e.type === 'tension' && !idx.flashpoint.has(e.flashpoint)) missing.push(e.flashpoint);
    if (e.type === 'measure-availability' && !idx.measure.has(e.measure)) missing.push(e.measure);
    return missing;
  });
  return unknown.length ? reject('unknown-target', `The effects name ${unknown.join(', ')}, which this scenario does not have.`, { target: unknown.join(', ') }) : null;
}

export const inject: Rule<'facilitator.inject'> = {
  check: (idx, state, a) => {
    const notFacilitator = isFacilitator(a.by);
    if (notFacilitator) return notFacilitator;
    if (state.phase === 'concluded') return reject('wrong-phase', 'The game is over.');
    if (a.event !== undefined) return idx.event.has(a.event) ? null : reject('unknown-target', `There is no event ${a.event} in the deck.`, { event: a.event });
    return effectsProblem(idx, a.effects);
  },
  apply: (idx, d, a) => {
    if (a.event !== undefined) {
      fireEvent(idx, d, a.event);
      return;
    }
    for (const e of a.effects ?? []) applyEffect(idx, d, e);
    chronicle(d, { kind: 'injected', round: d.round, effects: a.effects?.length ?? 0 });
  },
};

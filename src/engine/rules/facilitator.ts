/** What the facilitator of a classroom session may do to the game itself. */
import { reject } from '../rejection';
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

export const inject: Rule<'facilitator.inject'> = {
  check: (idx, state, a) => {
    const notFacilitator = isFacilitator(a.by);
    if (notFacilitator) return notFacilitator;
    if (state.phase === 'concluded') return reject('wrong-phase', 'The game is over.');
    if (a.event !== undefined) return idx.event.has(a.event) ? null : reject('unknown-target', `There is no event ${a.event} in the deck.`, { event: a.event });
    return a.effects && a.effects.length > 0 ? null : reject('malformed', 'Inject an event from the deck or at least one effect.');
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

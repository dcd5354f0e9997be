/**
 * One schema per action type: the shape each action must have before its rule is asked. Keyed
 * by type, so a new action type without a schema does not compile (`satisfies` below), and each
 * schema's output must be that type's action. Schemas are strict: a field the type does not
 * have is refused, so nothing foreign enters the log.
 *
 * `refs` names the fields that point into the state (proposals, offers), which a schema built
 * once per scenario cannot know; the door looks them up in the state after the schema passed.
 */
import { z } from 'zod';
import { EffectSchema } from '../../scenario/schema';
import type { ActionOf, ActionType } from '../actions';
import { MAX_OFFER_INFLUENCE } from '../rules/consultations';
import { AMENDMENTS, FACILITATOR, STANCES } from '../state';
import { EXCLUSIVE, FACILITATOR_ONLY, type IdRefs } from './ids';
import { ReasonSchema } from './reason';

/** A field that names something in the state, by its path in the action. */
export interface StateRef {
  field: string;
  kind: 'proposal' | 'offer';
  id: string;
}

export interface ActionSchemaEntry<T extends ActionType> {
  schema(ids: IdRefs): z.ZodType<ActionOf<T>>;
  refs?(action: ActionOf<T>): StateRef[];
}

/** Longer than any agenda a scenario allows (`agendaLimit` is at most 50). */
export const MAX_AGENDA_ORDER = 64;
/** More one-off effects than a facilitator's form would ever send at once. */
export const MAX_INJECTED_EFFECTS = 20;

function action<T extends ActionType, S extends z.ZodRawShape>(type: T, ids: IdRefs, shape: S) {
  return z.strictObject({ type: z.literal(type), by: ids.actor, ...shape, reason: ReasonSchema.optional() });
}

const proposalRef = (a: { proposal: string }): StateRef[] => [{ field: 'proposal', kind: 'proposal', id: a.proposal }];

function term(ids: IdRefs) {
  return z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('influence'), amount: z.number().int().min(1).max(MAX_OFFER_INFLUENCE) }),
    z.strictObject({ kind: z.literal('support'), proposal: ids.proposal }),
  ]);
}

const termRef = (field: string, t: ActionOf<'consult.offer'>['give']): StateRef[] =>
  t.kind === 'support' ? [{ field: `${field}.proposal`, kind: 'proposal', id: t.proposal }] : [];

const flashpointAction = <T extends 'diplomacy.early-warning' | 'diplomacy.good-offices' | 'diplomacy.fact-finding' | 'diplomacy.hotline'>(type: T) => ({
  schema: (ids: IdRefs) => action(type, ids, { flashpoint: ids.flashpoint }),
});

const plain = <T extends 'energy.found' | 'energy.join' | 'proposal.pass' | 'ready'>(type: T) => ({
  schema: (ids: IdRefs) => action(type, ids, {}),
});

/** Facilitator actions are typed as taken by the facilitator; anyone else is refused as "not allowed", as the rule would. */
const facilitatorOnly = (ids: IdRefs) =>
  ids.actor.refine((v) => v === FACILITATOR, { params: { door: FACILITATOR_ONLY } }) as unknown as z.ZodType<typeof FACILITATOR>;

const onProposal = <T extends 'plenary.withdraw' | 'plenary.decide'>(type: T) => ({
  schema: (ids: IdRefs) => action(type, ids, { proposal: ids.proposal }),
  refs: proposalRef,
});

export const ACTION_SCHEMAS = {
  'consult.talks': { schema: (ids) => action('consult.talks', ids, { with: ids.delegation }) },
  'consult.pledge': { schema: (ids) => action('consult.pledge', ids, { proposal: ids.proposal }), refs: proposalRef },
  'consult.offer': {
    schema: (ids) => action('consult.offer', ids, { to: ids.delegation, give: term(ids), ask: term(ids) }),
    refs: (a) => [...termRef('give', a.give), ...termRef('ask', a.ask)],
  },
  'consult.answer': {
    schema: (ids) => action('consult.answer', ids, { offer: ids.offer, accept: z.boolean() }),
    refs: (a) => [{ field: 'offer', kind: 'offer', id: a.offer }],
  },
  'diplomacy.early-warning': flashpointAction('diplomacy.early-warning'),
  'diplomacy.good-offices': flashpointAction('diplomacy.good-offices'),
  'diplomacy.fact-finding': flashpointAction('diplomacy.fact-finding'),
  'diplomacy.consent': { schema: (ids) => action('diplomacy.consent', ids, { flashpoint: ids.flashpoint, accept: z.boolean() }) },
  'diplomacy.hotline': flashpointAction('diplomacy.hotline'),
  'energy.found': plain('energy.found'),
  'energy.join': plain('energy.join'),
  'proposal.pass': plain('proposal.pass'),
  'energy.corridor': { schema: (ids) => action('energy.corridor', ids, { corridor: ids.corridor }) },
  'proposal.table': {
    schema: (ids) => action('proposal.table', ids, {
      subject: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('measure'), measure: ids.measure }),
        z.strictObject({ kind: z.literal('cluster'), cluster: ids.cluster }),
        z.strictObject({ kind: z.literal('charter') }),
      ]),
    }),
  },
  'agenda.order': {
    schema: (ids) => action('agenda.order', ids, { order: z.array(ids.proposal).max(MAX_AGENDA_ORDER) }),
    refs: (a) => a.order.map((id, i) => ({ field: `order.${i}`, kind: 'proposal' as const, id })),
  },
  'plenary.position': {
    schema: (ids) => action('plenary.position', ids, { proposal: ids.proposal, stance: z.enum(STANCES), amendment: z.enum(AMENDMENTS).optional() }),
    refs: proposalRef,
  },
  'plenary.amend': { schema: (ids) => action('plenary.amend', ids, { proposal: ids.proposal, amendment: z.enum(AMENDMENTS) }), refs: proposalRef },
  'plenary.link': {
    schema: (ids) => action('plenary.link', ids, { proposal: ids.proposal, with: ids.proposal }),
    refs: (a) => [...proposalRef(a), { field: 'with', kind: 'proposal', id: a.with }],
  },
  'plenary.unlink': {
    schema: (ids) => action('plenary.unlink', ids, { proposal: ids.proposal, with: ids.proposal }),
    refs: (a) => [...proposalRef(a), { field: 'with', kind: 'proposal', id: a.with }],
  },
  'plenary.withdraw': onProposal('plenary.withdraw'),
  'plenary.decide': onProposal('plenary.decide'),
  'implement.choose': { schema: (ids) => action('implement.choose', ids, { measure: ids.measure, optIn: z.boolean() }) },
  ready: plain('ready'),
  'facilitator.end-phase': { schema: (ids) => action('facilitator.end-phase', ids, { by: facilitatorOnly(ids) }) },
  'facilitator.inject': {
    // An event from the deck or one-off effects, not both: the rule would silently drop the effects.
    schema: (ids) => action('facilitator.inject', ids, {
      by: facilitatorOnly(ids),
      event: ids.event.optional(),
      effects: z.array(EffectSchema).min(1).max(MAX_INJECTED_EFFECTS).optional(),
    }).refine((a) => a.event === undefined || a.effects === undefined, { path: ['effects'], params: { door: EXCLUSIVE } }),
  },
} satisfies { [T in ActionType]: ActionSchemaEntry<T> };

/** The entry for a type, typed loosely for the door, which dispatches on a string it has checked. */
export function schemaEntry(type: ActionType): ActionSchemaEntry<ActionType> {
  return ACTION_SCHEMAS[type] as unknown as ActionSchemaEntry<ActionType>;
}

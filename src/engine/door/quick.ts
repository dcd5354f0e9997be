/**
 * A fast shape check of actions, for the door's common case: an action that is well formed.
 * The zod schemas (`schemas.ts`) remain the specification and the only source of rejections:
 * `quickAccepts` answers true only for an input its type's schema accepts, and false for anything
 * it cannot vouch for (a malformed action, an unusual object, a facilitator's one-off effects),
 * which then takes the schema for its located error. A test holds that both agree on valid
 * actions and that no input the schema refuses is accepted here.
 */
import type { ActionType } from '../actions';
import { MAX_OFFER_INFLUENCE } from '../rules/consultations';
import type { ScenarioIndex } from '../scenario-index';
import { AMENDMENTS, FACILITATOR, STANCES } from '../state';
import { isSafeId } from './ids';
import { reasonWellFormed } from './reason';
import { MAX_AGENDA_ORDER } from './schemas';

/** The ids this scenario has, by kind, each a safe id (proposals and offers: any well-formed id). */
export interface QuickRefs {
  actor: ReadonlySet<string>;
  delegation: ReadonlySet<string>;
  measure: ReadonlySet<string>;
  flashpoint: ReadonlySet<string>;
  cluster: ReadonlySet<string>;
  corridor: ReadonlySet<string>;
  event: ReadonlySet<string>;
}

type Check = (v: unknown, refs: QuickRefs) => boolean;

const perScenario = new WeakMap<ScenarioIndex, QuickRefs>();

export function quickRefsOf(idx: ScenarioIndex): QuickRefs {
  let refs = perScenario.get(idx);
  if (!refs) {
    // Only safe ids are kept, so that finding one is all its check needs.
    const safe = (ids: Iterable<string>) => new Set([...ids].filter(isSafeId));
    refs = {
      actor: safe([...idx.allIds, FACILITATOR]),
      delegation: safe(idx.allIds),
      measure: safe(idx.measure.keys()),
      flashpoint: safe(idx.flashpoint.keys()),
      cluster: safe(idx.cluster.keys()),
      corridor: safe(idx.corridor.keys()),
      event: safe(idx.event.keys()),
    };
    perScenario.set(idx, refs);
  }
  return refs;
}

/** A plain object (what JSON and object literals make); anything else is left to the schema. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const id: Check = (v) => typeof v === 'string' && isSafeId(v);
const oneOf = (kind: keyof QuickRefs): Check => (v, refs) => typeof v === 'string' && refs[kind].has(v);
const bool: Check = (v) => typeof v === 'boolean';
const among = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const optional = (check: Check): Check => (v, refs) => v === undefined || check(v, refs);
const absent: Check = (v) => v === undefined;

/** A strict object: exactly these fields (a missing one is read as undefined), each passing its check. */
function strict(fields: Record<string, Check>): Check {
  const keys = Object.keys(fields);
  return (v, refs) => {
    if (!isPlain(v)) return false;
    // `for...in`, as the schema's own search for fields it does not know.
    for (const key in v) if (!Object.hasOwn(fields, key)) return false;
    for (const key of keys) if (!fields[key]!(v[key], refs)) return false;
    return true;
  };
}

/** One of several strict objects told apart by `kind`. */
function byKind(variants: Record<string, Record<string, Check>>): Check {
  const checks = new Map(Object.entries(variants).map(([kind, fields]) => [kind, strict({ kind: (v) => v === kind, ...fields })]));
  return (v, refs) => {
    if (!isPlain(v) || typeof v.kind !== 'string') return false;
    const check = checks.get(v.kind);
    return check !== undefined && check(v, refs);
  };
}

const amount: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= MAX_OFFER_INFLUENCE;
const term = byKind({ influence: { amount }, support: { proposal: id } });
const order: Check = (v) => {
  if (!Array.isArray(v) || v.length > MAX_AGENDA_ORDER) return false;
  for (let i = 0; i < v.length; i++) if (!id(v[i], EMPTY_REFS)) return false;
  return true;
};
const EMPTY_REFS = {} as QuickRefs;
const facilitator: Check = (v) => v === FACILITATOR;
const flashpoint = { flashpoint: oneOf('flashpoint') };

/** The fields of each type besides `type`, `by` (an actor unless given) and `reason`, as the schema has them. */
const FIELDS: { [T in ActionType]: Record<string, Check> } = {
  'consult.talks': { with: oneOf('delegation') },
  'consult.pledge': { proposal: id },
  'consult.offer': { to: oneOf('delegation'), give: term, ask: term },
  'consult.answer': { offer: id, accept: bool },
  'diplomacy.early-warning': flashpoint,
  'diplomacy.good-offices': flashpoint,
  'diplomacy.fact-finding': flashpoint,
  'diplomacy.consent': { ...flashpoint, accept: bool },
  'diplomacy.hotline': flashpoint,
  'energy.found': {},
  'energy.join': {},
  'proposal.pass': {},
  'energy.corridor': { corridor: oneOf('corridor') },
  'proposal.table': { subject: byKind({ measure: { measure: oneOf('measure') }, cluster: { cluster: oneOf('cluster') }, charter: {} }) },
  'agenda.order': { order },
  'plenary.position': { proposal: id, stance: among(STANCES), amendment: optional(among(AMENDMENTS)) },
  'plenary.amend': { proposal: id, amendment: among(AMENDMENTS) },
  'plenary.link': { proposal: id, with: id },
  'plenary.unlink': { proposal: id, with: id },
  'plenary.withdraw': { proposal: id },
  'plenary.decide': { proposal: id },
  'implement.choose': { measure: oneOf('measure'), optIn: bool },
  ready: {},
  'facilitator.end-phase': { by: facilitator },
  // One-off effects are rare and have a schema of their own: they always take the zod schema.
  'facilitator.inject': { by: facilitator, event: optional(oneOf('event')), effects: absent },
};

/**
 * The types taken most often, written out (half of all actions are positions): the general
 * check reads every field by a computed key, a lookup the engine cannot specialise.
 */
const POSITION_FIELDS = new Set(['type', 'by', 'proposal', 'stance', 'amendment', 'reason']);
const READY_FIELDS = new Set(['type', 'by', 'reason']);
const CHOOSE_FIELDS = new Set(['type', 'by', 'measure', 'optIn', 'reason']);

function onlyFields(v: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in v) if (!fields.has(key)) return false;
  return true;
}

const isString = (v: unknown): v is string => typeof v === 'string';

const WRITTEN_OUT: Partial<Record<ActionType, Check>> = {
  'plenary.position': (v, refs) => {
    if (!isPlain(v) || !onlyFields(v, POSITION_FIELDS)) return false;
    const { type, by, proposal, stance, amendment } = v;
    return type === 'plenary.position' && isString(by) && refs.actor.has(by) && isString(proposal) && isSafeId(proposal)
      && isString(stance) && (STANCES as readonly string[]).includes(stance)
      && (amendment === undefined || (isString(amendment) && (AMENDMENTS as readonly string[]).includes(amendment)))
      && reasonWellFormed(v.reason);
  },
  ready: (v, refs) => {
    if (!isPlain(v) || !onlyFields(v, READY_FIELDS)) return false;
    const { type, by } = v;
    return type === 'ready' && isString(by) && refs.actor.has(by) && reasonWellFormed(v.reason);
  },
  'implement.choose': (v, refs) => {
    if (!isPlain(v) || !onlyFields(v, CHOOSE_FIELDS)) return false;
    const { type, by, measure, optIn } = v;
    return type === 'implement.choose' && isString(by) && refs.actor.has(by) && isString(measure) && refs.measure.has(measure)
      && typeof optIn === 'boolean' && reasonWellFormed(v.reason);
  },
};

const CHECKS = new Map<string, Check>(
  (Object.keys(FIELDS) as ActionType[]).map((type) => [
    type,
    WRITTEN_OUT[type] ?? strict({ type: (v) => v === type, by: oneOf('actor'), ...FIELDS[type], reason: reasonWellFormed }),
  ]),
);

/**
 * Whether the schema of `type` in this scenario's terms certainly accepts `input`: true only
 * then; false means "ask the schema" (which refuses it, or accepts what this check leaves to it).
 */
export function quickAccepts(refs: QuickRefs, type: ActionType, input: unknown): boolean {
  const check = CHECKS.get(type);
  return check !== undefined && check(input, refs);
}

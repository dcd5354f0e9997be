/**
 * The ids an action may name, as zod schemas. At the engine's door they are the ids this
 * scenario has; in a session file, read before its scenario, only their format. Either way an
 * id is a short string of a safe charset and never a key of `Object.prototype`, so that no
 * lookup such as `state.proposals[id]` can reach an inherited property.
 */
import { z } from 'zod';
import type { ScenarioIndex } from '../scenario-index';
import { FACILITATOR } from '../state';

/** What kind of thing an id names: the door reports an unknown one with its kind. */
export type IdKind = 'actor' | 'delegation' | 'measure' | 'flashpoint' | 'cluster' | 'corridor' | 'event' | 'proposal' | 'offer';

/** One id schema per kind; proposals and offers live in the state and are checked against it after the schema. */
export type IdRefs = { [K in IdKind]: z.ZodType<string> };

export const MAX_ID_LENGTH = 64;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Names an inherited property of a plain object could answer to (`constructor`, `toString`, `__proto__`...). */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__']);

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

/** The params of a custom issue the door reads back as "this id is unknown". */
export const UNKNOWN_ID = 'unknown-id';
/** ...as "only the facilitator may take this action". */
export const FACILITATOR_ONLY = 'facilitator-only';
/** ...as "these two fields exclude each other". */
export const EXCLUSIVE = 'exclusive';

/** Whether a string could be an id at all: short, of the safe charset, not a prototype key. */
export function isSafeId(v: string): boolean {
  return v.length <= MAX_ID_LENGTH && SAFE_ID.test(v) && !isPrototypeKey(v);
}

// A string that is not an id names nothing, so it is reported as unknown like a well-formed
// id this game lacks; a value that is not a string at all is of the wrong kind.
const safeId = () => z.string().refine(isSafeId, { params: { door: UNKNOWN_ID } });

const oneOf = (ids: ReadonlySet<string>) => z.string().refine((v) => ids.has(v) && isSafeId(v), { params: { door: UNKNOWN_ID } });

/** Ids that exist in this scenario (proposals and offers: well-formed, looked up in the state afterwards). */
export function scenarioRefs(idx: ScenarioIndex): IdRefs {
  const delegations = new Set(idx.allIds);
  return {
    actor: oneOf(new Set([...idx.allIds, FACILITATOR])),
    delegation: oneOf(delegations),
    measure: oneOf(new Set(idx.measure.keys())),
    flashpoint: oneOf(new Set(idx.flashpoint.keys())),
    cluster: oneOf(new Set(idx.cluster.keys())),
    corridor: oneOf(new Set(idx.corridor.keys())),
    event: oneOf(new Set(idx.event.keys())),
    proposal: safeId(),
    offer: safeId(),
  };
}

const DELEGATION = /^[A-Z]{3}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of the right format, for a log read before its scenario is known (a session file). */
export function formatRefs(): IdRefs {
  const slug = () => safeId().regex(SLUG);
  return {
    actor: safeId().refine((v) => v === FACILITATOR || DELEGATION.test(v)),
    delegation: safeId().regex(DELEGATION),
    measure: slug(),
    flashpoint: slug(),
    cluster: slug(),
    corridor: slug(),
    event: slug(),
    proposal: safeId(),
    offer: safeId(),
  };
}

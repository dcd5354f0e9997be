/**
 * The engine's door: whatever arrives (from the UI, a saved file, or later a student's browser
 * through the server) is checked against its type's schema, in this scenario's terms, and
 * against the state for the proposals and offers it names, before any rule sees it. A failure
 * is a typed rejection naming the field; nothing here throws.
 */
import { z } from 'zod';
import type { Scenario } from '../../scenario/schema';
import type { Action, ActionType } from '../actions';
import { reject, type Rejection } from '../rejection';
import { indexScenario, type ScenarioIndex } from '../scenario-index';
import type { GameState } from '../state';
import { EXCLUSIVE, FACILITATOR_ONLY, formatRefs, isPrototypeKey, scenarioRefs, UNKNOWN_ID, type IdRefs } from './ids';
import { quickAccepts, quickRefsOf } from './quick';
import { ACTION_SCHEMAS, schemaEntry, type StateRef } from './schemas';

/** What is wrong with a field, as the catalogue words it (`rejection.field.<problem>`). */
export const FIELD_PROBLEMS = ['missing', 'type', 'range', 'choice', 'extra', 'format', 'size', 'exclusive'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

export type ParsedAction = { ok: true; action: Action } | { ok: false; rejection: Rejection };

type Schemas = Record<ActionType, z.ZodType>;

function buildSchemas(ids: IdRefs): Schemas {
  const out = {} as Schemas;
  for (const type of Object.keys(ACTION_SCHEMAS) as ActionType[]) out[type] = schemaEntry(type).schema(ids);
  return out;
}

const perScenario = new WeakMap<ScenarioIndex, Schemas>();

function schemasOf(idx: ScenarioIndex): Schemas {
  let schemas = perScenario.get(idx);
  if (!schemas) perScenario.set(idx, (schemas = buildSchemas(scenarioRefs(idx))));
  return schemas;
}

/** The schema of one action type in this scenario's terms (for a server that wants to describe its API). */
export function actionSchema(scenario: Scenario, type: ActionType): z.ZodType {
  return schemasOf(indexScenario(scenario))[type];
}

/**
 * Any action of the game, ids checked by format only: what a session file's log is checked
 * against before its scenario is loaded. The door then checks each action in full on replay.
 */
export const LoggedActionSchema: z.ZodType<Action> = (() => {
  const schemas = buildSchemas(formatRefs());
  const all = Object.values(schemas) as unknown as [z.ZodObject, ...z.ZodObject[]];
  return z.discriminatedUnion('type', all) as unknown as z.ZodType<Action>;
})();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value safe to echo in a message: a short id-like string, or nothing. */
function echo(v: unknown): string | undefined {
  return typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (!isObject(v) && !Array.isArray(v)) return undefined;
    v = Object.hasOwn(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return v;
}

function malformed(type: string, field: string, problem: FieldProblem): Rejection {
  const what: Record<FieldProblem, string> = {
    missing: 'is missing', type: 'is of the wrong kind', range: 'is out of range', choice: 'is not one of the choices this action allows',
    extra: 'is not a field of this action', format: 'is not well formed', size: 'is too long or has too many items', exclusive: 'cannot be given together with the other',
  };
  return reject('malformed', `The field "${field}" of the ${type} action ${what[problem]}.`, { action: type, field, problem });
}

function unknownId(type: string, field: string, value: unknown): Rejection {
  const id = echo(value);
  if (field === 'by') {
    return reject('unknown-delegation', `There is no delegation ${id ?? 'of that name'} in this scenario.`, { field, ...(id ? { delegation: id } : {}) });
  }
  return reject('unknown-target', `The ${type} action names ${id ?? 'something'} in its field "${field}", which this game does not have.`, { field, ...(id ? { target: id } : {}) });
}

/** The first issue zod found, as the engine's rejection. */
function fromIssue(type: string, input: unknown, issue: z.core.$ZodIssue): Rejection {
  const path = issue.path.map(String);
  const field = path.join('.') || 'action';
  const door = issue.code === 'custom' ? (issue.params as { door?: string } | undefined)?.door : undefined;
  if (door === UNKNOWN_ID) return unknownId(type, field, valueAt(input, issue.path));
  if (door === FACILITATOR_ONLY) return reject('not-allowed', 'Only the facilitator may do this.', { field });
  if (door === EXCLUSIVE) return malformed(type, field, 'exclusive');
  if (door === 'size') return malformed(type, field, 'size');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return malformed(type, [...path, key].join('.'), 'extra');
    }
    case 'invalid_type':
      return malformed(type, field, valueAt(input, issue.path) === undefined ? 'missing' : 'type');
    case 'too_big':
    case 'too_small':
      return malformed(type, field, issue.origin === 'number' ? 'range' : 'size');
    case 'invalid_value': {
      // An enum or literal: a value of another kind (`true` for a stance) is of the wrong kind.
      const value = valueAt(input, issue.path);
      if (value === undefined) return malformed(type, field, 'missing');
      return malformed(type, field, issue.values.some((v) => typeof v === typeof value) ? 'choice' : 'type');
    }
    case 'invalid_union':
      return malformed(type, field, valueAt(input, issue.path) === undefined ? 'missing' : 'choice');
    case 'invalid_format':
      return malformed(type, field, 'format');
    default:
      return malformed(type, field, 'type');
  }
}

function missingInState(state: GameState, ref: StateRef): boolean {
  if (isPrototypeKey(ref.id)) return true;
  return ref.kind === 'proposal' ? !Object.hasOwn(state.proposals, ref.id) : !state.offers.some((o) => o.id === ref.id);
}

/**
 * Checks anything against the action schemas of this scenario, without the state. On success
 * the action is the input itself (already proven to hold nothing else).
 */
export function parseActionShape(scenario: Scenario, input: unknown): ParsedAction {
  if (!isObject(input)) return { ok: false, rejection: reject('malformed', 'This is not an action of the game.', { field: 'action', problem: 'type' }) };
  const type = Object.hasOwn(input, 'type') ? input.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(ACTION_SCHEMAS, type)) {
    return { ok: false, rejection: reject('malformed', 'This is not an action of the game.', { field: 'type', problem: type === undefined ? 'missing' : 'choice' }) };
  }
  const idx = indexScenario(scenario);
  // The common case, a well-formed action, is proven by the quick check; anything else takes
  // the schema, which finds and names the faulty field.
  if (quickAccepts(quickRefsOf(idx), type as ActionType, input)) return { ok: true, action: input as unknown as Action };
  const parsed = schemasOf(idx)[type as ActionType].safeParse(input);
  return parsed.success ? { ok: true, action: input as Action } : { ok: false, rejection: fromIssue(type, input, parsed.error.issues[0]!) };
}

/** The first proposal or offer a well-formed action names that this state does not have. */
export function missingReference(state: GameState, action: Action): Rejection | null {
  const refs = schemaEntry(action.type).refs?.(action);
  if (!refs) return null;
  for (const ref of refs) if (missingInState(state, ref)) return unknownId(action.type, ref.field, ref.id);
  return null;
}

/**
 * The whole door, for a caller outside the engine (a server): the action's shape in this
 * scenario's terms and the proposals and offers it names in this state. The rules then judge
 * whether it may be taken now (`checkAction` runs all of it).
 */
export function parseAction(scenario: Scenario, state: GameState, input: unknown): ParsedAction {
  const shape = parseActionShape(scenario, input);
  if (!shape.ok) return shape;
  const missing = missingReference(state, shape.action);
  return missing ? { ok: false, rejection: missing } : shape;
}

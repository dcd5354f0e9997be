/**
 * Checking a session record before anything is resumed or stored: its shape, its scenario, its
 * delegations, and every action replayed through the rules. Problems are data with a code, so
 * the UI says in the player's language exactly what is wrong; nothing here throws.
 */
import { replay, ReplayError, type GameState } from '../engine';
import type { ScenarioResult } from '../scenario/issues';
import type { Scenario } from '../scenario/schema';
import { asRecord, recordShapeProblem, SESSION_KIND, SESSION_VERSION, type SessionRecord, type SessionScenarioSource } from './record';

/** What a file or a stored save looks like when it is not a session record. */
export type ForeignKind = 'scenario' | 'debrief' | 'solo-save' | 'unknown';

export type SessionProblem =
  | { code: 'empty' }
  | { code: 'too-large'; megabytes: number }
  | { code: 'not-json'; detail: string }
  | { code: 'foreign'; looksLike: ForeignKind }
  | { code: 'newer-version'; found: number }
  | { code: 'invalid'; path: string; detail: string }
  | { code: 'scenario'; detail: string }
  | { code: 'unknown-delegation'; id: string }
  | { code: 'replay'; index: number; action: string; detail: string };

export type SessionResult<T> = { ok: true; value: T } | { ok: false; problem: SessionProblem };

/** A record that passed every check, with its scenario and the game it replays to. */
export interface CheckedSession {
  record: SessionRecord;
  scenario: Scenario;
  game: GameState;
}

/** Turns a scenario source into a checked scenario (the UI passes its cached resolver). */
export type ScenarioResolver = (source: SessionScenarioSource) => ScenarioResult;

const fail = <T>(problem: SessionProblem): SessionResult<T> => ({ ok: false, problem });

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Names what foreign data looks like, so the message can say "this is a scenario file". */
export function foreignKind(data: unknown): ForeignKind {
  if (!isObject(data)) return 'unknown';
  if (data.kind === 'cica-debrief') return 'debrief';
  if (isObject(data.meta) && 'calendar' in data && 'delegations' in data) return 'scenario';
  if (!('kind' in data) && 'me' in data && Array.isArray(data.actions)) return 'solo-save';
  return 'unknown';
}

/** Checks parsed JSON as a session record: kind, version and shape, without the scenario. */
export function checkShape(data: unknown): SessionResult<SessionRecord> {
  if (!isObject(data) || data.kind !== SESSION_KIND) return fail({ code: 'foreign', looksLike: foreignKind(data) });
  if (typeof data.version === 'number' && data.version > SESSION_VERSION) return fail({ code: 'newer-version', found: data.version });
  const problem = recordShapeProblem(data);
  if (problem) return fail({ code: 'invalid', ...problem });
  return { ok: true, value: asRecord(data) };
}

/** Checks a well-formed record against its scenario: the delegations it names and its whole log. */
export function checkRecord(record: SessionRecord, resolve: ScenarioResolver): SessionResult<CheckedSession> {
  const result = resolve(record.scenario);
  if (!result.ok) {
    const first = result.errors[0];
    return fail({ code: 'scenario', detail: first ? `${first.file}:${first.line}:${first.column} ${first.message}` : 'the scenario does not load' });
  }
  const scenario = result.scenario;
  const ids = new Set(scenario.delegations.map((d) => d.id));
  const named = [...Object.keys(record.seats), ...Object.keys(record.names), ...(record.turn && record.turn !== 'facilitator' ? [record.turn] : [])];
  const unknown = named.find((id) => !ids.has(id));
  if (unknown) return fail({ code: 'unknown-delegation', id: unknown });
  try {
    const game = replay(scenario, record.seed, record.actions);
    return { ok: true, value: { record, scenario, game } };
  } catch (e) {
    if (e instanceof ReplayError) return fail({ code: 'replay', index: e.index + 1, action: e.action.type, detail: e.reason });
    return fail({ code: 'replay', index: 0, action: '', detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Shape and content together: what a stored save or an imported file goes through. */
export function checkSession(data: unknown, resolve: ScenarioResolver): SessionResult<CheckedSession> {
  const shape = checkShape(data);
  return shape.ok ? checkRecord(shape.value, resolve) : shape;
}

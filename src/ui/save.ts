/**
 * The saved game in the browser's storage: the game record (scenario, seed, seats, difficulty
 * and the action log), never the state itself, so a save replays through the same rules.
 * Reading never throws: a damaged save is reported as `corrupt` with a reason for the player.
 */
import { z } from 'zod';
import type { Action } from '../engine';
import { RULES_VERSION } from '../engine/state';
import type { Seat } from '../flow/conductor';
import { DIFFICULTIES, type Difficulty } from '../ai/difficulty';

export const SAVE_KEY = 'cica-negotiation.save';
export const SAVE_VERSION = 1;

/** Where the scenario came from: bundled by id, or a file the player opened (kept whole). */
export type ScenarioSource = { kind: 'bundled'; id: string } | { kind: 'file'; fileName: string; text: string };

export interface SaveRecord {
  version: typeof SAVE_VERSION;
  /** The engine's rules version the log was played under (see `RULES_VERSION`). */
  rulesVersion: number;
  savedAt: string;
  scenario: ScenarioSource;
  seed: number;
  seats: Record<string, Seat>;
  me: string;
  difficulty: Difficulty;
  actions: Action[];
}

// Built on first use: the start page reads a save only when the browser keeps one.
let saveSchema: ReturnType<typeof buildSaveSchema> | null = null;

function buildSaveSchema() {
  return z.object({
    version: z.literal(SAVE_VERSION),
    rulesVersion: z.literal(RULES_VERSION),
    savedAt: z.string(),
    scenario: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('bundled'), id: z.string().min(1) }),
      z.object({ kind: z.literal('file'), fileName: z.string(), text: z.string().min(1) }),
    ]),
    seed: z.number().int(),
    seats: z.record(z.string(), z.enum(['human', 'ai'])),
    me: z.string().min(1),
    difficulty: z.enum(DIFFICULTIES),
    // Each action is checked by replaying it through the rules; here only its envelope.
    actions: z.array(z.looseObject({ type: z.string(), by: z.string() })),
  });
}

export type SaveLoad =
  | { kind: 'none' }
  | { kind: 'ok'; record: SaveRecord }
  | { kind: 'corrupt'; reason: string };

/** Parses a stored save; anything unexpected becomes `corrupt` with a short technical reason. */
export function parseSave(text: string | null): SaveLoad {
  if (text === null || text === '') return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { kind: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
  const stamp = data as { version?: unknown; rulesVersion?: unknown } | null;
  if (stamp && typeof stamp === 'object' && (stamp.version !== SAVE_VERSION || stamp.rulesVersion !== RULES_VERSION)) {
    return { kind: 'corrupt', reason: `made by another version of the game (save format ${String(stamp.version)}, rules ${String(stamp.rulesVersion)}; this game reads format ${SAVE_VERSION}, rules ${RULES_VERSION})` };
  }
  const parsed = (saveSchema ??= buildSaveSchema()).safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { kind: 'corrupt', reason: first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unreadable' };
  }
  return { kind: 'ok', record: parsed.data as SaveRecord };
}

/** The storage the game may use, or null where there is none (private mode, tests in Node). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readSave(storage: Pick<Storage, 'getItem'> | null): SaveLoad {
  if (!storage) return { kind: 'none' };
  try {
    return parseSave(storage.getItem(SAVE_KEY));
  } catch (e) {
    return { kind: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
}

/** Writes the save; returns false when the storage refuses (full, or disabled). */
export function writeSave(storage: Pick<Storage, 'setItem'> | null, record: SaveRecord): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/**
 * Autosaves of classroom sessions in the browser's storage, kept per session (one class): the
 * last ten of each, newest first. Keys carry a time stamp and the session id, so that entries
 * sort and group without being read, one class's saves never push out another's, and a damaged
 * entry only ever hides itself. When the storage is full nothing is dropped by itself: the save
 * fails, the game says so and offers the export, and only `makeRoom` (the facilitator's choice)
 * deletes old saves. The running clock changes every second, so its latest state is written to
 * a small key of its own instead of rewriting the whole newest save.
 */
import { checkRecord, checkShape, type CheckedSession, type ScenarioResolver, type SessionProblem, type SessionResult } from './check';
import type { ClassroomMode, ClockSnapshot, SessionRecord, SessionScenarioSource } from './record';

export const AUTOSAVE_PREFIX = 'cica-classroom.autosave.';
export const CLOCK_KEY = 'cica-classroom.clock';
/** Saves kept for each session. */
export const MAX_AUTOSAVES = 10;

/** The part of the Web Storage API the store uses (a Map-backed fake in tests). */
export interface SessionStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One line of the list of saves: enough to recognise a session without replaying it. */
export type SaveEntry =
  | {
    ok: true; key: string; id: string; savedAt: string; mode: ClassroomMode; scenario: SessionScenarioSource; actions: number;
    humans: string[]; name: string; teams: string[]; round: number | null; locked: boolean;
  }
  | { ok: false; key: string; problem: SessionProblem };

/** The saves of one session, newest first. */
export interface ClassSaves {
  id: string;
  saves: Array<Extract<SaveEntry, { ok: true }>>;
}

/** Autosave keys, newest first. */
export function autosaveKeys(storage: SessionStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(AUTOSAVE_PREFIX)) keys.push(k);
  }
  return keys.sort().reverse();
}

interface KeyParts {
  stamp: number;
  seq: number;
  /** The session the save belongs to ('' for saves from before keys named it). */
  session: string;
}

function keyParts(key: string): KeyParts {
  const [stamp = '0', seq = '0', ...rest] = key.slice(AUTOSAVE_PREFIX.length).split('.');
  return { stamp: Number(stamp) || 0, seq: Number(seq) || 0, session: decodeURIComponent(rest.join('.')) };
}

/** The session a save key belongs to. */
export function keySession(key: string): string {
  return keyParts(key).session;
}

/** The keys of one session's saves, newest first. */
export function sessionKeys(storage: SessionStorage, session: string): string[] {
  return autosaveKeys(storage).filter((k) => keySession(k) === session);
}

/** A key newer than every stored one, even if the computer's clock went back. */
function nextKey(storage: SessionStorage, session: string, now: number): string {
  const newest = autosaveKeys(storage)[0];
  const { stamp, seq } = newest ? keyParts(newest) : { stamp: 0, seq: 0 };
  const time = Math.max(now, stamp);
  const next = time === stamp ? seq + 1 : 0;
  return `${AUTOSAVE_PREFIX}${String(time).padStart(15, '0')}.${String(next).padStart(4, '0')}.${encodeURIComponent(session)}`;
}

function parseEntry(text: string | null): SessionResult<SessionRecord> {
  if (text === null || text === '') return { ok: false, problem: { code: 'empty' } };
  try {
    return checkShape(JSON.parse(text));
  } catch (e) {
    return { ok: false, problem: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
}

function readClock(storage: SessionStorage, key: string): ClockSnapshot | null {
  try {
    const live = JSON.parse(storage.getItem(CLOCK_KEY) ?? 'null') as { key?: unknown; clock?: unknown } | null;
    if (live?.key !== key || typeof live.clock !== 'object' || live.clock === null) return null;
    return live.clock as ClockSnapshot;
  } catch {
    return null;
  }
}

/** Every stored save, newest first; a damaged one is listed with its problem. */
export function listSaves(storage: SessionStorage): SaveEntry[] {
  return autosaveKeys(storage).map((key): SaveEntry => {
    const r = parseEntry(storage.getItem(key));
    if (!r.ok) return { ok: false, key, problem: r.problem };
    const rec = r.value;
    const humans = Object.keys(rec.seats).filter((d) => rec.seats[d] === 'human');
    const teams = humans.map((d) => rec.names[d]?.trim() ?? '').filter(Boolean);
    return {
      ok: true, key, id: rec.id, savedAt: rec.savedAt, mode: rec.mode, scenario: rec.scenario, actions: rec.actions.length,
      humans, name: rec.name?.trim() ?? '', teams, round: rec.summary?.round ?? null, locked: !!rec.lock,
    };
  });
}

/** The saves grouped by session, the session saved most recently first. */
export function listClasses(entries: readonly SaveEntry[]): ClassSaves[] {
  const groups = new Map<string, ClassSaves>();
  for (const e of entries) {
    if (!e.ok) continue;
    const g = groups.get(e.id) ?? { id: e.id, saves: [] };
    g.saves.push(e);
    groups.set(e.id, g);
  }
  return [...groups.values()];
}

/**
 * A stored save, checked through and through, with the latest state of its clock when this was
 * the save the clock was last written for (the newest one, unless another was opened since).
 */
export function loadSave(storage: SessionStorage, key: string, resolve: ScenarioResolver): SessionResult<CheckedSession> {
  const r = parseEntry(storage.getItem(key));
  if (!r.ok) return r;
  const clock = readClock(storage, key);
  if (clock) {
    const withClock = checkShape({ ...r.value, clock });
    if (withClock.ok) return checkRecord(withClock.value, resolve);
  }
  return checkRecord(r.value, resolve);
}

function tryWrite(storage: SessionStorage, key: string, text: string): boolean {
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stores a new save of `record`'s session and drops that session's saves beyond ten; other
 * sessions' saves are never touched. Returns the new key, or null when the storage is full (then
 * nothing was dropped: see `makeRoom`).
 */
export function autosave(storage: SessionStorage, record: SessionRecord, now = Date.now()): string | null {
  const key = nextKey(storage, record.id, now);
  if (!tryWrite(storage, key, JSON.stringify(record))) return null;
  for (const old of sessionKeys(storage, record.id).slice(MAX_AUTOSAVES)) storage.removeItem(old);
  saveClock(storage, key, record.clock);
  return key;
}

/**
 * What the facilitator chose once told the storage is full: delete old saves one by one until
 * `record` fits, this session's older saves first, then other sessions' oldest. Returns the new
 * key and how many saves were deleted, or null when even a lone save does not fit.
 */
export function makeRoom(storage: SessionStorage, record: SessionRecord, now = Date.now()): { key: string; dropped: number } | null {
  let dropped = 0;
  for (;;) {
    const key = autosave(storage, record, now);
    if (key) return { key, dropped };
    const own = sessionKeys(storage, record.id);
    const victim = own.length > 1 ? own[own.length - 1] : autosaveKeys(storage).filter((k) => keySession(k) !== record.id).pop() ?? own[0];
    if (!victim) return null;
    storage.removeItem(victim);
    dropped++;
  }
}

/** Writes the running clock for the save `key`; a full storage only loses the last seconds. */
export function saveClock(storage: SessionStorage, key: string, clock: ClockSnapshot): boolean {
  return tryWrite(storage, CLOCK_KEY, JSON.stringify({ key, clock }));
}

/**
 * Autosaves of classroom sessions in the browser's storage: one entry per save, the last ten
 * kept, newest first. Keys carry a time stamp so that entries sort without being read, and a
 * damaged entry only ever hides itself. The running clock changes every second, so its latest
 * state is written to a small key of its own instead of rewriting the whole newest save.
 */
import { checkRecord, checkShape, type CheckedSession, type ScenarioResolver, type SessionProblem, type SessionResult } from './check';
import type { ClassroomMode, ClockSnapshot, SessionRecord, SessionScenarioSource } from './record';

export const AUTOSAVE_PREFIX = 'cica-classroom.autosave.';
export const CLOCK_KEY = 'cica-classroom.clock';
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
  | { ok: true; key: string; id: string; savedAt: string; mode: ClassroomMode; scenario: SessionScenarioSource; actions: number; humans: string[] }
  | { ok: false; key: string; problem: SessionProblem };

/** Autosave keys, newest first. */
export function autosaveKeys(storage: SessionStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(AUTOSAVE_PREFIX)) keys.push(k);
  }
  return keys.sort().reverse();
}

/** A key newer than every stored one, even if the computer's clock went back. */
function nextKey(storage: SessionStorage, now: number): string {
  const newest = autosaveKeys(storage)[0];
  const [stamp, seq] = newest ? newest.slice(AUTOSAVE_PREFIX.length).split('.').map(Number) : [0, 0];
  const time = Math.max(now, stamp ?? 0);
  const next = time === stamp ? (seq ?? 0) + 1 : 0;
  return `${AUTOSAVE_PREFIX}${String(time).padStart(15, '0')}.${String(next).padStart(4, '0')}`;
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
    return { ok: true, key, id: rec.id, savedAt: rec.savedAt, mode: rec.mode, scenario: rec.scenario, actions: rec.actions.length, humans };
  });
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

/**
 * Stores a new save and drops the oldest beyond ten. When the storage is full, older saves make
 * room one by one. Returns the new key, or null when even a lone save does not fit.
 */
export function autosave(storage: SessionStorage, record: SessionRecord, now = Date.now()): string | null {
  const key = nextKey(storage, now);
  const text = JSON.stringify(record);
  for (;;) {
    try {
      storage.setItem(key, text);
      break;
    } catch {
      const oldest = autosaveKeys(storage).filter((k) => k !== key).pop();
      if (!oldest) return null;
      storage.removeItem(oldest);
    }
  }
  for (const old of autosaveKeys(storage).slice(MAX_AUTOSAVES)) storage.removeItem(old);
  saveClock(storage, key, record.clock);
  return key;
}

/** Writes the running clock for the save `key`; a full storage only loses the last seconds. */
export function saveClock(storage: SessionStorage, key: string, clock: ClockSnapshot): boolean {
  try {
    storage.setItem(CLOCK_KEY, JSON.stringify({ key, clock }));
    return true;
  } catch {
    return false;
  }
}

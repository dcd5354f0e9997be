/**
 * Where sessions are kept: the session's settings (its meta) and its action log, one row per
 * action. The log is appended with the length the writer expects it to have, so two writers
 * (two server processes on one database) can never both write action N: the second is told
 * `conflict`, catches up and tries again. A write resolves only once it is durable, so an
 * acknowledged action survives a crash.
 */
import type { Difficulty } from '../../ai/difficulty';
import type { DelegationId } from '../../engine';
import type { Seat } from '../../flow/conductor';
import type { TimedPhase } from '../../flow/session.machine';
import type { FacilitatorLock } from '../../session/pin';
import type { SessionScenarioSource } from '../../session/record';

export interface ClockState {
  paused: boolean;
  /** `round:phase` the clock is counting for. */
  phaseKey: string;
  /** Wall-clock ms when the phase began. */
  startedAt: number;
  /** Ms spent paused in this phase, not counting a pause in progress. */
  pausedMs: number;
  pausedAt: number | null;
}

export interface SessionMeta {
  id: string;
  /** The short code students type to join. */
  code: string;
  /** SHA-256 of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  /** SHA-256 of the keys given out later, to consoles opened on other devices with the PIN. */
  consoleKeyHashes?: string[];
  /** The class's name for the session ("Group 3B, 12 March"). */
  name?: string;
  /** The facilitator's PIN as a salted hash (src/session/pin.ts): it opens the console on another device. */
  lock?: FacilitatorLock;
  /** Minutes set aside to read the briefing packets (the printed guide's timing plan). */
  readingMinutes?: number;
  createdAt: number;
  /** After this a join code admits no one new (devices with a seat token still reconnect). */
  expiresAt: number;
  rulesVersion: number;
  scenario: SessionScenarioSource;
  seed: number;
  difficulty: Difficulty;
  seats: Record<DelegationId, Seat>;
  names: Record<DelegationId, string>;
  /** One token per seat: every device that takes the seat keeps it to come back. */
  seatTokens: Record<DelegationId, string>;
  /** Seats students have held (at the start or since): the console gives these "back" to them. Absent in older sessions. */
  studentSeats?: DelegationId[];
  /** Seats that went to AI by themselves after idling; they come back when a person returns. */
  autoAi: DelegationId[];
  /** Seconds an awaited seat with no device connected waits before going to AI (null: never). */
  idleAiSeconds: number | null;
  durations: Record<TimedPhase, number>;
  /** At time-up the server ends the phase by itself (as the local classroom's "end by itself"). */
  autoEnd?: boolean;
  clock: ClockState;
  /** Counts undos: a client's view is `epoch:length`, so a view from before an undo is never patched. */
  epoch: number;
}

export type AppendResult = 'ok' | 'conflict';

export interface StoredSession {
  meta: SessionMeta;
  /** The log as stored, one JSON text per action, in order. */
  rows: string[];
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  create(meta: SessionMeta): Promise<void>;
  load(id: string): Promise<StoredSession | null>;
  /** The session's settings alone. */
  meta(id: string): Promise<SessionMeta | null>;
  /** The settings and the rows from index `from` on, read together (how a process catches up). */
  since(id: string, from: number): Promise<StoredSession | null>;
  /** Sessions created after `since` whose clock runs on the server (auto end, idle seats to AI): opened at start. */
  timed(since: number): Promise<string[]>;
  idByCode(code: string): Promise<string | null>;
  /** Appends action number `expected` (0-based), only if the log holds exactly `expected` rows. */
  append(id: string, expected: number, action: string): Promise<AppendResult>;
  /** Cuts the log back to `length` rows, only if it holds exactly `expected` rows now. */
  truncate(id: string, expected: number, length: number): Promise<AppendResult>;
  /** The rows from index `from` on. */
  tail(id: string, from: number): Promise<string[]>;
  /** Stores the settings; a new join code replaces the old one (`conflict` if another session holds it). */
  saveMeta(meta: SessionMeta): Promise<AppendResult>;
  close(): Promise<void>;
}

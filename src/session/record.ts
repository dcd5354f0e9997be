/**
 * The classroom session record: everything needed to resume a session exactly where it stopped.
 * The game is kept as its record (scenario source, seed, seats, difficulty and the action log),
 * never as its state, so a resumed session replays through the same rules; the facilitator's
 * clock is kept as the session machine's persisted snapshot. Records carry a kind and a version
 * so that a file from elsewhere, or from a newer game, is recognised before anything is read.
 */
import { z } from 'zod';
import { DIFFICULTIES, type Difficulty } from '../ai/difficulty';
import { LoggedActionSchema, type Action, type DelegationId } from '../engine';
import type { Seat } from '../flow/conductor';
import { TIMED_PHASES, type SessionContext } from '../flow/session.machine';
import type { FacilitatorLock } from './pin';

export const SESSION_KIND = 'cica-classroom-session';
export const SESSION_VERSION = 1;

/** Facilitated on a projector (the facilitator records human delegations' moves), or hot-seat on one device. */
export const MODES = ['projector', 'hot-seat'] as const;
export type ClassroomMode = (typeof MODES)[number];

/** Where the scenario came from: bundled by id, or a file the facilitator opened (kept whole). */
export type SessionScenarioSource = { kind: 'bundled'; id: string } | { kind: 'file'; fileName: string; text: string };

/** The session machine's persisted snapshot, as `getPersistedSnapshot()` gives it. */
export interface ClockSnapshot {
  status: 'active';
  value: 'running' | 'paused';
  context: SessionContext;
  [key: string]: unknown;
}

export interface SessionRecord {
  kind: typeof SESSION_KIND;
  version: typeof SESSION_VERSION;
  /** The same for every save of one classroom session. */
  id: string;
  savedAt: string;
  mode: ClassroomMode;
  scenario: SessionScenarioSource;
  seed: number;
  difficulty: Difficulty;
  seats: Record<DelegationId, Seat>;
  /** Student or team names of the delegations played by people. */
  names: Record<DelegationId, string>;
  /** The delegation whose turn it is on a hot-seat device (null when it is nobody's). */
  turn: DelegationId | null;
  actions: Action[];
  clock: ClockSnapshot;
  /** The class's name for the session ("Group 3B, 12 March"), shown in the list of saves. */
  name?: string;
  /** The facilitator's PIN as a salted hash (src/session/pin.ts); absent when no PIN was set. */
  lock?: FacilitatorLock;
  /** Where the game stood when saved, so the list of saves shows it without replaying the log. */
  summary?: { round: number; phase: string };
  /** Minutes set aside to read the briefing packets, for the guide's timing plan. */
  readingMinutes?: number;
}

/** Far more actions than the longest game takes (a 30-round game of 40 delegations stays under 20,000). */
export const MAX_LOGGED_ACTIONS = 100_000;

const delegation = z.string().regex(/^[A-Z]{3}$/, { message: 'expected a three-letter delegation code' });
const seconds = z.number().int().min(-86_400).max(86_400);

const LoggedEntrySchema = z.object({
  at: z.number(),
  phaseKey: z.string(),
  entry: z.looseObject({ kind: z.string() }),
});

const ClockSchema = z.looseObject({
  status: z.literal('active'),
  value: z.enum(['running', 'paused']),
  context: z.object({
    durations: z.object(Object.fromEntries(TIMED_PHASES.map((p) => [p, z.number().int().min(0).max(86_400)])) as Record<(typeof TIMED_PHASES)[number], z.ZodNumber>),
    remaining: seconds,
    phaseKey: z.string(),
    autoEnd: z.boolean(),
    timed: z.boolean(),
    announced: z.boolean(),
    log: z.array(LoggedEntrySchema),
  }),
});

export const SessionRecordSchema = z.object({
  kind: z.literal(SESSION_KIND),
  version: z.literal(SESSION_VERSION),
  id: z.string().min(1).max(100),
  savedAt: z.string(),
  mode: z.enum(MODES),
  scenario: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('bundled'), id: z.string().min(1) }),
    z.object({ kind: z.literal('file'), fileName: z.string(), text: z.string().min(1) }),
  ]),
  seed: z.number().int(),
  difficulty: z.enum(DIFFICULTIES),
  seats: z.record(delegation, z.enum(['human', 'ai'])),
  names: z.record(delegation, z.string().max(200)),
  turn: z.union([delegation, z.literal('facilitator'), z.null()]),
  // Each action has the shape of its type (the engine's own schemas, ids by format): a field the
  // action does not take is refused here, with its path. Replaying then checks ids and rules.
  actions: z.array(LoggedActionSchema).max(MAX_LOGGED_ACTIONS),
  clock: ClockSchema,
  name: z.string().max(200).optional(),
  lock: z.object({ salt: z.string().regex(/^[0-9a-f]{8,64}$/), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  summary: z.object({ round: z.number().int().min(0).max(1000), phase: z.string().max(40) }).optional(),
  readingMinutes: z.number().int().min(0).max(60).optional(),
});

/** A short, located reason why data is not a valid record ("seats.KAZ: ..."), or null. */
export function recordShapeProblem(data: unknown): { path: string; detail: string } | null {
  const parsed = SessionRecordSchema.safeParse(data);
  if (parsed.success) return null;
  const first = parsed.error.issues[0]!;
  return { path: first.path.map(String).join('.') || '(root)', detail: first.message };
}

/** Data already checked by `recordShapeProblem`, typed as a record. */
export function asRecord(data: unknown): SessionRecord {
  return SessionRecordSchema.parse(data) as unknown as SessionRecord;
}

/**
 * What travels between a device and the classroom server. Every message a client sends is
 * checked here (zod) before anything reads it; the server answers with these shapes only. An
 * error is a code the page translates plus a plain English sentence, never a stack trace.
 */
import { z } from 'zod';
import type { DelegationId, PlayerView } from '../engine';
import type { TimedPhase } from '../flow/session.machine';
import type { Scenario } from '../scenario/schema';
import type { Op } from './state-diff';

/** Any message larger than this (as JSON) is refused before it is parsed further. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Socket.IO closes a connection that sends more than this in one packet. */
export const MAX_PACKET_BYTES = 256 * 1024;

const code = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{4,8}$/);
const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const seat = z.string().regex(/^[A-Z]{3}$/);
const sessionId = z.string().regex(/^s-[a-z0-9]{4,40}$/);

/** The handshake's `auth`: who this connection is. */
export const AuthSchema = z.discriminatedUnion('role', [
  /** With its seat token a device names its session, so a new join code does not cost it the seat. */
  z.strictObject({ role: z.literal('student'), code, token: token.optional(), session: sessionId.optional() }),
  z.strictObject({ role: z.literal('projector'), code }),
  z.strictObject({ role: z.literal('facilitator'), session: sessionId, key: token }),
]);
export type Auth = z.infer<typeof AuthSchema>;

export const ClaimSchema = z.strictObject({ seat: z.union([seat, z.literal('observer')]) });
/** The action is checked by the engine; here only that it is an object naming a type. */
export const ActSchema = z.strictObject({ action: z.looseObject({ type: z.string().max(40), by: z.string().max(20) }) });

export const FacilitatorCommandSchema = z.discriminatedUnion('cmd', [
  z.strictObject({ cmd: z.literal('pause') }),
  z.strictObject({ cmd: z.literal('resume') }),
  z.strictObject({ cmd: z.literal('end-phase') }),
  z.strictObject({ cmd: z.literal('undo') }),
  z.strictObject({ cmd: z.literal('seat'), seat, to: z.enum(['human', 'ai']) }),
  z.strictObject({ cmd: z.literal('idle-ai'), seconds: z.number().int().min(10).max(3600).nullable() }),
  z.strictObject({ cmd: z.literal('inject'), event: z.string().min(1).max(80) }),
  z.strictObject({ cmd: z.literal('export') }),
  /** At time-up the server ends the phase by itself. */
  z.strictObject({ cmd: z.literal('auto-end'), on: z.boolean() }),
  /** A new join code (the old one stops admitting anyone; devices with a seat keep it). */
  z.strictObject({ cmd: z.literal('new-code') }),
]);
export type FacilitatorCommand = z.infer<typeof FacilitatorCommandSchema>;

export const ERROR_CODES = [
  'bad-message', 'too-large', 'rate-limited', 'bad-code', 'expired-code', 'bad-token', 'bad-key', 'no-session',
  'not-your-seat', 'no-seat', 'seat-unknown', 'paused', 'rejected', 'damaged', 'busy', 'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ServerError {
  code: ErrorCode;
  message: string;
  /** For `rejected`: the engine's rejection code. */
  rejection?: string;
}

export type Ack<T = Record<string, never>> = ({ ok: true } & T) | { ok: false; error: ServerError };

export type Role = 'student' | 'observer' | 'projector' | 'facilitator';

export interface SeatInfo {
  id: DelegationId;
  seat: 'human' | 'ai';
  name: string;
  /** Devices connected to this seat (the facilitator's and the join screen's "taken"). */
  devices: number;
  /** An AI seat with nothing left but to close, waiting for the students to close first (the students' "closes after you"). */
  closing?: true;
}

export interface ClockInfo {
  paused: boolean;
  phaseKey: string;
  /** Seconds left when the message was sent (negative once over time); null for untimed phases. */
  remaining: number | null;
}

/** The first message after a connection: who you are and what you may pick. */
export interface Welcome {
  role: Role;
  sessionId: string;
  seat: DelegationId | null;
  /** Students keep this to come back to the seat. */
  token: string | null;
  code: string | null;
  joinUrl: string | null;
  seats: SeatInfo[];
  /** The class's name for the session, as the facilitator gave it (not a secret: the projector shows it). */
  name: string | null;
  /** Minutes set aside to read the briefing packets (for the facilitator's printed guide). */
  readingMinutes: number | null;
  /** Seconds each timed phase lasts (the printed guide's timing plan). */
  durations: Record<TimedPhase, number>;
}

/** A whole view: the game as this viewer may see it, and the scenario likewise. */
export interface FullView {
  v: string;
  game: PlayerView;
  scenario: Scenario;
  clock: ClockInfo;
}

/** The game as a round ended (before the next opening), as this viewer may see it: for the round's summary. */
export interface RoundEnd {
  round: number;
  game: PlayerView;
}

/** An update to the view held at `from`. */
export interface ViewPatch {
  from: string;
  v: string;
  ops: Op[];
  /** The viewer's offers, whole (they differ per viewer and are short). */
  offers: PlayerView['offers'];
  clock: ClockInfo;
}

/** The facilitator's table: who is connected, who has acted this phase, who is idle. */
export interface SeatStatus extends SeatInfo {
  actedThisPhase: boolean;
  idleSeconds: number;
  awaited: boolean;
  auto: boolean;
  /** Students have held this seat (at the start or since). */
  students: boolean;
}
export interface FacilitatorStatus {
  seats: SeatStatus[];
  observers: number;
  idleAiSeconds: number | null;
  autoEnd: boolean;
  code: string;
  /** The join code no longer admits new devices. */
  codeExpired: boolean;
  joinUrl: string | null;
  damaged: string | null;
}

/**
 * The sessions a server process holds: created from the setup wizard's request, opened from the
 * store on first use (after a restart, or when another process created them), kept in memory.
 */
import { z } from 'zod';
import { DIFFICULTIES } from '../ai/difficulty';
import { createGame, RULES_VERSION } from '../engine';
import { DEFAULT_DURATIONS, TIMED_PHASES } from '../flow/session.machine';
import type { ScenarioIssue } from '../scenario/issues';
import { Room, type ChangeListener } from './room';
import type { ScenarioLibrary } from './scenarios';
import { MAX_SCENARIO_BYTES } from './scenarios';
import { pinOpens } from '../session/pin';
import { hashKey, newJoinCode, newSessionId, newToken } from './secrets';
import type { SessionMeta, Store } from './store/store';

/** A join code admits new students for this long; seat tokens keep working after it. */
export const CODE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** A server that starts opens the sessions with a server clock created this recently. */
const TIMED_SESSIONS_MS = 7 * 24 * 60 * 60 * 1000;

const seat = z.string().regex(/^[A-Z]{3}$/);
export const CreateSessionSchema = z.strictObject({
  scenario: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('bundled'), id: z.string().min(1).max(80) }),
    z.strictObject({ kind: z.literal('file'), fileName: z.string().min(1).max(200), text: z.string().min(1).max(MAX_SCENARIO_BYTES) }),
  ]),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
  difficulty: z.enum(DIFFICULTIES).default('normal'),
  seats: z.record(seat, z.enum(['human', 'ai'])).refine((r) => Object.keys(r).length <= 200, 'too many seats'),
  names: z.record(seat, z.string().max(80)).default({}),
  durations: z.strictObject(Object.fromEntries(TIMED_PHASES.map((p) => [p, z.number().int().min(10).max(86_400).optional()])) as Record<(typeof TIMED_PHASES)[number], z.ZodOptional<z.ZodNumber>>).optional(),
  idleAiSeconds: z.number().int().min(10).max(3600).nullable().default(null),
  /** At time-up the server ends the phase by itself. */
  autoEnd: z.boolean().default(false),
  name: z.string().max(120).optional(),
  readingMinutes: z.number().int().min(0).max(240).optional(),
  /** The PIN's salted hash, made on the facilitator's device: the server never learns the PIN from it. */
  lock: z.strictObject({ salt: z.string().regex(/^[0-9a-f]{8,64}$/), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});
export type CreateSession = z.input<typeof CreateSessionSchema>;

const ConsoleSchema = z.strictObject({ code: z.string().regex(/^[A-Za-z0-9]{4,8}$/), pin: z.string().regex(/^[0-9]{4,12}$/) });

export type CreateResult =
  | { ok: true; id: string; code: string; key: string }
  | { ok: false; status: number; message: string; issues?: Pick<ScenarioIssue, 'file' | 'line' | 'column' | 'path' | 'code' | 'message'>[] };

export type ConsoleResult = { ok: true; id: string; key: string } | { ok: false; status: number; message: string };

/** Wrong PINs a session takes in a window before it refuses to try more: a 4-digit PIN is not guessed in a lesson. */
export const PIN_TRIES = 5;
export const PIN_WINDOW_MS = 10 * 60 * 1000;
/** Consoles opened with the PIN that keep their key (the oldest key stops working past this). */
const MAX_CONSOLE_KEYS = 8;

export class Sessions {
  private rooms = new Map<string, Promise<Room | null>>();
  /** Wrong PINs per session: when the window began and how many. */
  private wrongPins = new Map<string, { since: number; n: number }>();

  constructor(readonly store: Store, readonly library: ScenarioLibrary, private readonly onChange: ChangeListener) {}

  /** The session's room, opened from the store on first use; null when there is no such session. */
  get(id: string): Promise<Room | null> {
    let r = this.rooms.get(id);
    if (!r) {
      r = Room.open(this.store, this.library, id, this.onChange);
      this.rooms.set(id, r);
      r.then((room) => room ?? this.rooms.delete(id), () => this.rooms.delete(id));
    }
    return r;
  }

  openIds(): string[] {
    return [...this.rooms.keys()];
  }

  /** A room already open in this process (for notices from other processes). */
  loaded(id: string): Promise<Room | null> | undefined {
    return this.rooms.get(id);
  }

  /**
   * Opens the recent sessions whose clock runs on the server (the end of a phase at time-up, idle
   * seats to the AI), so a restarted server keeps their time without waiting for a device.
   */
  async openTimed(now = Date.now()): Promise<void> {
    for (const id of await this.store.timed(now - TIMED_SESSIONS_MS)) await this.get(id);
  }

  async byCode(code: string): Promise<Room | null> {
    const id = await this.store.idByCode(code.toUpperCase());
    return id ? this.get(id) : null;
  }

  /**
   * Opens the facilitator's console on another device: the join code names the session, its PIN
   * proves the facilitator. Answers with a new facilitator key for that device; a session created
   * without a PIN is opened only from the device that created it.
   */
  async openConsole(body: unknown, now = Date.now()): Promise<ConsoleResult> {
    const parsed = ConsoleSchema.safeParse(body);
    if (!parsed.success) return { ok: false, status: 400, message: 'Give the session\'s join code and the facilitator PIN (4 to 12 digits).' };
    const room = await this.byCode(parsed.data.code);
    if (!room) return { ok: false, status: 404, message: 'No session has this join code.' };
    const id = room.meta.id;
    if (!room.meta.lock) return { ok: false, status: 403, message: 'This session has no facilitator PIN: its console opens only on the device that created it.' };
    const tries = this.wrongPins.get(id);
    const recent = tries && now - tries.since < PIN_WINDOW_MS ? tries : null;
    if (recent && recent.n >= PIN_TRIES) {
      const minutes = Math.ceil((recent.since + PIN_WINDOW_MS - now) / 60_000);
      return { ok: false, status: 429, message: `Too many wrong PINs: try again in ${minutes} min.` };
    }
    if (!(await pinOpens(room.meta.lock, parsed.data.pin))) {
      this.wrongPins.set(id, recent ? { since: recent.since, n: recent.n + 1 } : { since: now, n: 1 });
      return { ok: false, status: 403, message: 'This PIN does not open the session\'s console.' };
    }
    this.wrongPins.delete(id);
    const key = newToken();
    const r = await room.update((m) => ({ ...m, consoleKeyHashes: [...(m.consoleKeyHashes ?? []), hashKey(key)].slice(-MAX_CONSOLE_KEYS) }));
    if (r !== 'ok') return { ok: false, status: 409, message: 'The session is busy: try again.' };
    return { ok: true, id, key };
  }

  async create(body: unknown): Promise<CreateResult> {
    const parsed = CreateSessionSchema.safeParse(body);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      return { ok: false, status: 400, message: `${i.path.map(String).join('.') || 'request'}: ${i.message}` };
    }
    const req = parsed.data;
    const result = this.library.resolve(req.scenario);
    if (!result.ok) {
      const issues = result.errors.slice(0, 20).map(({ file, line, column, path, code, message }) => ({ file, line, column, path, code, message }));
      return { ok: false, status: 422, message: 'The scenario has errors.', issues };
    }
    const seed = req.seed ?? Math.floor(Math.random() * 2 ** 31);
    const players = createGame(result.scenario, seed).players;
    const unknown = Object.keys(req.seats).find((d) => !players.includes(d));
    if (unknown) return { ok: false, status: 400, message: `seats.${unknown}: this scenario has no such player delegation` };
    const seats = Object.fromEntries(players.map((d) => [d, req.seats[d] ?? 'ai'] as const));
    const key = newToken();
    const now = Date.now();
    const game = createGame(result.scenario, seed);
    for (let attempt = 0; ; attempt++) {
      const meta: SessionMeta = {
        id: newSessionId(), code: newJoinCode(), facilitatorKeyHash: hashKey(key), createdAt: now, expiresAt: now + CODE_LIFETIME_MS,
        rulesVersion: RULES_VERSION, scenario: req.scenario, seed, difficulty: req.difficulty, seats,
        names: Object.fromEntries(Object.entries(req.names).filter(([d, n]) => players.includes(d) && n.trim() !== '')),
        seatTokens: Object.fromEntries(players.map((d) => [d, newToken()])), autoAi: [],
        studentSeats: players.filter((d) => seats[d] === 'human'), idleAiSeconds: req.idleAiSeconds, autoEnd: req.autoEnd,
        ...(req.name?.trim() ? { name: req.name.trim() } : {}),
        ...(req.readingMinutes !== undefined ? { readingMinutes: req.readingMinutes } : {}),
        ...(req.lock ? { lock: req.lock } : {}),
        durations: { ...DEFAULT_DURATIONS, ...Object.fromEntries(Object.entries(req.durations ?? {}).filter(([, v]) => v !== undefined)) },
        clock: { paused: false, phaseKey: `${game.round}:${game.phase}`, startedAt: now, pausedMs: 0, pausedAt: null },
        epoch: 0,
      };
      try {
        await this.store.create(meta);
        return { ok: true, id: meta.id, code: meta.code, key };
      } catch (e) {
        // A join code already in use: draw another.
        if (attempt >= 5) throw e;
      }
    }
  }
}

/**
 * A classroom session: the game session with several delegations played by people, the
 * facilitator's clock (the session machine) wrapped around it, the facilitator's controls, and an
 * autosave after every change. It extends the solo `GameSession`, so the game screen and its
 * panels work unchanged: `me` is whichever person's turn it is (see src/session/turns.ts), and
 * on a hot-seat device `handoff` hides the screen whenever the device passes to someone else.
 */
import { createActor, type Actor, type ActorOptions, type Snapshot } from 'xstate';
import { FACILITATOR, type Action, type DelegationId, type Rejection } from '../../engine';
import type { Seat } from '../../flow/conductor';
import { sessionMachine, type TimedPhase } from '../../flow/session.machine';
import type { Effect, Scenario } from '../../scenario/schema';
import type { Difficulty } from '../../ai/difficulty';
import { SESSION_KIND, SESSION_VERSION, type ClassroomMode, type ClockSnapshot, type SessionRecord, type SessionScenarioSource } from '../../session/record';
import { pinOpens, type FacilitatorLock } from '../../session/pin';
import { autosave, makeRoom, saveClock, type SessionStorage } from '../../session/store';
import { nextTurn, turnKey } from '../../session/turns';
import { GameSession } from '../game-session';

export interface ClassroomOptions {
  id: string;
  scenario: Scenario;
  source: SessionScenarioSource;
  seed: number;
  difficulty: Difficulty;
  mode: ClassroomMode;
  seats: Record<DelegationId, Seat>;
  names: Record<DelegationId, string>;
  /** Phase durations in seconds for a new session (a restored one keeps its clock's). */
  durations?: Partial<Record<TimedPhase, number>>;
  autoEnd?: boolean;
  log?: Action[];
  /** The persisted clock of a restored session. */
  clock?: ClockSnapshot;
  turn?: DelegationId | null;
  /** The class's name for the session (class and date). */
  name?: string;
  /** The facilitator's PIN, as its salted hash. */
  lock?: FacilitatorLock;
  /** Minutes to read the packets, for the guide's timing plan. */
  readingMinutes?: number;
  /** The stored save this session resumes: it is not saved again until something changes. */
  resumedFrom?: string;
  storage?: SessionStorage | null;
  schedule?: (fn: () => void) => void;
  budgetMs?: number;
  /** The clock's time source (XState's SimulatedClock in tests). */
  timer?: ActorOptions<typeof sessionMachine>['clock'];
}

type Listener = () => void;

/** A fresh session id: random, so two classes' saves never mix. */
export function newSessionId(): string {
  const buf = new Uint32Array(2);
  globalThis.crypto.getRandomValues(buf);
  return `s-${buf[0]!.toString(36)}${buf[1]!.toString(36)}`;
}

export class ClassroomSession extends GameSession {
  /** Whose turn it is: a delegation played by a person, or the facilitator when nobody is seated. */
  declare me: DelegationId;
  readonly id: string;
  readonly mode: ClassroomMode;
  readonly clock: Actor<typeof sessionMachine>;
  names: Record<DelegationId, string>;
  readonly name: string;
  readonly readingMinutes: number;
  readonly lock: FacilitatorLock | null;
  /**
   * Whether the facilitator's controls are open: always without a PIN; with one, from a right
   * PIN until the console closes or the device passes to another delegation.
   */
  unlocked: boolean;
  /** The storage is full: the last change is not saved, and nothing was dropped to make room. */
  storageFull = false;
  /** Hot-seat: the device has passed to `me`, whose screen stays hidden until they reveal it. */
  handoff = false;
  /** Counts turns, so a new turn mounts a fresh game screen (nothing of the last player's view survives). */
  turn = 0;
  private turnStartedAt = '';
  private phaseSent = '';
  private savedAs = '';
  private saveKey: string | null = null;
  private readonly store: SessionStorage | null;
  private readonly order: DelegationId[];
  private readonly own = new Set<Listener>();

  constructor(o: ClassroomOptions) {
    super({
      scenario: o.scenario, source: o.source, me: FACILITATOR, difficulty: o.difficulty, seed: o.seed,
      log: o.log ?? [], storage: null, schedule: o.schedule, budgetMs: o.budgetMs,
    });
    this.id = o.id;
    this.mode = o.mode;
    this.name = o.name?.trim() ?? '';
    this.readingMinutes = o.readingMinutes ?? 0;
    this.lock = o.lock ?? null;
    this.unlocked = this.lock === null;
    this.names = { ...o.names };
    this.store = o.storage ?? null;
    this.order = o.scenario.delegations.map((d) => d.id);
    for (const [d, seat] of Object.entries(o.seats)) if (seat === 'human') this.conductor.setSeat(d, 'human');
    this.snapshot = this.conductor.snapshot();
    if (o.turn && this.snapshot.seats[o.turn] === 'human') {
      this.me = o.turn;
      this.turnStartedAt = turnKey(this.game);
    }
    this.retarget();
    this.handoff = this.mode === 'hot-seat' && this.me !== FACILITATOR;
    const game = this.game;
    // An explicit `clock: undefined` would replace XState's default clock, so it is left out instead.
    const timer = o.timer ? { clock: o.timer } : {};
    // A stored clock was checked against the record schema (src/session/record.ts) before it got here.
    this.clock = o.clock
      ? createActor(sessionMachine, { snapshot: o.clock as unknown as Snapshot<unknown>, input: {}, ...timer })
      : createActor(sessionMachine, { input: { durations: o.durations, autoEnd: o.autoEnd, phase: game.phase, phaseKey: `${game.round}:${game.phase}` }, ...timer });
    this.clock.on('phase.end-requested', () => {
      this.act({ type: 'facilitator.end-phase', by: FACILITATOR });
    });
    this.clock.start();
    if (o.clock) this.clock.send({ type: 'session.restored' });
    this.phaseSent = this.clock.getSnapshot().context.phaseKey;
    this.clock.subscribe(() => {
      if (this.store && this.saveKey) saveClock(this.store, this.saveKey, this.clockSnapshot());
    });
    super.subscribe(() => this.changed());
    if (o.resumedFrom && this.store) {
      this.retarget();
      this.savedAs = this.signature();
      this.saveKey = o.resumedFrom;
    }
    this.changed();
  }

  /** Opens the facilitator's controls when `pin` is the session's PIN. */
  async unlock(pin: string): Promise<boolean> {
    if (!this.lock) return true;
    const ok = await pinOpens(this.lock, pin);
    if (ok && !this.unlocked) {
      this.unlocked = true;
      this.notify();
    }
    return ok;
  }

  /** Closes the facilitator's controls again (no-op without a PIN). */
  relock(): void {
    if (!this.lock || !this.unlocked) return;
    this.unlocked = false;
    this.notify();
  }

  override subscribe(listener: Listener): () => void {
    const off = super.subscribe(listener);
    this.own.add(listener);
    return () => {
      off();
      this.own.delete(listener);
    };
  }

  /** Tells every view about a change the base session does not announce (seats, turns, undo). */
  private notify(): void {
    this.changed();
    for (const l of this.own) l();
  }

  override runAi(afterPlayer = false): void {
    this.retarget();
    super.runAi(afterPlayer);
  }

  /** Delegations played by people, in seat order. */
  humans(): DelegationId[] {
    return this.order.filter((d) => this.snapshot.seats[d] === 'human');
  }

  private retarget(): void {
    const snap = this.conductor.snapshot();
    const key = turnKey(snap.game);
    const humans = this.order.filter((d) => snap.seats[d] === 'human');
    const next = nextTurn({ current: this.me, currentKey: this.turnStartedAt, key, awaitingHumans: snap.awaitingHumans, humans });
    if (next !== this.me) {
      if (this.mode === 'hot-seat' && next !== FACILITATOR) this.handoff = true;
      this.me = next;
      this.turn++;
    }
    this.turnStartedAt = key;
  }

  private changed(): void {
    this.retarget();
    const g = this.conductor.game;
    const phaseKey = `${g.round}:${g.phase}`;
    if (phaseKey !== this.phaseSent) {
      this.phaseSent = phaseKey;
      this.clock.send({ type: 'game.phase', phaseKey, phase: g.phase });
    }
    this.autosave();
  }

  private signature(): string {
    const snap = this.conductor.snapshot();
    return JSON.stringify([snap.log.length, snap.seats, this.names, this.me]);
  }

  private autosave(): void {
    if (!this.store) return;
    const signature = this.signature();
    if (signature === this.savedAs) return;
    const key = autosave(this.store, this.sessionRecord());
    this.storageFull = key === null;
    this.saveFailed = this.storageFull;
    // A failed save is tried again at the next change, or when the facilitator makes room.
    if (key) {
      this.savedAs = signature;
      this.saveKey = key;
    }
  }

  /** The facilitator's answer to a full storage: deletes old saves until this one fits. Returns how many went. */
  makeRoom(): number | null {
    if (!this.store) return null;
    const room = makeRoom(this.store, this.sessionRecord());
    if (!room) return null;
    this.saveKey = room.key;
    this.savedAs = this.signature();
    this.storageFull = false;
    this.saveFailed = false;
    this.notify();
    return room.dropped;
  }

  private clockSnapshot(): ClockSnapshot {
    return JSON.parse(JSON.stringify(this.clock.getPersistedSnapshot())) as ClockSnapshot;
  }

  /** The session as it is saved and exported. */
  sessionRecord(): SessionRecord {
    const snap = this.conductor.snapshot();
    return {
      kind: SESSION_KIND, version: SESSION_VERSION, id: this.id, savedAt: new Date().toISOString(), mode: this.mode,
      scenario: this.source, seed: this.seed, difficulty: this.difficulty, seats: { ...snap.seats }, names: { ...this.names },
      turn: this.me, actions: [...snap.log], clock: this.clockSnapshot(),
      ...(this.name ? { name: this.name } : {}), ...(this.lock ? { lock: this.lock } : {}),
      summary: { round: snap.game.round, phase: snap.game.phase }, readingMinutes: this.readingMinutes,
    };
  }

  /** The next person has the device and shows their screen. */
  reveal(): void {
    this.handoff = false;
    if (this.lock) this.unlocked = false;
    this.turn++;
    this.notify();
  }

  pause(): void {
    this.clock.send({ type: 'session.pause' });
  }

  resume(): void {
    this.clock.send({ type: 'session.resume' });
  }

  extend(seconds: number): void {
    this.clock.send({ type: 'timer.extend', seconds });
  }

  setDuration(phase: TimedPhase, seconds: number): void {
    this.clock.send({ type: 'timer.set', phase, seconds });
  }

  setAutoEnd(value: boolean): void {
    this.clock.send({ type: 'timer.auto-end', value });
  }

  /** Ends the phase now (in the plenary: calls the question on the item under discussion). */
  endPhase(): void {
    this.clock.send({ type: 'phase.end' });
  }

  /** Fires an event of the scenario's deck now. */
  inject(event: string): Rejection | null {
    const rejection = this.act({ type: 'facilitator.inject', by: FACILITATOR, event });
    if (!rejection) this.clock.send({ type: 'event.inject', event });
    return rejection;
  }

  /** Applies one-off effects the facilitator composed; the engine checks them like a scenario's. */
  injectEffects(effects: Effect[]): Rejection | null {
    const rejection = this.act({ type: 'facilitator.inject', by: FACILITATOR, effects });
    if (!rejection) this.clock.send({ type: 'effects.inject', count: effects.length });
    return rejection;
  }

  /** Puts a person in a seat (with their name) or the AI (autopilot for an absent student). */
  setSeat(delegation: DelegationId, seat: Seat, name?: string): void {
    if (this.snapshot.seats[delegation] === seat) return;
    this.conductor.setSeat(delegation, seat);
    if (name !== undefined) this.names = { ...this.names, [delegation]: name };
    this.snapshot = this.conductor.snapshot();
    this.clock.send({ type: 'seat.switch', delegation, seat });
    this.notify();
    this.runAi();
  }

  /** Changes the student or team name shown for a delegation. */
  rename(delegation: DelegationId, name: string): void {
    this.names = { ...this.names, [delegation]: name };
    this.notify();
  }

  /** The action `undo` would take back, if any. */
  undoable(): Action | null {
    const log = this.snapshot.log;
    for (let i = log.length - 1; i >= 0; i--) if (this.snapshot.seats[log[i]!.by] !== 'ai') return log[i]!;
    return null;
  }

  /** Takes back the last action of a person or the facilitator (and the AI moves after it); that person has the turn again. */
  undo(): Action | null {
    if (this.aiBusy) return null;
    const undone = this.conductor.undo();
    if (!undone) return null;
    this.snapshot = this.conductor.snapshot();
    this.rejection = null;
    this.clock.send({ type: 'action.undo', action: undone.type });
    if (this.snapshot.seats[undone.by] === 'human' && undone.by !== this.me) {
      this.me = undone.by;
      this.turn++;
      if (this.mode === 'hot-seat') this.handoff = true;
    }
    this.turnStartedAt = turnKey(this.game);
    this.notify();
    this.runAi();
    return undone;
  }

  override stop(): void {
    this.clock.stop();
    this.own.clear();
    super.stop();
  }
}

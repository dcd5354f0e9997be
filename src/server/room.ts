/**
 * One classroom session on the server: its settings, the game replayed from its stored log, and
 * every change to it. Changes run one at a time (a queue per session); an action is checked by
 * the engine, written with the log's expected length, and only then taken into the game and
 * acknowledged. A log that no longer replays marks the session damaged: it is reported and
 * never served.
 */
import { applyAction, awaited, replay, ReplayError, roundEndState, RULES_VERSION, type Action, type DelegationId, type GameState } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { ScenarioLibrary } from './scenarios';
import type { SessionMeta, Store } from './store/store';

export type RoomResult = { ok: true } | { ok: false; code: 'rejected' | 'paused' | 'damaged' | 'busy'; message: string; rejection?: string };

/**
 * Told after every change, with the game before it (null when the views must be sent whole).
 * `appended` is the stored row when the change was exactly one action and nothing else (so
 * another process can take it in from the notice, without reading the store).
 */
export type ChangeListener = (room: Room, before: GameState | null, local: boolean, appended?: string) => void;

/** What a process tells the others after a change of its own. */
export interface ChangeNotice {
  id: string;
  epoch: number;
  /** The log's length after the change. */
  length: number;
  /** The row appended, when the change was exactly one action. */
  action?: string;
}

export class Room {
  meta: SessionMeta;
  scenario: Scenario | null;
  game: GameState | null;
  log: Action[];
  /** Why the stored session cannot be served, or null. */
  damaged: string | null;
  /** When each seat last acted, and in which phase. */
  lastActed: Record<DelegationId, { at: number; phaseKey: string }> = {};
  /** When each seat last had a device connected (for the idle-to-AI switch). */
  lastSeen: Record<DelegationId, number> = {};
  /**
   * The game as the last round ended, before the next opening (its events and income), when
   * this process saw the one action that ended it: devices show the round's summary from it.
   */
  lastRoundEnd: GameState | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly store: Store,
    meta: SessionMeta,
    scenario: Scenario | null,
    game: GameState | null,
    log: Action[],
    damaged: string | null,
    private readonly onChange: ChangeListener,
  ) {
    this.meta = meta;
    this.scenario = scenario;
    this.game = game;
    this.log = log;
    this.damaged = damaged;
    const now = Date.now();
    for (const id of Object.keys(meta.seats)) this.lastSeen[id] = now;
  }

  /** Loads a session from the store and replays its log; null when there is no such session. */
  static async open(store: Store, library: ScenarioLibrary, id: string, onChange: ChangeListener): Promise<Room | null> {
    const stored = await store.load(id);
    if (!stored) return null;
    const r = rebuild(library, stored.meta, stored.rows);
    const room = new Room(store, stored.meta, r.scenario, r.game, r.log, r.damaged, onChange);
    room.lastActed = r.acted;
    return room;
  }

  get phaseKey(): string {
    return this.game ? phaseKeyOf(this.game) : '';
  }

  get version(): string {
    return `${this.meta.epoch}:${this.log.length}`;
  }

  /** Runs `fn` after every change queued before it. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Checks and stores one action; resolves once it is durable (or refused). With `inPhase`, the
   * action holds only while the game is still in that `round:phase` (the clock's end of a phase,
   * which two processes may both send: the second finds the phase already over).
   */
  act(action: Action, fromFacilitator = false, inPhase?: string): Promise<RoomResult> {
    return this.serial(() => this.actNow(action, fromFacilitator, inPhase));
  }

  private async actNow(action: Action, fromFacilitator: boolean, inPhase?: string): Promise<RoomResult> {
    for (let attempt = 0; attempt < 4; attempt++) {
      if (this.damaged || !this.game || !this.scenario) return { ok: false, code: 'damaged', message: `This session cannot be played: ${this.damaged}` };
      if (inPhase !== undefined && inPhase !== this.phaseKey) return { ok: false, code: 'rejected', message: 'The phase has already ended.', rejection: 'wrong-phase' };
      if (this.meta.clock.paused && !fromFacilitator) return { ok: false, code: 'paused', message: 'The facilitator has paused the session.' };
      const r = applyAction(this.scenario, this.game, action);
      if (!r.ok) return { ok: false, code: 'rejected', message: r.rejection.message, rejection: r.rejection.code };
      const row = JSON.stringify(action);
      const stored = await this.store.append(this.meta.id, this.log.length, row);
      if (stored === 'conflict') {
        // Another process wrote first: take in what it wrote, then check the action again.
        await this.catchUpNow();
        continue;
      }
      const before = this.game;
      this.log = [...this.log, action];
      this.game = r.state;
      this.noteActed(action, before);
      this.noteRoundEnd(before, action);
      const clockMoved = await this.followPhase(before);
      this.onChange(this, before, true, clockMoved ? undefined : row);
      return { ok: true };
    }
    return { ok: false, code: 'busy', message: 'The session is busy; send the action again.' };
  }

  private noteRoundEnd(before: GameState, action: Action): void {
    this.lastRoundEnd = this.scenario && this.game && this.game.round > before.round ? roundEndState(this.scenario, before, [action]) : null;
  }

  /** An action counts in the phase it was taken in (the last "ready" of a phase belongs to that phase, not the next). */
  private noteActed(action: Action, before: GameState): void {
    if (action.by !== 'facilitator') this.lastActed[action.by] = { at: Date.now(), phaseKey: phaseKeyOf(before) };
  }

  /** A new phase restarts the clock (a pause carries over); true when the settings were stored. */
  private async followPhase(before: GameState): Promise<boolean> {
    const key = this.phaseKey;
    if (key === `${before.round}:${before.phase}` && key === this.meta.clock.phaseKey) return false;
    const now = Date.now();
    this.meta = { ...this.meta, clock: { ...this.meta.clock, phaseKey: key, startedAt: now, pausedMs: 0, pausedAt: this.meta.clock.paused ? now : null } };
    await this.store.saveMeta(this.meta);
    return true;
  }

  /**
   * Another process's notice of a change: one action right after this process's log is taken in
   * from the notice; anything else (a gap, an undo, new settings) is read from the store.
   */
  takeNotice(n: ChangeNotice): Promise<void> {
    return this.serial(async () => {
      // An action this process already took in (after a conflict of its own, or from the store).
      if (n.action !== undefined && n.epoch === this.meta.epoch && n.length <= this.log.length) return;
      if (n.action !== undefined && n.epoch === this.meta.epoch && n.length === this.log.length + 1 && this.game && this.scenario && !this.damaged) {
        const action = parseRow(n.action);
        const r = action ? applyAction(this.scenario, this.game, action) : null;
        if (action && r?.ok) {
          const before = this.game;
          this.game = r.state;
          this.log = [...this.log, action];
          this.noteActed(action, before);
          this.noteRoundEnd(before, action);
          this.onChange(this, before, false);
          return;
        }
      }
      await this.catchUpNow();
    });
  }

  /** Takes in what other processes wrote since this one last looked. */
  catchUp(): Promise<void> {
    return this.serial(() => this.catchUpNow());
  }

  private async catchUpNow(): Promise<void> {
    const stored = await this.store.since(this.meta.id, this.log.length);
    if (!stored) return;
    const { meta, rows } = stored;
    const before = this.game;
    const metaChanged = JSON.stringify(meta) !== JSON.stringify(this.meta);
    if (meta.epoch === this.meta.epoch && this.game && this.scenario && !this.damaged) {
      let game = this.game;
      const log = [...this.log];
      const acted: Array<[Action, GameState]> = [];
      for (const row of rows) {
        const action = parseRow(row);
        const r = action ? applyAction(this.scenario, game, action) : null;
        if (!action || !r || !r.ok) {
          this.damaged = `action ${log.length + 1} in the store does not replay`;
          this.onChange(this, null, false);
          return;
        }
        acted.push([action, game]);
        game = r.state;
        log.push(action);
      }
      this.meta = meta;
      if (log.length === this.log.length) {
        if (metaChanged) this.onChange(this, before, false);
        return;
      }
      this.game = game;
      this.log = log;
      for (const [a, before] of acted) this.noteActed(a, before);
      this.onChange(this, before, false);
      return;
    }
    this.meta = meta;
    const all = await this.store.load(this.meta.id);
    this.reload(all?.rows ?? [], false);
  }

  private reload(rows: string[], local: boolean): void {
    const r = rebuildWith(this.scenario, this.meta, rows);
    this.game = r.game;
    this.log = r.log;
    this.damaged = r.damaged;
    this.lastActed = r.acted;
    this.onChange(this, null, local);
  }

  /**
   * Changes the session's settings (seat, clock...) and stores them, after taking in what other
   * processes stored (the settings are one record: a change is made to the newest). `conflict`
   * when the store refused them (a join code another session holds); nothing changes then.
   */
  update(change: (meta: SessionMeta) => SessionMeta): Promise<'ok' | 'conflict'> {
    return this.serial(async () => {
      await this.catchUpNow();
      const next = change(this.meta);
      if (next === this.meta) return 'ok';
      if ((await this.store.saveMeta(next)) === 'conflict') return 'conflict';
      this.meta = next;
      this.onChange(this, this.game, true);
      return 'ok';
    });
  }

  /**
   * Takes back the last action of a person or the facilitator, with every AI action after it.
   * Returns the action taken back, or null.
   */
  undo(): Promise<Action | null> {
    return this.serial(async () => {
      let i = this.log.length - 1;
      while (i >= 0 && this.log[i]!.by !== 'facilitator' && this.meta.seats[this.log[i]!.by] === 'ai') i--;
      if (i < 0) return null;
      const undone = this.log[i]!;
      if ((await this.store.truncate(this.meta.id, this.log.length, i)) === 'conflict') {
        await this.catchUpNow();
        return null;
      }
      this.meta = { ...this.meta, epoch: this.meta.epoch + 1 };
      await this.store.saveMeta(this.meta);
      const stored = await this.store.load(this.meta.id);
      this.reload(stored?.rows ?? [], true);
      return undone;
    });
  }

  /** Delegations the game waits for now. */
  awaiting(): DelegationId[] {
    return this.game && this.scenario && !this.damaged ? awaited(this.scenario, this.game) : [];
  }

  /** Seconds left in the phase (negative once over time), or null when the phase has no clock. */
  remaining(now = Date.now()): number | null {
    const phase = this.game?.phase;
    if (phase !== 'consultations' && phase !== 'plenary' && phase !== 'implementation') return null;
    const c = this.meta.clock;
    const elapsed = now - c.startedAt - c.pausedMs - (c.paused && c.pausedAt ? now - c.pausedAt : 0);
    return Math.round(this.meta.durations[phase] - elapsed / 1000);
  }
}

const phaseKeyOf = (g: GameState): string => `${g.round}:${g.phase}`;

export function parseRow(row: string): Action | null {
  try {
    const a = JSON.parse(row) as unknown;
    return a && typeof a === 'object' && typeof (a as Action).type === 'string' && typeof (a as Action).by === 'string' ? (a as Action) : null;
  } catch {
    return null;
  }
}

interface Rebuilt {
  scenario: Scenario | null;
  game: GameState | null;
  log: Action[];
  damaged: string | null;
  /**
   * Each seat's last action and its phase, as the log tells it: a restarted server still knows
   * who has acted this phase. The log keeps no times, so an action counts from its phase's start.
   */
  acted: Room['lastActed'];
}

function rebuild(library: ScenarioLibrary, meta: SessionMeta, rows: string[]): Rebuilt {
  return rebuildWith(null, meta, rows, library);
}

/** Replays stored rows; any failure is named, and no game is kept that could be served wrongly. */
function rebuildWith(known: Scenario | null, meta: SessionMeta, rows: string[], library?: ScenarioLibrary): Rebuilt {
  const none = (damaged: string, scenario: Scenario | null = known): Rebuilt => ({ scenario, game: null, log: [], damaged, acted: {} });
  if (meta.rulesVersion !== RULES_VERSION) return none(`it was played under rules version ${meta.rulesVersion}, and this server runs version ${RULES_VERSION}`);
  let scenario = known;
  if (!scenario) {
    if (!library) return none('its scenario is not loaded', null);
    const r = library.resolve(meta.scenario);
    if (!r.ok) return none(`its scenario no longer loads (${r.errors[0]?.message ?? 'unknown problem'})`, null);
    scenario = r.scenario;
  }
  const log: Action[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = parseRow(rows[i]!);
    if (!a) return none(`stored action ${i + 1} is damaged`, scenario);
    log.push(a);
  }
  try {
    const acted: Rebuilt['acted'] = {};
    const game = replay(scenario, meta.seed, log, (state, action) => {
      if (action.by !== 'facilitator') acted[action.by] = { at: meta.clock.startedAt, phaseKey: phaseKeyOf(state) };
    });
    return { scenario, game, log, damaged: null, acted };
  } catch (e) {
    if (e instanceof ReplayError) return none(`stored action ${e.index + 1} (${e.action.type}) no longer replays: ${e.reason}`, scenario);
    return none('its log does not replay', scenario);
  }
}

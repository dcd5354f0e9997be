/**
 * One game in the browser: the conductor with the player's seat, AI turns run in small chunks
 * so the page never freezes, the autosave after every action, and the state at the start of
 * each round (for the round summaries). Components read it and call `act`; they never change
 * the game any other way.
 */
import { applyAction, createGame, roundEndState, RULES_VERSION, type Action, type DelegationId, type GameState, type Rejection } from '../engine';
import { Conductor, type ConductorSnapshot, type Seat } from '../flow/conductor';
import type { Scenario } from '../scenario/schema';
import type { Difficulty } from '../ai/difficulty';
import { policyFor } from './policy';
import { SAVE_VERSION, writeSave, type SaveRecord, type ScenarioSource } from './save';

export interface SessionOptions {
  scenario: Scenario;
  source: ScenarioSource;
  me: DelegationId;
  difficulty: Difficulty;
  seed: number;
  log?: Action[];
  storage?: Pick<Storage, 'setItem'> | null;
  /** How the session yields to the browser between AI chunks (setTimeout by default). */
  schedule?: (fn: () => void) => void;
  /** Milliseconds of AI work per chunk before yielding. */
  budgetMs?: number;
}

type Listener = () => void;

/** How often the progress of AI turns is redrawn. */
const PROGRESS_MS = 400;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class GameSession {
  readonly conductor: Conductor;
  readonly scenario: Scenario;
  readonly source: ScenarioSource;
  readonly me: DelegationId;
  readonly difficulty: Difficulty;
  readonly seed: number;
  /** The latest snapshot the UI should draw. */
  snapshot: ConductorSnapshot;
  /** True while AI delegations are taking their turns. */
  aiBusy = false;
  /** AI actions taken in the current run, for the progress message. */
  aiSteps = 0;
  /** The last refusal of the player's own action, cleared by the next accepted one. */
  rejection: Rejection | null = null;
  /** The game as each round's consultations opened, by round number. */
  readonly roundStart = new Map<number, GameState>();
  /** How many actions of the log had been taken when each round's consultations opened. */
  private readonly roundStartAt = new Map<number, number>();
  /** The game as each finished round's review ended, worked out when first asked for. */
  private readonly roundEnds = new Map<number, { end: GameState; next: GameState | undefined }>();
  /** Rounds that have ended and whose summary the player has not dismissed yet. */
  pendingSummaries: number[] = [];
  /** Whether the autosave failed (storage full or disabled). */
  saveFailed = false;
  private listeners = new Set<Listener>();
  private lastRound: number;
  private concludedSeen: boolean;
  private readonly storage: Pick<Storage, 'setItem'> | null;
  private readonly schedule: (fn: () => void) => void;
  private readonly budgetMs: number;
  private stopped = false;

  constructor(o: SessionOptions) {
    this.scenario = o.scenario;
    this.source = o.source;
    this.me = o.me;
    this.difficulty = o.difficulty;
    this.seed = o.seed;
    this.storage = o.storage ?? null;
    this.schedule = o.schedule ?? ((fn) => setTimeout(fn, 0));
    this.budgetMs = o.budgetMs ?? 30;
    const seats: Record<DelegationId, Seat> = {};
    for (const d of o.scenario.delegations) seats[d.id] = d.id === o.me ? 'human' : 'ai';
    this.conductor = new Conductor({ scenario: o.scenario, seed: o.seed, seats, policy: policyFor(o.difficulty), log: o.log ?? [] });
    this.foldRoundStarts(o.log ?? []);
    this.snapshot = this.conductor.snapshot();
    this.lastRound = this.snapshot.game.round;
    this.concludedSeen = this.snapshot.game.phase === 'concluded';
  }

  /** Rebuilds the round baselines of a resumed game by replaying its log through the engine. */
  private foldRoundStarts(log: readonly Action[]): void {
    let state = createGame(this.scenario, this.seed);
    this.roundStart.set(state.round, state);
    this.roundStartAt.set(state.round, 0);
    for (const [i, action] of log.entries()) {
      const r = applyAction(this.scenario, state, action);
      if (!r.ok) break;
      if (r.state.round !== state.round) {
        this.roundStart.set(r.state.round, r.state);
        this.roundStartAt.set(r.state.round, i + 1);
      }
      state = r.state;
    }
  }

  /**
   * The game as `round` closed (after its review, before the next round's opening), or
   * undefined while that round is still being played. Folds the round's actions once.
   */
  roundEnd(round: number): GameState | undefined {
    const game = this.game;
    if (round === game.round && game.phase === 'concluded') return game;
    if (round >= game.round) return undefined;
    // A round undone and played again opens the next round with another state: fold it again.
    const next = this.roundStart.get(round + 1);
    const cached = this.roundEnds.get(round);
    if (cached && cached.next === next) return cached.end;
    const start = this.roundStart.get(round);
    const at = this.roundStartAt.get(round);
    if (!start || at === undefined) return undefined;
    const end = roundEndState(this.scenario, start, this.conductor.snapshot().log.slice(at)) ?? undefined;
    if (end) this.roundEnds.set(round, { end, next });
    return end;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  get game(): GameState {
    return this.snapshot.game;
  }

  /** Whether the game waits for the player now (and not for AI delegations). */
  get myTurn(): boolean {
    return !this.aiBusy && this.snapshot.awaitingHumans.includes(this.me);
  }

  /**
   * The player's legal actions now. While AI delegations play out a plenary or implementation
   * there are none to offer (the item under discussion keeps changing); while the player
   * consults, the AI's short reply to each move does not take the controls away.
   */
  legal(): Action[] {
    if (this.aiBusy && !this.consulting(this.conductor.game)) return [];
    return this.conductor.legalFor(this.me);
  }

  /** Sends the player's action; on success lets the AI delegations take their turns. */
  act(action: Action): Rejection | null {
    if (this.stopped) return null;
    const rejection = this.conductor.send(action);
    this.rejection = rejection;
    if (!rejection) this.afterAccepted();
    this.snapshot = this.conductor.snapshot();
    if (!rejection) this.save();
    this.emit();
    if (!rejection) this.runAi(true);
    return rejection;
  }

  /** Whether the player is still consulting (consultations open and not yet ready). */
  private consulting(game: GameState): boolean {
    return game.phase === 'consultations' && game.delegations[this.me]?.ready === false;
  }

  /**
   * Lets AI delegations take their turns, yielding to the browser between chunks. Consultations
   * are simultaneous: each round's open with the player's move, and while the player consults
   * each AI delegation acts once per player action (so the AI reacts to what the player does).
   * Otherwise they play until the player (or no one) is awaited.
   */
  runAi(afterPlayer = false): void {
    if (this.aiBusy || this.stopped || !this.conductor.nextAi()) return;
    const pass = this.consulting(this.conductor.game);
    if (pass && !afterPlayer) return;
    let left = pass ? this.conductor.snapshot().awaiting.filter((d) => d !== this.me).length : Infinity;
    this.aiBusy = true;
    this.aiSteps = 0;
    this.emit();
    let lastEmit = now();
    const chunk = () => {
      if (this.stopped) return;
      const start = now();
      let more = true;
      while (more && left > 0 && now() - start < this.budgetMs) {
        if (!pass && this.consulting(this.conductor.game)) {
          more = false;
          break;
        }
        more = this.conductor.stepAi() !== null;
        if (more) {
          left--;
          this.aiSteps++;
          this.afterAccepted();
        }
      }
      this.snapshot = this.conductor.snapshot();
      this.save();
      if (more && left > 0 && this.conductor.nextAi()) {
        // Redrawing every panel and the map after each chunk would cost more than the AI itself.
        if (now() - lastEmit >= PROGRESS_MS) {
          lastEmit = now();
          this.emit();
        }
        this.schedule(chunk);
      } else {
        this.aiBusy = false;
        this.emit();
      }
    };
    this.schedule(chunk);
  }

  /** Notes round boundaries and the end of the game after any accepted action. */
  private afterAccepted(): void {
    const game = this.conductor.game;
    if (game.round !== this.lastRound) {
      for (let r = this.lastRound; r < game.round; r++) if (r > 0) this.pendingSummaries.push(r);
      this.roundStart.set(game.round, game);
      this.roundStartAt.set(game.round, this.conductor.snapshot().log.length);
      this.lastRound = game.round;
    }
    if (game.phase === 'concluded' && !this.concludedSeen) {
      this.concludedSeen = true;
      this.pendingSummaries.push(game.round);
    }
  }

  dismissSummary(): void {
    this.pendingSummaries = this.pendingSummaries.slice(1);
    this.emit();
  }

  /** The game record as saved: enough to replay the whole game. */
  record(): SaveRecord {
    return {
      version: SAVE_VERSION,
      rulesVersion: RULES_VERSION,
      savedAt: new Date().toISOString(),
      scenario: this.source,
      seed: this.seed,
      seats: { ...this.snapshot.seats },
      me: this.me,
      difficulty: this.difficulty,
      actions: [...this.conductor.snapshot().log],
    };
  }

  private save(): void {
    if (!this.storage) return;
    this.saveFailed = !writeSave(this.storage, this.record());
  }

  stop(): void {
    this.stopped = true;
    this.conductor.stop();
    this.listeners.clear();
  }
}

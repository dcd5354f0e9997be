/**
 * Conducts a game in the browser or on a server: holds the turn machine, knows which seats are
 * human and which are AI, and lets AI delegations act whenever the game awaits them. The UI
 * sends human actions and renders snapshots; it never changes the game itself.
 */
import { createActor, type Actor } from 'xstate';
import { awaited, createGame, legalActions, playerView, type Action, type DelegationId, type GameState, type Rejection } from '../engine';
import { nextFloat, seedState } from '../engine/rng';
import type { Scenario } from '../scenario/schema';
import { Floor, nextToAct } from '../sim/floor';
import { closingAction, type Policy } from '../sim/policy';
import { turnMachine, type TurnMachine } from './turn.machine';

export type Seat = 'human' | 'ai';

export interface ConductorOptions {
  scenario: Scenario;
  seed: number;
  seats: Record<DelegationId, Seat>;
  policy: Policy;
  /** Resume from a log of actions instead of starting afresh. */
  log?: Action[];
  /** Actions an AI delegation may take in one phase before it is made ready. */
  maxAiActionsPerPhase?: number;
}

export interface ConductorSnapshot {
  game: GameState;
  log: readonly Action[];
  rejection: Rejection | null;
  /** Delegations the game waits for now. */
  awaiting: DelegationId[];
  /** Human delegations the game waits for now. */
  awaitingHumans: DelegationId[];
  /** AI delegations awaited only because they close after the humans do (see sim/floor.ts). */
  closingAfterHumans: DelegationId[];
  seats: Readonly<Record<DelegationId, Seat>>;
}

type Listener = (snapshot: ConductorSnapshot) => void;

export class Conductor {
  readonly scenario: Scenario;
  readonly seed: number;
  private actor: Actor<TurnMachine>;
  private seats: Record<DelegationId, Seat>;
  private policy: Policy;
  private listeners = new Set<Listener>();
  private rng: number;
  private aiCounts = new Map<DelegationId, number>();
  private phaseKey = '';
  private readonly cap: number;
  private readonly floor: Floor;

  constructor(options: ConductorOptions) {
    this.scenario = options.scenario;
    this.seed = options.seed;
    this.seats = { ...options.seats };
    this.policy = options.policy;
    this.cap = options.maxAiActionsPerPhase ?? 10;
    this.rng = seedState(options.seed * 7919 + 17);
    this.floor = new Floor(options.scenario);
    this.actor = this.start(options.log ?? []);
  }

  private start(log: readonly Action[]): Actor<TurnMachine> {
    const actor = createActor(turnMachine, { input: { scenario: this.scenario, game: createGame(this.scenario, this.seed) } }).start();
    for (const action of log) {
      actor.send(action);
      const rejection = actor.getSnapshot().context.rejection;
      if (rejection) throw new Error(`The saved game does not replay: ${action.type} by ${action.by}: ${rejection.message}`);
    }
    return actor;
  }

  get game(): GameState {
    return this.actor.getSnapshot().context.game;
  }

  snapshot(): ConductorSnapshot {
    const ctx = this.actor.getSnapshot().context;
    const awaiting = awaited(this.scenario, ctx.game);
    return {
      game: ctx.game, log: ctx.log, rejection: ctx.rejection, awaiting,
      awaitingHumans: awaiting.filter((d) => this.seats[d] === 'human'), seats: this.seats,
      closingAfterHumans: this.floor.closingAfter(ctx.game, this.humans()),
    };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const snap = this.snapshot();
    for (const l of this.listeners) l(snap);
  }

  /** Sends a human's (or the facilitator's) action; returns the rejection if it was refused. */
  send(action: Action): Rejection | null {
    this.actor.send(action);
    this.floor.wake();
    const rejection = this.actor.getSnapshot().context.rejection;
    this.notify();
    return rejection;
  }

  setSeat(delegation: DelegationId, seat: Seat): void {
    this.seats = { ...this.seats, [delegation]: seat };
    this.floor.wake();
    this.notify();
  }

  legalFor(delegation: DelegationId): Action[] {
    return legalActions(this.scenario, this.game, delegation);
  }

  private random = (): number => {
    const [v, next] = nextFloat(this.rng);
    this.rng = next;
    return v;
  };

  private humans(): DelegationId[] {
    return Object.keys(this.seats).filter((d) => this.seats[d] === 'human');
  }

  /** Human delegations that still hold the floor: AI delegations wait with their tabling until they have tabled or passed. */
  floorHolders(): DelegationId[] {
    return this.floor.holders(this.game, this.humans());
  }

  /** The next AI delegation the game waits for and that may act now, or null when only humans (or no one) are awaited. */
  nextAi(): DelegationId | null {
    const game = this.game;
    const key = `${game.round}:${game.phase}:${game.plenary?.current ?? ''}`;
    if (key !== this.phaseKey) {
      this.phaseKey = key;
      this.aiCounts = new Map();
    }
    const humans = this.humans();
    const ai = awaited(this.scenario, game).filter((d) => this.seats[d] !== 'human' && this.floor.mayAct(game, d, humans));
    return nextToAct(game, ai, this.aiCounts);
  }

  /** Lets one AI delegation act; returns the action taken, or null when no AI may act now. */
  stepAi(): Action | null {
    for (;;) {
      const by = this.nextAi();
      if (!by) return null;
      const legal = this.legalFor(by);
      const forced = (this.aiCounts.get(by) ?? 0) >= this.cap ? closingAction(legal) : null;
      const ask = (options: Action[]) => this.policy({ scenario: this.scenario, view: playerView(this.game, by), by, legal: options, random: this.random });
      // While a human seat holds the floor, the AI's tabling and closing wait: it does the rest first, then looks again once the human has acted.
      const action = this.floor.whileHeld(this.game, by, forced ?? ask(legal), this.humans(), () => legal, ask);
      if (!action) continue;
      this.aiCounts.set(by, (this.aiCounts.get(by) ?? 0) + 1);
      this.actor.send(action);
      const rejection = this.actor.getSnapshot().context.rejection;
      if (rejection) {
        // A policy bug must not stall the conference: the delegation declares itself ready or abstains.
        const fallback = closingAction(legal) ?? legal.find((a) => a.type === 'plenary.position' && a.stance === 'abstain') ?? legal.find((a) => a.type === 'plenary.decide');
        if (fallback) this.actor.send(fallback);
      }
      return action;
    }
  }

  /** Runs AI delegations until a human is awaited, the game ends, or `maxSteps` actions were taken. */
  runAi(maxSteps = Infinity): number {
    let steps = 0;
    while (steps < maxSteps && this.stepAi()) steps++;
    if (steps > 0) this.notify();
    return steps;
  }

  /**
   * Takes back the last action of a human seat or the facilitator, with every AI action taken
   * after it, by replaying the log without them. Returns the action taken back, or null.
   */
  undo(): Action | null {
    const log = this.actor.getSnapshot().context.log;
    let i = log.length - 1;
    while (i >= 0 && this.seats[log[i]!.by] === 'ai') i--;
    if (i < 0) return null;
    const undone = log[i]!;
    this.actor.stop();
    this.actor = this.start(log.slice(0, i));
    this.phaseKey = '';
    this.floor.wake();
    this.notify();
    return undone;
  }

  stop(): void {
    this.actor.stop();
    this.listeners.clear();
  }
}

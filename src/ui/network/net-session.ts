/**
 * A student's game whose engine runs on the classroom server: the same face as the solo
 * `GameSession`, so the game screen and its panels work unchanged. Legal actions are worked
 * out here from the seat's own view (the rules read nothing secret); the server checks again.
 */
import { awaited, legalActions, type Action, type DelegationId, type GameState, type Rejection } from '../../engine';
import type { MessageKey } from '../../i18n';
import type { Scenario } from '../../scenario/schema';
import type { PlaySession, PlaySnapshot } from '../play-session';
import type { NetClient } from './net-client';

export class NetSession implements PlaySession {
  readonly seed = 0;
  aiBusy = false;
  aiSteps = 0;
  rejection: Rejection | null = null;
  readonly roundStart = new Map<number, GameState>();
  pendingSummaries: number[] = [];
  readonly saveFailed = false;
  /** The last problem the server reported for this device's action. */
  problem: string | null = null;
  private listeners = new Set<() => void>();
  private lastRound = 0;
  private unsubscribe: () => void;

  constructor(readonly client: NetClient, readonly me: DelegationId) {
    this.unsubscribe = client.subscribe(() => this.changed());
    this.changed(false);
  }

  /** The game as `round` ended, before the next opening, when the server sent it to this device. */
  roundEnd(round: number): GameState | undefined {
    return this.client.roundEnds.get(round);
  }

  get scenario(): Scenario {
    return this.client.view!.scenario;
  }

  get game(): GameState {
    return this.client.view!.game;
  }

  get snapshot(): PlaySnapshot {
    const seats = Object.fromEntries(this.client.seats.map((s) => [s.id, s.seat]));
    const awaiting = awaited(this.scenario, this.game);
    const [, length] = (this.client.view?.v ?? '0:0').split(':');
    const closing = new Set(this.client.seats.filter((s) => s.closing).map((s) => s.id));
    return {
      game: this.game, log: { length: Number(length) }, awaiting, awaitingHumans: awaiting.filter((d) => seats[d] === 'human'),
      closingAfterHumans: awaiting.filter((d) => closing.has(d)), seats,
    };
  }

  get myTurn(): boolean {
    return !this.heldBack && awaited(this.scenario, this.game).includes(this.me);
  }

  get heldBack(): MessageKey | null {
    if (this.client.state !== 'online') return 'net.state.offline';
    if (this.client.view?.clock.paused) return 'net.paused';
    if (this.client.seats.find((s) => s.id === this.me)?.seat === 'ai') return 'net.seat-ai';
    return null;
  }

  /** What the rules allow the seat, held back or not: the panels say what could be done, with their controls off while held back. */
  legal(): Action[] {
    if (!this.client.view) return [];
    return legalActions(this.scenario, this.game, this.me);
  }

  act(action: Action): Rejection | null {
    void this.client.act(action).then((r) => {
      this.problem = r.ok ? null : r.error.message;
      this.rejection = r.ok ? null : { code: (r.error.rejection ?? 'malformed') as Rejection['code'], message: r.error.message };
      this.emit();
    });
    return null;
  }

  private changed(notify = true): void {
    const view = this.client.view;
    if (view) {
      const g = view.game;
      if (!this.roundStart.has(g.round)) this.roundStart.set(g.round, g);
      if (this.lastRound && g.round > this.lastRound) for (let r = this.lastRound; r < g.round; r++) this.pendingSummaries.push(r);
      this.lastRound = g.round;
    }
    if (notify) this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  dismissSummary(): void {
    this.pendingSummaries.shift();
    this.emit();
  }

  subscribe(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  stop(): void {
    this.unsubscribe();
  }
}

/**
 * What the game screen and its panels read of a running game: the solo/classroom `GameSession`
 * in this browser, or a `NetSession` whose game lives on the classroom server.
 */
import type { MessageKey } from '../i18n';
import type { Action, DelegationId, GameState, Rejection } from '../engine';
import type { Scenario } from '../scenario/schema';

export interface PlaySnapshot {
  game: GameState;
  log: { readonly length: number };
  awaiting: readonly DelegationId[];
  awaitingHumans: readonly DelegationId[];
  /** AI delegations awaited only because they close after the humans do, where the session can tell. */
  closingAfterHumans?: readonly DelegationId[];
  seats: Readonly<Record<DelegationId, 'human' | 'ai'>>;
}

export interface PlaySession {
  readonly scenario: Scenario;
  readonly me: DelegationId;
  readonly seed: number;
  readonly game: GameState;
  readonly snapshot: PlaySnapshot;
  readonly aiBusy: boolean;
  readonly aiSteps: number;
  readonly rejection: Rejection | null;
  readonly roundStart: ReadonlyMap<number, GameState>;
  /** The game as a finished round closed, before the next round's opening, where the session can tell. */
  roundEnd?(round: number): GameState | undefined;
  readonly pendingSummaries: readonly number[];
  readonly saveFailed: boolean;
  readonly myTurn: boolean;
  /**
   * Why this device cannot act now although the game may await it (a lost connection, a pause,
   * the seat given to the AI), as a message; null or absent when nothing holds it back. The
   * panels still show what the rules allow, with their controls off.
   */
  readonly heldBack?: MessageKey | null;
  legal(): Action[];
  act(action: Action): Rejection | null;
  dismissSummary(): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Whose turn it is when several people share the game: the delegation that holds the device (on
 * a hot-seat device) or whose moves the facilitator records (on a projector). The engine waits
 * for many delegations at once; people take those turns one after another, in seat order.
 */
import { FACILITATOR, type DelegationId, type GameState } from '../engine';

/** A new phase, plenary item or plenary step starts the order afresh; within one, a turn lasts. */
export function turnKey(game: GameState): string {
  const pl = game.phase === 'plenary' ? game.plenary : null;
  return `${game.round}:${game.phase}:${pl?.current ?? ''}:${pl?.step ?? ''}`;
}

export interface TurnInput {
  /** Who has the turn now (FACILITATOR when nobody does). */
  current: DelegationId;
  /** `turnKey` when the current turn began. */
  currentKey: string;
  /** `turnKey` of the game now. */
  key: string;
  /** Delegations played by people that the game waits for now. */
  awaitingHumans: readonly DelegationId[];
  /** Delegations played by people, in seat order. */
  humans: readonly DelegationId[];
}

/**
 * The delegation whose turn it is: the current one while the game still waits for it in the same
 * phase step (a delegation consults until it declares itself ready), otherwise the first awaited
 * person in seat order. While people wait for AI delegations, the last person keeps the turn, so
 * the AI stops again as soon as a new phase needs people. With nobody seated, the facilitator.
 */
export function nextTurn({ current, currentKey, key, awaitingHumans, humans }: TurnInput): DelegationId {
  if (humans.length === 0) return FACILITATOR;
  const seated = humans.includes(current);
  if (seated && key === currentKey && awaitingHumans.includes(current)) return current;
  const first = humans.find((d) => awaitingHumans.includes(d));
  if (first) return first;
  return seated ? current : humans[0]!;
}

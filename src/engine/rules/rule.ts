import type { ActionOf, ActionType } from '../actions';
import type { Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { GameState } from '../state';

/**
 * A rule of the game for one kind of action: `check` says whether it may be taken now (and why
 * not), `apply` does it to an Immer draft. `apply` is only called after `check` passed.
 */
export interface Rule<T extends ActionType> {
  check(idx: ScenarioIndex, state: GameState, action: ActionOf<T>): Rejection | null;
  apply(idx: ScenarioIndex, draft: GameState, action: ActionOf<T>): void;
}

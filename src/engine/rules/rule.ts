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
  /**
   * Optional: checks that depend only on who acts and the state, each of them one that `check`
   * also runs for every action of this type. When the gate refuses, `check` refuses every such
   * action by `by`, so a listing of legal actions skips them all at once (a test holds this).
   */
  gate?(idx: ScenarioIndex, state: GameState, by: string): Rejection | null;
  /**
   * Optional, with `gate`: what is left of `check` once the gate has let the actor through, the
   * checks of the action's own fields. Where the gate passes, `check` refuses an action exactly
   * when `given` does (a test holds this), so a listing checks each of its candidates with it.
   */
  given?(idx: ScenarioIndex, state: GameState, action: ActionOf<T>): Rejection | null;
  apply(idx: ScenarioIndex, draft: GameState, action: ActionOf<T>): void;
}

/**
 * The game as a round closed: after its review and before the next round's opening (income,
 * implementation costs, events). `applyAction` moves straight through the review into the
 * next opening, so a round's summary that compared round starts would fold the next year's
 * opening into this one; this folds a round's actions again and stops at its end.
 */
import { produce } from 'immer';
import type { Scenario } from '../scenario/schema';
import type { Action } from './actions';
import { applyRuleToDraft, checkAction } from './apply';
import { enterPhase, PHASE_FLOW } from './phases';
import { indexScenario } from './scenario-index';
import type { GameState } from './state';

/**
 * Folds `actions` from `start` (a game in some round) and returns the game as that round's
 * review finished, before the next opening; for the last round, the concluded game. Null when
 * the actions do not finish the round or one of them is refused.
 */
export function roundEndState(scenario: Scenario, start: GameState, actions: Iterable<Action>): GameState | null {
  const idx = indexScenario(scenario);
  const round = start.round;
  let state = start;
  if (state.phase === 'concluded') return state;
  for (const action of actions) {
    if (checkAction(scenario, state, action)) return null;
    let ended = false;
    state = produce(state, (d) => {
      applyRuleToDraft(idx, d, action);
      // The same steps as `advance`, one phase at a time, stopping before the next opening.
      for (let guard = 0; guard < 64 && PHASE_FLOW[d.phase].complete(idx, d); guard++) {
        const next = PHASE_FLOW[d.phase].next(idx, d);
        if (d.phase === 'review' && next === 'opening') {
          ended = true;
          return;
        }
        enterPhase(idx, d, next);
        if (d.phase === 'concluded') {
          ended = true;
          return;
        }
      }
    });
    if (ended || state.round !== round) return state;
  }
  return null;
}

/** Drives a real game to the states the AI tests need, and asks the AI for one decision. */
import { applyAction, createGame, legalActions, playerView, type Action, type GameState } from '../../src/engine';
import type { Difficulty } from '../../src/ai/difficulty';
import { createAiDecider } from '../../src/ai/policy';
import type { Decision } from '../../src/ai/decision';
import type { Scenario } from '../../src/scenario/schema';

export function act(scenario: Scenario, state: GameState, action: Action): GameState {
  const r = applyAction(scenario, state, action);
  if (!r.ok) throw new Error(`${action.type} by ${action.by}: ${r.rejection.message}`);
  return r.state;
}

/** Everyone not named declares itself ready, which opens the plenary. */
export function allReady(scenario: Scenario, state: GameState): GameState {
  let s = state;
  for (const id of s.players) if (!s.delegations[id]!.ready) s = act(scenario, s, { type: 'ready', by: id });
  return s;
}

/** A new game in which `by` tables a measure and the plenary opens on it. */
export function plenaryOn(scenario: Scenario, measure: string, by: string, before: (s: GameState) => GameState = (s) => s): GameState {
  let s = before(createGame(scenario, 1));
  s = act(scenario, s, { type: 'proposal.table', by, subject: { kind: 'measure', measure } });
  return allReady(scenario, s);
}

export function decide(scenario: Scenario, state: GameState, by: string, difficulty: Difficulty = 'normal', random = () => 0.5): Decision {
  return createAiDecider(difficulty)({ scenario, view: playerView(state, by), by, legal: legalActions(scenario, state, by), random });
}

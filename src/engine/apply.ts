/**
 * Applying an action: check it against its rule, then apply it, with Immer where the caller
 * keeps the old state (the UI's snapshots), or in place on a working state nobody else holds
 * (replay, the headless runner). The rules are written against drafts in mutation style, so both
 * run the same code. An illegal action returns a typed rejection and leaves the state untouched.
 */
import { Immer, produce } from 'immer';
import './freeze';
import { bumpInPlaceEpoch } from './epoch';
import type { Scenario } from '../scenario/schema';
import type { Action, ActionType } from './actions';
import { advance, PHASE_FLOW } from './phases';
import { reject, type ActionResult, type Rejection } from './rejection';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { GameState } from './state';

function ruleFor(action: unknown): Rule<ActionType> | null {
  if (!action || typeof action !== 'object') return null;
  const type = (action as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(RULES, type)) return null;
  return RULES[type as ActionType] as Rule<ActionType>;
}

/** Why the action cannot be taken now, or null when it can. Never throws, whatever it is given. */
export function checkAction(scenario: Scenario, state: GameState, action: Action): Rejection | null {
  const idx = indexScenario(scenario);
  const rule = ruleFor(action);
  if (!rule) return reject('malformed', 'This is not an action of the game.');
  if (typeof (action as { by?: unknown }).by !== 'string') return reject('malformed', 'An action names who takes it.');
  try {
    return rule.check(idx, state, action);
  } catch {
    // A check only reads; a throw means the action's fields are not of the shape its type needs.
    return reject('malformed', `The ${action.type} action is missing a field or has one of the wrong kind.`);
  }
}

/** Applies one rule to a draft without advancing phases (the turn machine advances itself). */
export function applyRuleToDraft(idx: ScenarioIndex, draft: GameState, action: Action): void {
  (RULES[action.type] as Rule<ActionType>).apply(idx, draft, action);
}

/** Checks and applies an action, then moves through any phases it completed. */
export function applyAction(scenario: Scenario, state: GameState, action: Action): ActionResult<GameState> {
  const rejection = checkAction(scenario, state, action);
  if (rejection) return { ok: false, rejection };
  const idx = indexScenario(scenario);
  const next = produce(state, (draft) => applyRuleToDraft(idx, draft, action));
  // Most actions complete no phase: ask on the frozen result (reading a draft makes proxies),
  // and only advance, in a second recipe, when there is somewhere to go.
  if (!PHASE_FLOW[next.phase].complete(idx, next)) return { ok: true, state: next };
  return { ok: true, state: produce(next, (draft) => advance(idx, draft)) };
}

/** Applies an action without advancing phases: the XState turn machine decides when a phase ends. */
export function applyActionOnly(scenario: Scenario, state: GameState, action: Action): ActionResult<GameState> {
  const rejection = checkAction(scenario, state, action);
  if (rejection) return { ok: false, rejection };
  const idx = indexScenario(scenario);
  return { ok: true, state: produce(state, (draft) => applyRuleToDraft(idx, draft, action)) };
}

/**
 * Checks and applies an action to `state` itself, then moves through any phases it completed:
 * the same result as `applyAction`, without copying. Only for a state nobody else holds (and
 * that Immer never froze); on a rejection the state is untouched.
 */
export function applyActionInPlace(scenario: Scenario, state: GameState, action: Action): Rejection | null {
  const rejection = checkAction(scenario, state, action);
  if (rejection) return rejection;
  const idx = indexScenario(scenario);
  bumpInPlaceEpoch();
  applyRuleToDraft(idx, state, action);
  if (PHASE_FLOW[state.phase].complete(idx, state)) advance(idx, state);
  return null;
}

/** Immer that never freezes: a trial run must not freeze the live state it shares parts with. */
const trialImmer = new Immer({ autoFreeze: false });

/**
 * What the action would lead to, leaving `state` untouched and unfrozen, for a look ahead from a
 * view of a state that is being folded in place. The result shares unchanged parts with `state`,
 * so read it before the game moves on.
 */
export function trialAction(scenario: Scenario, state: GameState, action: Action): ActionResult<GameState> {
  const rejection = checkAction(scenario, state, action);
  if (rejection) return { ok: false, rejection };
  const idx = indexScenario(scenario);
  const next = trialImmer.produce(state, (draft) => applyRuleToDraft(idx, draft, action));
  if (!PHASE_FLOW[next.phase].complete(idx, next)) return { ok: true, state: next };
  return { ok: true, state: trialImmer.produce(next, (draft) => advance(idx, draft)) };
}

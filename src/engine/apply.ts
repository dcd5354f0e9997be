/**
 * Applying an action: the door checks its shape, its rule checks whether it may be taken now,
 * then it is applied: with Immer where the caller keeps the old state (the UI's snapshots), or in
 * place on a working state nobody else holds (replay, the headless runner). Whatever is given, an
 * illegal action returns a typed rejection and leaves the state untouched; a rule that throws is
 * caught by the last-resort guard.
 */
import { Immer, produce } from 'immer';
import './freeze';
import { bumpInPlaceEpoch } from './epoch';
import type { Scenario } from '../scenario/schema';
import type { Action, ActionType } from './actions';
import { faultRejection, guarded, reportFault } from './door/guard';
import { missingReference, parseActionShape } from './door/parse';
import { reasonWellFormed } from './door/reason';
import type { LegalListing } from './listing';
import { advance, PHASE_FLOW } from './phases';
import type { ActionResult, Rejection } from './rejection';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import type { GameState } from './state';

/**
 * The action, proven well formed and allowed now, or why not. The rule's check comes before the
 * look-up of the proposals and offers the action names, so that a move in the wrong phase is
 * told so rather than that its proposal does not exist (yet); the checks handle unknown ids,
 * and the look-up still guarantees that no rule applies an action naming one.
 */
function admit(scenario: Scenario, state: GameState, input: unknown): { ok: true; action: Action } | { ok: false; rejection: Rejection } {
  const parsed = parseActionShape(scenario, input);
  if (!parsed.ok) return parsed;
  const rejection = checkWellFormed(indexScenario(scenario), state, parsed.action);
  return rejection ? { ok: false, rejection } : parsed;
}

/**
 * The rule's check of an action already known to be well formed, guarded. `legalActions` asks
 * this of the candidates it builds itself from the scenario and the state, to spare the schema
 * on every candidate of every call; a test holds that every legal action passes the door.
 */
export function checkWellFormed(idx: ScenarioIndex, state: GameState, action: Action): Rejection | null {
  // Guarded by hand: every action passes here, and `guarded` costs a closure and a result each.
  try {
    return (RULES[action.type] as Rule<ActionType>).check(idx, state, action) ?? missingReference(state, action);
  } catch (error) {
    return faultRejection('check', action.type, error);
  }
}

/**
 * Whether `checkWellFormed` would pass the action, without the guard's allocations: a listing
 * asks this of hundreds of candidates. A check that throws is still reported as a fault, and
 * the candidate is not listed.
 */
export function passesCheck(idx: ScenarioIndex, state: GameState, action: Action): boolean {
  return passes(idx, state, action, false);
}

/**
 * `passesCheck` for an action whose type's gate has let its actor through in this state: the
 * rule's `given` (the rest of its check) stands in for `check` where the rule has one.
 */
export function passesPastGate(idx: ScenarioIndex, state: GameState, action: Action): boolean {
  return passes(idx, state, action, true);
}

function passes(idx: ScenarioIndex, state: GameState, action: Action, pastGate: boolean): boolean {
  try {
    const rule = RULES[action.type] as Rule<ActionType>;
    const judge = pastGate && rule.given ? rule.given : rule.check;
    return judge(idx, state, action) === null && missingReference(state, action) === null;
  } catch (error) {
    reportFault('check', action.type, error);
    return false;
  }
}

/** Why the action cannot be taken now, or null when it can. Never throws, whatever it is given. */
export function checkAction(scenario: Scenario, state: GameState, action: unknown): Rejection | null {
  const admitted = admit(scenario, state, action);
  return admitted.ok ? null : admitted.rejection;
}

/** Applies one rule to a draft without advancing phases (the turn machine advances itself). */
export function applyRuleToDraft(idx: ScenarioIndex, draft: GameState, action: Action): void {
  (RULES[action.type] as Rule<ActionType>).apply(idx, draft, action);
}

/** Checks and applies an action, then moves through any phases it completed. */
export function applyAction(scenario: Scenario, state: GameState, input: unknown): ActionResult<GameState> {
  const admitted = admit(scenario, state, input);
  if (!admitted.ok) return admitted;
  const { action } = admitted;
  const idx = indexScenario(scenario);
  const applied = guarded('apply', action.type, () => {
    const next = produce(state, (draft) => applyRuleToDraft(idx, draft, action));
    // Most actions complete no phase: ask on the frozen result (reading a draft makes proxies),
    // and only advance, in a second recipe, when there is somewhere to go.
    return PHASE_FLOW[next.phase].complete(idx, next) ? produce(next, (draft) => advance(idx, draft)) : next;
  });
  return applied.ok ? { ok: true, state: applied.value } : applied;
}

/** Applies an action without advancing phases: the XState turn machine decides when a phase ends. */
export function applyActionOnly(scenario: Scenario, state: GameState, input: unknown): ActionResult<GameState> {
  const admitted = admit(scenario, state, input);
  if (!admitted.ok) return admitted;
  const { action } = admitted;
  const idx = indexScenario(scenario);
  const applied = guarded('apply', action.type, () => produce(state, (draft) => applyRuleToDraft(idx, draft, action)));
  return applied.ok ? { ok: true, state: applied.value } : applied;
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

const isLazy = (listed: readonly Action[] | LegalListing): listed is LegalListing => !Array.isArray(listed);

/**
 * Whether `action` is one of `listed` with at most a (well-formed) reason added: each of its
 * fields but `reason` is the very value of a listed action's field. `listed` must be
 * `legalActions(scenario, state, action.by)` (or `listLegal`, asked lazily) of the state the action is applied to, so that such
 * an action is known to pass the door and its rule (no rule's check reads the reason, and every
 * listed action passes the door: a test holds both). Anything else answers false and takes the
 * whole door.
 */
export function isListedAction(listed: readonly Action[] | LegalListing, action: Action): boolean {
  const list = isLazy(listed) ? listed.candidates(action.type) : null;
  const fields = action as unknown as Record<string, unknown>;
  // A policy that took a candidate as it was (or with the listing's `withReason`) hands back an object the listing knows: no field to compare.
  const same = list ? (listed as LegalListing).placeOf(action) : -1;
  if (same >= 0) return (listed as LegalListing).passesAt(action.type, same) && (!Object.hasOwn(fields, 'reason') || reasonWellFormed(fields.reason));
  let size = 0;
  for (const key in fields) if (key !== 'reason') size += 1;
  let found = false;
  if (isLazy(listed)) {
    for (let i = 0; i < list!.length && !found; i++) if (sameFields(list![i]!, action, fields, size)) found = listed.passesAt(action.type, i);
  } else {
    for (let i = 0; i < listed.length && !found; i++) found = sameFields(listed[i]!, action, fields, size);
  }
  return found && (!Object.hasOwn(fields, 'reason') || reasonWellFormed(fields.reason));
}

/** Whether candidate `c` has exactly the `size` fields of `action` besides its reason, each the very same value. */
function sameFields(c: Action, action: Action, fields: Record<string, unknown>, size: number): boolean {
  if (c.type !== action.type || c.by !== action.by) return false;
  const candidate = c as unknown as Record<string, unknown>;
  let n = 0;
  for (const key in candidate) {
    if (key === 'reason' || candidate[key] !== fields[key] || !Object.hasOwn(fields, key)) return false;
    n += 1;
  }
  return n === size;
}

/**
 * `applyActionInPlace` for an action chosen from `listed`, the legal actions of its delegation
 * listed on this very state (the headless runner): such an action, with at most a reason added,
 * skips the door and the rule's check, which the listing already ran; any other takes them.
 */
export function applyListedInPlace(scenario: Scenario, state: GameState, action: Action, listed: readonly Action[] | LegalListing): Rejection | null {
  if (!isListedAction(listed, action)) return applyActionInPlace(scenario, state, action);
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

/**
 * Plays a whole game headless: whoever the game awaits is asked for an action by its policy.
 * Used by the simulation command, the balance simulator, benchmarks and tests. The game is
 * folded in place on one working state (nobody holds the states in between), unless the caller
 * asks to keep every state and view it is handed.
 */
import { applyAction, applyListedInPlace, awaited, createGame, createWorkingGame, listLegal, playerView, type Action, type DelegationId, type GameState, type LegalListing, type PlayerView } from '../engine';
import { nextFloat, seedState } from '../engine/rng';
import type { Scenario } from '../scenario/schema';
import { Floor, nextToAct } from './floor';
import { closingAction, type Policy, type PolicyInput } from './policy';

export interface RunOptions {
  seed: number;
  /** The policy for each delegation; delegations not named use `fallback`. */
  policies?: Record<DelegationId, Policy>;
  fallback: Policy;
  /** Actions a delegation may take in one phase before it is made ready (keeps games finite). */
  maxActionsPerPhase?: number;
  /**
   * Called after each action. Unless `keepStates` is set, `state` is the working state itself:
   * read it during the call, do not keep it.
   */
  onAction?: (action: Action, state: GameState) => void;
  /**
   * Every state and view handed out (to `onAction` and to the policies) stays as it was: the
   * runner then applies each action with Immer. For callers that keep them, such as tests
   * comparing the state before and after an action. The game played is the same either way.
   */
  keepStates?: boolean;
  /**
   * Seats played as humans would be seated: AI delegations wait with their tabling until these
   * have tabled or passed (see floor.ts). None by default: every seat is an AI delegation.
   */
  humans?: readonly DelegationId[];
}

export interface RunResult {
  state: GameState;
  actions: Action[];
}

/** A policy's input over a lazy listing: `legal` is listed in full only if the policy reads it. */
class ListedInput implements PolicyInput {
  constructor(
    readonly scenario: Scenario, readonly view: PlayerView, readonly by: DelegationId,
    readonly listing: LegalListing, readonly random: () => number,
  ) {}
  get legal(): Action[] {
    return this.listing.all();
  }
}

export function runGame(scenario: Scenario, options: RunOptions): RunResult {
  const keep = options.keepStates === true;
  let state = keep ? createGame(scenario, options.seed) : createWorkingGame(scenario, options.seed);
  const actions: Action[] = [];
  let rng = seedState(options.seed * 7919 + 17);
  const random = () => {
    const [v, next] = nextFloat(rng);
    rng = next;
    return v;
  };
  const cap = options.maxActionsPerPhase ?? 12;
  let phaseRound = -1;
  let phaseName = '';
  const humans = options.humans ?? [];
  const floor = new Floor(scenario);
  let counts = new Map<DelegationId, number>();
  for (let step = 0; step < 200_000 && state.phase !== 'concluded'; step++) {
    if (state.round !== phaseRound || state.phase !== phaseName) {
      phaseRound = state.round;
      phaseName = state.phase;
      counts = new Map();
    }
    const waiting = awaited(scenario, state);
    if (!waiting.length) throw new Error(`The game waits for no one in ${state.phase} of round ${state.round}.`);
    const eligible = humans.length ? waiting.filter((id) => humans.includes(id) || floor.mayAct(state, id, humans)) : waiting;
    // Round-robin: the awaited delegation that has acted least this phase goes next, ties in the round's turn order.
    const by = nextToAct(state, eligible, counts)!;
    // Listed lazily: an AI policy looking for particular actions checks only those.
    const listing = listLegal(scenario, state, by);
    const forced = (counts.get(by) ?? 0) >= cap ? closingAction(listing.all()) : null;
    const policy = options.policies?.[by] ?? options.fallback;
    const view = playerView(state, by);
    const first = forced ?? policy(new ListedInput(scenario, view, by, listing, random));
    const action = humans.length && !humans.includes(by)
      ? floor.whileHeld(state, by, first, humans, () => listing.all(), (legal) => policy({ scenario, view, by, legal, random }))
      : first;
    if (!action) continue;
    if (keep) {
      const result = applyAction(scenario, state, action);
      if (!result.ok) throw new Error(`Policy for ${by} chose an illegal action ${action.type}: ${result.rejection.message}`);
      state = result.state;
    } else {
      // The action was chosen from `legal`, listed on this very state: the listing's checks stand.
      const rejection = applyListedInPlace(scenario, state, action, listing);
      if (rejection) throw new Error(`Policy for ${by} chose an illegal action ${action.type}: ${rejection.message}`);
    }
    actions.push(action);
    if (humans.includes(by)) floor.wake();
    counts.set(by, (counts.get(by) ?? 0) + 1);
    options.onAction?.(action, state);
  }
  return { state, actions };
}

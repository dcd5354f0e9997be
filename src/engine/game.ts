/** Starting a game and replaying one: a game is its scenario, its seed and its log of actions. */
import { produce } from 'immer';
import type { Scenario } from '../scenario/schema';
import type { Action } from './actions';
import { applyActionInPlace } from './apply';
import { bumpInPlaceEpoch } from './epoch';
import { byDelegationRecord, stageOf } from './common';
import { advance, enterPhase } from './phases';
import { seedState } from './rng';
import { indexScenario } from './scenario-index';
import type { FlashpointState, GameState, MeasureState } from './state';
import { initialTrust } from './trust';

/** The state before the first round opens: nothing has happened yet. */
export function initialState(scenario: Scenario, seed: number): GameState {
  const idx = indexScenario(scenario);
  const delegations: GameState['delegations'] = {};
  for (const id of idx.players) {
    delegations[id] = { influence: scenario.rules.startingInfluence, prestige: 0, ready: false, tabledThisRound: 0, passed: false, talkedWith: [] };
  }
  const flashpoints: Record<string, FlashpointState> = {};
  for (const f of scenario.flashpoints) {
    const stage = stageOf(idx, f.tension);
    flashpoints[f.id] = {
      tension: f.tension, stage, peakStage: stage, earlyWarning: false, envoy: null, hotline: false,
      factFinding: 'none', factFindingBy: null, consents: {}, conflictRounds: 0,
    };
  }
  const measures: Record<string, MeasureState> = {};
  for (const m of scenario.measures) {
    // A measure agreed before the game starts is in force from round 0, with its implementers done.
    const implementation: MeasureState['implementation'] = byDelegationRecord();
    if (m.inForce) for (const by of m.inForce.implementers) if (delegations[by]) implementation[by] = { choice: 'in', progress: m.implementRounds, done: true };
    measures[m.id] = m.inForce
      ? { status: 'adopted', adoptedRound: 0, amendments: [], implementation }
      : { status: m.available ? 'available' : 'unavailable', adoptedRound: null, amendments: [], implementation };
  }
  const clusters: GameState['clusters'] = {};
  if (scenario.transformation.enabled) for (const c of scenario.transformation.clusters) clusters[c.id] = 'open';
  return {
    schemaVersion: 1,
    scenarioId: scenario.meta.id,
    seed,
    rng: seedState(seed),
    round: 0,
    phase: 'opening',
    chair: scenario.calendar.chairs[0]!,
    players: [...idx.players],
    delegations,
    trust: initialTrust(idx),
    flashpoints,
    measures,
    clusters,
    charter: { adopted: false, round: null },
    proposals: {},
    proposalOrder: [],
    plenary: null,
    pledges: [],
    offers: [],
    energy: { members: [], founded: false, foundedRound: null, underCica: false, corridors: [] },
    firedEvents: [],
    roundEvents: [],
    chronicle: [],
    history: [],
    counter: 0,
    concluded: null,
  };
}

/** A new game, opened and waiting in the first round's consultations. */
export function createGame(scenario: Scenario, seed: number): GameState {
  return produce(initialState(scenario, seed), (d) => openGame(scenario, d));
}

function openGame(scenario: Scenario, d: GameState): void {
  const idx = indexScenario(scenario);
  enterPhase(idx, d, 'opening');
  advance(idx, d);
}

/**
 * The same new game as `createGame`, as a plain mutable working state (never frozen), for a
 * caller that folds actions into it in place with `applyActionInPlace`.
 */
export function createWorkingGame(scenario: Scenario, seed: number): GameState {
  const state = initialState(scenario, seed);
  bumpInPlaceEpoch();
  openGame(scenario, state);
  return state;
}

export class ReplayError extends Error {
  constructor(readonly index: number, readonly action: Action, readonly reason: string) {
    super(`Action ${index + 1} (${action.type} by ${action.by}) cannot be replayed: ${reason}`);
  }
}

/**
 * Folds the log over a new game, in place on one working state: nobody holds the states in
 * between, so nothing is copied (the result equals folding with `applyAction`; a test pins it).
 * Throws a ReplayError naming the first action that does not apply. `before`, if given, sees the
 * working state just before each action (read it during the call; it changes after).
 */
export function replay(scenario: Scenario, seed: number, actions: readonly Action[], before?: (state: GameState, action: Action) => void): GameState {
  const state = createWorkingGame(scenario, seed);
  actions.forEach((action, i) => {
    before?.(state, action);
    const rejection = applyActionInPlace(scenario, state, action);
    if (rejection) throw new ReplayError(i, action, rejection.message);
  });
  return state;
}

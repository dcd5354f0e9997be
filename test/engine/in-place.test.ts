import { readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyAction, applyActionInPlace, createGame, createWorkingGame, replay, type Action, type GameState } from '../../src/engine';
import { createAiPolicy } from '../../src/ai';
import { randomPolicy, type Policy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario } from '../../scripts/lib/load-scenario';

const ids = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

function bundled(id: string): Scenario {
  const loaded = loadScenario(id);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
}

/**
 * Folds the log both ways side by side and returns the index of the first action after which
 * the in-place state and the Immer state differ, or -1 when they agree after every action.
 */
function firstDivergence(scenario: Scenario, seed: number, actions: readonly Action[]): number {
  let immer = createGame(scenario, seed);
  const working = createWorkingGame(scenario, seed);
  if (!isDeepStrictEqual(working, immer)) return 0;
  for (let i = 0; i < actions.length; i++) {
    const r = applyAction(scenario, immer, actions[i]!);
    const rejection = applyActionInPlace(scenario, working, actions[i]!);
    expect(rejection).toBeNull();
    if (!r.ok) throw new Error(r.rejection.message);
    immer = r.state;
    // Plain JSON both ways: the same bytes, not merely the same shape.
    if (!isDeepStrictEqual(working, immer)) return i + 1;
  }
  return -1;
}

/** The actions and final state of a game played with the Immer runner, which keeps every state. */
function played(scenario: Scenario, seed: number, policy: Policy): { actions: Action[]; state: GameState } {
  return runGame(scenario, { seed, fallback: policy, keepStates: true });
}

describe('folding in place', () => {
  it.each(ids)('gives the Immer states after every action of %s, over several seeds', (id) => {
    const scenario = bundled(id);
    for (const seed of [1, 2]) {
      const { actions } = played(scenario, seed, randomPolicy);
      expect(actions.length).toBeGreaterThan(50);
      expect(firstDivergence(scenario, seed, actions)).toBe(-1);
    }
    const ai = played(scenario, 4, createAiPolicy('normal'));
    expect(firstDivergence(scenario, 4, ai.actions)).toBe(-1);
  });

  it.each(ids)('plays %s exactly as the Immer runner does, and replays to the same state', (id) => {
    const scenario = bundled(id);
    for (const [seed, policy] of [[5, randomPolicy], [6, createAiPolicy('hard')]] as const) {
      const kept = played(scenario, seed, policy);
      const inPlace = runGame(scenario, { seed, fallback: policy });
      expect(inPlace.actions).toEqual(kept.actions);
      expect(isDeepStrictEqual(inPlace.state, kept.state)).toBe(true);
      expect(isDeepStrictEqual(replay(scenario, seed, kept.actions), kept.state)).toBe(true);
    }
  });

  it('leaves the state untouched when it refuses an action', () => {
    const scenario = bundled(ids[0]!);
    const working = createWorkingGame(scenario, 1);
    const before = structuredClone(working);
    const rejection = applyActionInPlace(scenario, working, { type: 'plenary.decide', by: working.players[0]!, proposal: 'p999' });
    expect(rejection?.code).toBe('wrong-phase');
    expect(working).toEqual(before);
  });

  it('never freezes the working state, so it can go on being folded', () => {
    const scenario = bundled(ids[0]!);
    const state = createWorkingGame(scenario, 1);
    expect(Object.isFrozen(state) || Object.isFrozen(state.delegations)).toBe(false);
    expect(Object.isFrozen(createGame(scenario, 1))).toBe(true);
  });
});

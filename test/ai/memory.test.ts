import { describe, expect, it } from 'vitest';
import { createAiPolicy } from '../../src/ai';
import { recall } from '../../src/ai/memory';
import type { GameState } from '../../src/engine';
import { runGame } from '../../src/sim/run-game';
import { loadScenario } from '../../scripts/lib/load-scenario';

function counted(state: GameState, who: string): { kept: number; broken: number } {
  const mine = state.pledges.filter((p) => p.by === who);
  return { kept: mine.filter((p) => p.status === 'kept').length, broken: mine.filter((p) => p.status === 'broken').length };
}

describe('the memory of pledges', () => {
  it.each([false, true])('counts every delegation kept and broken pledges as a plain count does, at every step (states kept: %s)', (keepStates) => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the scenario does not load');
    let steps = 0;
    let settled = 0;
    runGame(loaded.scenario, {
      seed: 3, fallback: createAiPolicy('normal'), keepStates,
      onAction: (_a, state) => {
        steps += 1;
        const memory = recall(state);
        for (const who of state.players) expect(memory.record(who)).toEqual(counted(state, who));
        settled = state.pledges.filter((p) => p.status === 'kept' || p.status === 'broken').length;
      },
    });
    expect(steps).toBeGreaterThan(100);
    // The game settled pledges, so the head that is extended rather than recounted was used.
    expect(settled).toBeGreaterThan(3);
  });
});

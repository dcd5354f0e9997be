import { describe, expect, it } from 'vitest';
import { indexScenario, replay } from '../../src/engine';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { generatedScenario } from '../../scripts/lib/bench-scale';
import { loadScenario } from '../../scripts/lib/load-scenario';

describe("the bench's generated scenario", () => {
  it('grows the default scenario to 50 delegations that check and play', () => {
    const base = loadScenario('road-to-the-charter');
    if (!base.ok) throw new Error('the default scenario does not load');
    const big = generatedScenario(base.scenario, 50);
    expect(big.delegations).toHaveLength(50);
    expect(new Set(big.delegations.map((d) => d.id)).size).toBe(50);
    expect(indexScenario(big).players.length).toBeGreaterThan(indexScenario(base.scenario).players.length);
    const { state, actions } = runGame(big, { seed: 3, fallback: randomPolicy });
    expect(state.phase).toBe('concluded');
    expect(replay(big, 3, actions)).toEqual(state);
  });
});

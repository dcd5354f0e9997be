import { describe, expect, it } from 'vitest';
import { benchAi } from '../../src/ai/bench';
import { runGame } from '../../src/sim/run-game';
import { createLookaheadPolicy } from '../../src/ai/lookahead';
import { createAiPolicy } from '../../src/ai/policy';
import { smallScenario } from './fixtures';

describe('bench figures', () => {
  it('time the AI per phase with the clock it is given', () => {
    let t = 0;
    const b = benchAi(smallScenario(), { games: 1, repeats: 1, now: () => (t += 1) });
    expect(b.phases.consultations?.phases).toBeGreaterThan(0);
    expect(b.phases.plenary?.decisions).toBeGreaterThan(0);
    expect(b.worstPhaseMs).toBeGreaterThan(0);
    expect(b.gamesPerSecond).toBeGreaterThan(0);
  });
});

describe('the lookahead policy', () => {
  it('plays whole games legally and deterministically', () => {
    const s = smallScenario();
    for (const seed of [1, 2]) {
      const run = () => runGame(s, { seed, fallback: createAiPolicy('normal'), policies: { AAA: createLookaheadPolicy(), DDD: createLookaheadPolicy() } });
      const a = run();
      expect(a.state.phase).toBe('concluded');
      expect(run().actions).toEqual(a.actions);
    }
  });
});

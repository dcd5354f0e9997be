import { describe, expect, it } from 'vitest';
import { miniScenario } from './fixtures';
import { runGame } from '../../src/sim/run-game';
import { randomPolicy } from '../../src/sim/policy';
import { replay, collectiveOutcome, indexScenario } from '../../src/engine';

describe('a whole game', () => {
  it('plays to its end with random legal actions and replays identically', () => {
    const s = miniScenario();
    for (let seed = 1; seed <= 20; seed++) {
      const { state, actions } = runGame(s, { seed, fallback: randomPolicy });
      expect(state.phase).toBe('concluded');
      expect(replay(s, seed, actions)).toEqual(state);
      expect(collectiveOutcome(indexScenario(s), state).grade).toMatch(/[ABCDF]/);
    }
  });
});

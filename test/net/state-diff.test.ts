import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { runGame } from '../../src/sim/run-game';
import { randomPolicy } from '../../src/sim/policy';
import { diffStates, patchState } from '../../src/net/state-diff';

const text = readFileSync(new URL('../../scenarios/preventive-diplomacy.yaml', import.meta.url), 'utf8');
const parsed = parseScenario(text, 'preventive-diplomacy.yaml');

describe('state diffs', () => {
  it('patching a state with its diff gives the next state, action after action of a whole game', () => {
    if (!parsed.ok) throw new Error('scenario');
    const states: unknown[] = [];
    runGame(parsed.scenario, { seed: 4, fallback: randomPolicy, onAction: (_a, s) => states.push(s) });
    expect(states.length).toBeGreaterThan(100);
    let small = 0;
    for (let i = 1; i < states.length; i++) {
      const a = states[i - 1] as Record<string, unknown>;
      const b = states[i] as Record<string, unknown>;
      const ops = diffStates(a, b);
      expect(patchState(a, ops)).toEqual(b);
      if (JSON.stringify(ops).length < JSON.stringify(b).length / 10) small++;
    }
    // Most updates are a small fraction of the state.
    expect(small).toBeGreaterThan(states.length * 0.9);
  });

  it('skips the keys it is told to and refuses paths that would reach the prototype', () => {
    expect(diffStates({ a: 1, rng: 1 }, { a: 2, rng: 2 }, ['rng'])).toEqual([{ p: ['a'], v: 2 }]);
    expect(() => patchState({}, [{ p: ['__proto__', 'x'], v: 1 }])).toThrow();
  });
});

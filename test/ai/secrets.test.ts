import { describe, expect, it } from 'vitest';
import { isView, type Policy, type PolicyInput } from '../../src/sim/policy';
import { createAiDecider } from '../../src/ai/policy';
import { createLookaheadPolicy } from '../../src/ai/lookahead';
import { runGame } from '../../src/sim/run-game';
import type { Scenario } from '../../src/scenario/schema';
import { poisoned, smallScenario } from './fixtures';

/** Every decision input of an AI-only game, with the random numbers each decision drew. */
function recorded(scenario: Scenario, seed: number): Array<{ input: PolicyInput; draws: number[] }> {
  const decide = createAiDecider('hard');
  const out: Array<{ input: PolicyInput; draws: number[] }> = [];
  const recording: Policy = (input) => {
    const draws: number[] = [];
    out.push({ input, draws });
    return decide({ ...input, random: () => { const v = input.random(); draws.push(v); return v; } }).action;
  };
  runGame(scenario, { seed, fallback: recording, keepStates: true });
  return out;
}

describe('AI delegations read only their own view', () => {
  it("decide the same when other delegations' secrets are changed", () => {
    const scenario = smallScenario((s) => { s.flashpoints![0]!.tension = 50; });
    const normal = createAiDecider('normal');
    const hard = createAiDecider('hard');
    for (const seed of [1, 2, 3]) {
      const steps = recorded(scenario, seed);
      expect(steps.length).toBeGreaterThan(50);
      const poisonFor = new Map(scenario.delegations.map((d) => [d.id, poisoned(scenario, d.id)]));
      for (const { input, draws } of steps) {
        expect(isView(input.view)).toBe(true);
        expect(input.view.viewer).toBe(input.by);
        const replay = (s: Scenario, d: typeof normal) => { let i = 0; return d({ ...input, scenario: s, random: () => draws[i++] ?? 0.5 }); };
        expect(replay(poisonFor.get(input.by)!, hard)).toEqual(replay(scenario, hard));
        expect(replay(poisonFor.get(input.by)!, normal)).toEqual(replay(scenario, normal));
      }
    }
  });

  it('the lookahead policy too', () => {
    const scenario = smallScenario();
    const look = createLookaheadPolicy();
    const steps = recorded(scenario, 4).filter((s) => s.input.by === 'DDD' && s.input.view.phase === 'consultations');
    expect(steps.length).toBeGreaterThan(0);
    for (const { input, draws } of steps) {
      const replay = (s: Scenario) => { let i = 0; return look({ ...input, scenario: s, random: () => draws[i++] ?? 0.5 }); };
      expect(replay(poisoned(scenario, 'DDD'))).toEqual(replay(scenario));
    }
  });
});

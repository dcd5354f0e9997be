import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAction, createGame, indexScenario, type Action, type GameState } from '../../src/engine';
import { DIFFICULTIES, type Difficulty } from '../../src/ai/difficulty';
import { createAiPolicy } from '../../src/ai/policy';
import { isReasonCode } from '../../src/ai/reasons';
import { runGame } from '../../src/sim/run-game';
import type { Scenario } from '../../src/scenario/schema';
import { smallScenario } from './fixtures';

/** Every action of a whole AI-only game, with the state it was taken in. */
function play(scenario: Scenario, seed: number, difficulty: Difficulty): Array<{ before: GameState; action: Action }> {
  const steps: Array<{ before: GameState; action: Action }> = [];
  let before = createGame(scenario, seed);
  runGame(scenario, {
    seed,
    fallback: createAiPolicy(difficulty),
    keepStates: true,
    onAction: (action, after) => {
      steps.push({ before, action });
      before = after;
    },
  });
  return steps;
}

/** Whether `by` was party to a flashpoint in crisis with trust below the sensitive bar in `state`. */
function inCrisis(scenario: Scenario, state: GameState, by: string): boolean {
  return scenario.flashpoints.some((f) => {
    const fs = state.flashpoints[f.id]!;
    return f.parties.includes(by) && (fs.stage === 'crisis' || fs.stage === 'conflict')
      && f.parties.some((p) => p !== by && (state.trust[by]?.[p] ?? 50) < scenario.rules.sensitiveTrust);
  });
}

// A tenser variant too, so that crises (and the military red line) come into play more often.
const scenarios = [smallScenario(), smallScenario((s) => { s.flashpoints![0]!.tension = 80; })];

describe('AI delegations over many seeds', () => {
  it('send only legal actions, give a known reason for every position, and honour red lines and pledges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...DIFFICULTIES), fc.constantFrom(0, 1), (seed, difficulty, which) => {
        const scenario = scenarios[which]!;
        const idx = indexScenario(scenario);
        for (const { before, action } of play(scenario, seed, difficulty)) {
          expect(checkAction(scenario, before, action)).toBeNull();
          if (action.type !== 'plenary.position') continue;
          expect(action.reason && isReasonCode(action.reason.code)).toBe(true);
          const p = before.proposals[action.proposal]!;
          const subjects = [p.subject, ...p.package.map((id) => before.proposals[id]!.subject)];
          const measures = subjects.flatMap((s) => (s.kind === 'measure' ? [idx.measure.get(s.measure)!] : []));
          for (const r of idx.delegation.get(action.by)!.profile.redLines) {
            if (r.type === 'measure' && measures.some((m) => m.id === r.measure)) {
              if (r.acceptsWeakened && p.subject.kind === 'measure') {
                if (!p.amendments.includes('weaken')) expect(action).toMatchObject({ stance: 'objection', amendment: 'weaken' });
              } else expect(action.stance).toBe('objection');
            }
            if (r.type === 'energy-bloc-under-cica' && measures.some((m) => m.energyBloc)) expect(action.stance).toBe('objection');
            if (r.type === 'military-while-crisis' && measures.some((m) => idx.isSensitive(m)) && inCrisis(scenario, before, action.by)) {
              expect(action.stance).toBe('objection');
            }
          }
          const pledged = before.pledges.some((g) => g.by === action.by && g.status === 'open' && [p.id, ...p.package].includes(g.proposal));
          if (pledged && action.stance !== 'support') expect(action.reason!.code).toMatch(/^red-line-/);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('never consent to fact-finding across their red line', () => {
    const scenario = scenarios[1]!;
    let asked = 0;
    for (let seed = 1; seed <= 10; seed++) {
      for (const { action } of play(scenario, seed, 'normal')) {
        if (action.type !== 'diplomacy.consent' || action.by !== 'BBB') continue;
        asked += 1;
        expect(action.accept).toBe(false);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('play the same game from the same seed', () => {
    for (const difficulty of DIFFICULTIES) {
      const a = runGame(scenarios[0]!, { seed: 7, fallback: createAiPolicy(difficulty) });
      const b = runGame(scenarios[0]!, { seed: 7, fallback: createAiPolicy(difficulty) });
      expect(b.actions).toEqual(a.actions);
      expect(b.state).toEqual(a.state);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createGame, goalMet, indexScenario, interestValue, playerView, type Amendment, type ProposalSubject } from '../../src/engine';
import type { Goal } from '../../src/scenario/schema';
import { buildContext } from '../../src/ai/context';
import { paramsFor } from '../../src/ai/difficulty';
import { adoptedState, adoptionGain, metOnAdoption } from '../../src/ai/estimate';
import { largeScenario } from './fixtures';

describe('adoption gain', () => {
  const s = largeScenario();
  const state = createGame(s, 1);
  const subjects: ProposalSubject[][] = [
    [{ kind: 'measure', measure: 'threats-2' }],
    [{ kind: 'measure', measure: 'economic-4' }],
    [{ kind: 'cluster', cluster: 'cluster-text' }],
    [{ kind: 'charter' }],
    [{ kind: 'measure', measure: 'human-1' }, { kind: 'cluster', cluster: 'cluster-areas' }],
  ];
  it.each(subjects.flatMap((subj) => ([[], ['weaken']] as Amendment[][]).map((am) => [subj, am] as const)))('matches the engine interestValue for %j %j', (subj, amendments) => {
    for (const by of ['AAX', 'ACX', 'BAX']) {
      const ctx = buildContext(s, playerView(state, by), by, paramsFor('normal'), () => 0.5);
      for (const who of ['AAX', 'AHX', 'BBX']) {
        const expected = interestValue(ctx.idx, adoptedState(state, subj, [...amendments]), who) - interestValue(ctx.idx, state, who);
        expect(adoptionGain(ctx, who, subj, [...amendments])).toBeCloseTo(expected, 0);
      }
    }
  });
});

describe('objectives met on adoption', () => {
  it('are met exactly where they are on the adopted state, on a frozen state', () => {
    const s = largeScenario();
    const idx = indexScenario(s);
    const state = createGame(s, 1);
    expect(Object.isFrozen(state)).toBe(true);
    const goals: Goal[] = [
      ...s.measures.flatMap((m) => [{ type: 'measure-adopted', measure: m.id }, { type: 'measure-not-adopted', measure: m.id }, { type: 'measure-implemented', measure: m.id }] as Goal[]),
      { type: 'charter-adopted' }, { type: 'bloc-member' }, { type: 'prestige-at-least', value: 0 },
      ...[...new Set(s.measures.map((m) => m.dimension))].map((dimension) => ({ type: 'implemented-in-dimension', dimension, count: 0 }) as Goal),
    ];
    const subjects: ProposalSubject[][] = [
      [{ kind: 'measure', measure: s.measures[0]!.id }], [{ kind: 'charter' }],
      [{ kind: 'measure', measure: s.measures[1]!.id }, { kind: 'cluster', cluster: s.transformation.clusters[0]!.id }],
    ];
    let met = 0;
    let moved = 0;
    for (const subj of subjects) {
      const copied = adoptedState(state, subj, ['weaken']);
      for (const goal of goals) {
        for (const by of state.players.slice(0, 3)) {
          const now = goalMet(idx, state, by, goal);
          const after = metOnAdoption(goal, subj, now);
          expect(after, JSON.stringify(goal)).toBe(goalMet(idx, copied, by, goal));
          if (after) met += 1;
          if (after !== now) moved += 1;
        }
      }
    }
    expect(met).toBeGreaterThan(10);
    expect(moved).toBeGreaterThan(3);
  });
});

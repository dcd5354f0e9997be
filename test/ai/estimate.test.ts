import { describe, expect, it } from 'vitest';
import { createGame, interestValue, playerView, type Amendment, type ProposalSubject } from '../../src/engine';
import { buildContext } from '../../src/ai/context';
import { paramsFor } from '../../src/ai/difficulty';
import { adoptedState, adoptionGain } from '../../src/ai/estimate';
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

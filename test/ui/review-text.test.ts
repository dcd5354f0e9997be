import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createGame, indexScenario } from '../../src/engine';
import { sensitiveVetoes } from '../../src/ui/help/crisis-warning';
import { reviewLines } from '../../src/ui/review-text';
import { scenario } from './support';

const start = createGame(scenario, 4);

describe('the review of a round', () => {
  it('gives each dispute its tension, stage and the reasons it moved', () => {
    const after = produce(start, (d) => {
      const f = d.flashpoints.fp!;
      f.tension = 62;
      f.stage = 'crisis';
      f.hotline = true;
      d.trust.BBB!.CCC = 20;
      d.trust.CCC!.BBB = 20;
      d.chronicle[d.chronicle.length - 1]!.push({ kind: 'mediation', round: d.round, flashpoint: 'fp', by: 'AAA', tool: 'early-warning', preventive: true });
    });
    const [line] = reviewLines(scenario, start, after, start.round);
    expect(line).toMatchObject({ flashpoint: 'fp', before: 45, after: 62, to: 'crisis' });
    expect(line!.reasons).toEqual([
      { kind: 'drift', drift: 2 },
      { kind: 'chance', volatility: 2 },
      { kind: 'low-trust', trust: 20 },
      { kind: 'diplomacy', tools: ['early-warning'] },
      { kind: 'hotline' },
    ]);
  });
});

describe('the crisis warning on a sensitive measure', () => {
  it('names the dispute and its parties only while it is in crisis with low trust', () => {
    const idx = indexScenario(scenario);
    expect(sensitiveVetoes(idx, start, 'm2')).toEqual([]);
    const crisis = produce(start, (d) => {
      d.flashpoints.fp!.stage = 'crisis';
      d.trust.BBB!.CCC = 5;
      d.trust.CCC!.BBB = 5;
    });
    expect(sensitiveVetoes(idx, crisis, 'm2')).toEqual([{ flashpoint: 'fp', parties: ['BBB', 'CCC'] }]);
    // A measure that is not sensitive is never vetoed this way.
    expect(sensitiveVetoes(idx, crisis, 'm1')).toEqual([]);
  });
});

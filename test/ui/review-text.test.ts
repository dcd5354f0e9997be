import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createGame, indexScenario } from '../../src/engine';
import { sensitiveVetoes } from '../../src/ui/help/crisis-warning';
import { reviewLines } from '../../src/ui/review-text';
import { miniScenario } from '../engine/fixtures';
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

describe('an event in the review', () => {
  // Raised at the opening and eased by the review, tension reads "no change": the event must say why it moved at all.
  const withIncident = miniScenario((input) => {
    input.events!.push({ id: 'incident', title: 'Border incident', text: 'Shots at the border', trigger: { fromRound: 3 }, effects: [{ type: 'tension', flashpoint: 'fp', delta: 8 }, { type: 'tension', flashpoint: 'fp', delta: 2 }] });
  });
  const begin = createGame(withIncident, 4);

  it('names the events of the year that moved this dispute, with how much, first among the reasons', () => {
    const after = produce(begin, (d) => {
      d.chronicle[d.chronicle.length - 1]!.push({ kind: 'event', round: d.round, event: 'incident' }, { kind: 'event', round: d.round, event: 'shock' });
    });
    const [line] = reviewLines(withIncident, begin, after, begin.round);
    expect(line!.before).toBe(line!.after);
    expect(line!.reasons[0]).toEqual({ kind: 'event', event: 'incident', delta: 10 });
    // An event that does not touch the dispute's tension is no reason.
    expect(line!.reasons.filter((r) => r.kind === 'event')).toHaveLength(1);
  });

  it('leaves events out when none fired this year', () => {
    const [line] = reviewLines(withIncident, begin, begin, begin.round);
    expect(line!.reasons.some((r) => r.kind === 'event')).toBe(false);
  });
});

describe('other causes in the review', () => {
  it('names a measure that eases tension once the last party has implemented it', () => {
    const after = produce(start, (d) => {
      const impl = d.measures.m2!.implementation;
      impl.BBB = { choice: 'in', progress: 2, done: true };
      impl.CCC = { choice: 'in', progress: 2, done: true };
      d.chronicle[d.chronicle.length - 1]!.push({ kind: 'implemented', round: d.round, measure: 'm2', by: ['CCC'] });
    });
    const [line] = reviewLines(scenario, start, after, start.round);
    expect(line!.reasons).toContainEqual({ kind: 'implemented', measure: 'm2' });
    // Both parties must have it: one alone eases nothing.
    const one = produce(after, (d) => { d.measures.m2!.implementation.BBB = { choice: 'out', progress: 0, done: false }; });
    expect(reviewLines(scenario, start, one, start.round)[0]!.reasons.some((r) => r.kind === 'implemented')).toBe(false);
  });

  it('names a closed energy bloc that has one party inside and the other out', () => {
    const divided = miniScenario((input) => { input.energy = { ...input.energy!, rivalTension: 3 }; });
    const begin = createGame(divided, 4);
    const after = produce(begin, (d) => {
      d.energy.founded = true;
      d.energy.underCica = false;
      d.energy.members = ['BBB'];
    });
    expect(reviewLines(divided, begin, after, begin.round)[0]!.reasons).toContainEqual({ kind: 'bloc-divide', n: 3 });
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

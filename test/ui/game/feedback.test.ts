import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine';
import { moveFeedback } from '../../../src/ui/game/feedback';
import { feedbackText } from '../../../src/ui/game/move-feedback';
import { en, ru, scenario } from '../support';

const parties = () => ['BBB', 'CCC'];
const base = produce(createGame(scenario, 3), (d) => {
  d.offers.push({ id: 'o1', from: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p1' }, round: 1, status: 'open' });
  d.offers.push({ id: 'o2', from: 'BBB', to: 'AAA', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p2' }, round: 1, status: 'open' });
});

describe('feedback for the player’s moves', () => {
  it('says when the player’s own offer is answered, and only then', () => {
    const next = produce(base, (d) => {
      d.offers[0]!.status = 'accepted';
      d.offers[1]!.status = 'declined';
    });
    const items = moveFeedback(base, next, 'AAA', parties);
    expect(items).toEqual([{ kind: 'offer', status: 'accepted', to: 'BBB' }]);
    expect(moveFeedback(next, next, 'AAA', parties)).toEqual([]);
    expect(feedbackText(en, items[0]!)).toMatch(/accepted your offer/);
    expect(feedbackText(ru, items[0]!)).toMatch(/: сделка принята\.$/);
  });

  it('names who refused a fact-finding mission, or who did not answer', () => {
    const requested = produce(base, (d) => {
      const f = d.flashpoints.fp!;
      f.factFinding = 'requested';
      f.factFindingBy = 'AAA';
    });
    const refused = produce(requested, (d) => {
      const f = d.flashpoints.fp!;
      f.factFinding = 'refused';
      f.consents = { BBB: true, CCC: false };
    });
    const [item] = moveFeedback(requested, refused, 'AAA', parties);
    expect(item).toEqual({ kind: 'mission-refused', flashpoint: 'fp', refused: ['CCC'], unanswered: [] });
    expect(feedbackText(en, item!)).toMatch(/no consent from: /);
    const silent = produce(requested, (d) => {
      d.flashpoints.fp!.factFinding = 'refused';
      d.flashpoints.fp!.consents = { BBB: true };
    });
    expect(feedbackText(en, moveFeedback(requested, silent, 'AAA', parties)[0]!)).toMatch(/no answer in time from: /);
    // Someone else's refused mission is not the player's news.
    expect(moveFeedback(requested, refused, 'BBB', parties)).toEqual([]);
  });

  it('reports a dispute changing stage from the chronicle', () => {
    const next = produce(base, (d) => {
      d.chronicle[d.chronicle.length - 1]!.push({ kind: 'stage', round: 1, flashpoint: 'fp', from: 'strained', to: 'crisis' });
    });
    const [item] = moveFeedback(base, next, 'AAA', parties);
    expect(feedbackText(en, item!)).toBe('B-C: from strained to crisis.');
  });
});

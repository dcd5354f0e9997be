import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine';
import { moveFeedback } from '../../../src/ui/game/feedback';
import { feedbackText } from '../../../src/ui/game/move-feedback';
import { delegationName } from '../../../src/ui/names';
import { Driver } from '../../engine/driver';
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
    expect(feedbackText(en, next, items[0]!)).toMatch(/accepted your offer/);
    expect(feedbackText(ru, next, items[0]!)).toMatch(/: сделка принята\.$/);
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
    expect(feedbackText(en, refused, item!)).toMatch(/no consent from: /);
    const silent = produce(requested, (d) => {
      d.flashpoints.fp!.factFinding = 'refused';
      d.flashpoints.fp!.consents = { BBB: true };
    });
    expect(feedbackText(en, silent, moveFeedback(requested, silent, 'AAA', parties)[0]!)).toMatch(/no answer in time from: /);
    // Someone else's refused mission is not the player's news.
    expect(moveFeedback(requested, refused, 'BBB', parties)).toEqual([]);
  });

  it('reports a dispute changing stage from the chronicle', () => {
    const next = produce(base, (d) => {
      d.chronicle[d.chronicle.length - 1]!.push({ kind: 'stage', round: 1, flashpoint: 'fp', from: 'strained', to: 'crisis' });
    });
    const [item] = moveFeedback(base, next, 'AAA', parties);
    expect(feedbackText(en, next, item!)).toBe('B-C: from strained to crisis.');
  });

  it('announces a plenary decision taken by anyone: adopted as a package with its amendments', () => {
    const d = new Driver(scenario, 6)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
      .readyAll()
      .positions();
    const [item, other] = d.state.plenary!.agenda;
    d.act({ type: 'plenary.link', by: 'AAA', proposal: item!, with: other! }).positions()
      .act({ type: 'plenary.amend', by: 'AAA', proposal: item!, amendment: 'phase-in' });
    const before = d.state;
    d.decide();
    // CCC did not call the decision: every delegation hears it.
    const [f] = moveFeedback(before, d.state, 'CCC', parties);
    expect(f).toMatchObject({ kind: 'decision', items: 2, amendments: ['phase-in'] });
    expect(feedbackText(en, d.state, f!)).toBe('The plenary has decided. Adopted: Exchanges + Early warning. Decided together as one package of 2 items. Amendment: phase in.');
    expect(feedbackText(ru, d.state, f!)).toBe('Решение пленарного заседания. Принято: Exchanges + Early warning. Единый пакет из 2 пунктов, решение по всем сразу. Поправка: вводить поэтапно.');
  });

  it('announces a blocked decision with the delegations that objected', () => {
    const d = new Driver(scenario, 6)
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
      .readyAll()
      .positions({ CCC: 'objection' });
    const before = d.state;
    d.decide();
    const [f] = moveFeedback(before, d.state, 'AAA', parties);
    expect(f).toMatchObject({ kind: 'decision', items: 1, amendments: [] });
    const text = feedbackText(en, d.state, f!);
    expect(text).toMatch(/^The plenary has decided\. Blocked: Early warning; objections from /);
    expect(text).toMatch(new RegExp(`objections from ${delegationName(en, 'CCC')}\\.$`));
    expect(feedbackText(ru, d.state, f!)).toMatch(/^Решение пленарного заседания\. Заблокировано: Early warning; возражения: /);
  });
});

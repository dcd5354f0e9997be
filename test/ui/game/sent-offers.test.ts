import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { sentOffers } from '../../../src/ui/game/sent-offers';
import { Driver } from '../../engine/driver';
import { scenario } from '../support';

/** AAA tables m1, then offers BBB and CCC influence for their support on it, and DDD offers AAA. */
function offered(): { d: Driver; proposal: string } {
  const d = new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
  const proposal = d.state.proposalOrder.at(-1)!;
  const ask = { kind: 'support' as const, proposal };
  d.act({ type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 1 }, ask })
    .act({ type: 'consult.offer', by: 'AAA', to: 'CCC', give: { kind: 'influence', amount: 1 }, ask })
    .act({ type: 'consult.offer', by: 'DDD', to: 'AAA', give: { kind: 'influence', amount: 1 }, ask: { kind: 'influence', amount: 1 } });
  return { d, proposal };
}

describe('the offers the player has made', () => {
  it('lists only the player\'s own offers of this round, in order, with what became of each', () => {
    const { d } = offered();
    const [toB, toC] = d.state.offers.filter((o) => o.from === 'AAA');
    d.act({ type: 'consult.answer', by: 'BBB', offer: toB!.id, accept: true });
    expect(sentOffers(d.state, 'AAA').map((o) => [o.to, o.status])).toEqual([['BBB', 'accepted'], ['CCC', 'open']]);
    d.act({ type: 'consult.answer', by: 'CCC', offer: toC!.id, accept: false });
    expect(sentOffers(d.state, 'AAA').map((o) => o.status)).toEqual(['accepted', 'declined']);
    expect(sentOffers(d.state, 'DDD').map((o) => o.to)).toEqual(['AAA']);
  });

  it('shows an offer left unanswered as closed once consultations end, and none from an earlier round', () => {
    const { d } = offered();
    d.act({ type: 'facilitator.end-phase', by: 'facilitator' });
    expect(d.state.phase).toBe('plenary');
    expect(sentOffers(d.state, 'AAA').map((o) => o.status)).toEqual(['expired', 'expired']);
    expect(sentOffers({ ...d.state, round: d.state.round + 1 }, 'AAA')).toEqual([]);
  });

  it('names every status in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      const t = translator(lang);
      const names = (['open', 'accepted', 'declined', 'expired'] as const).map((s) => t(`consult.sent.status.${s}`));
      expect(new Set(names).size).toBe(4);
    }
    expect(translator('en')('consult.sent.status.expired')).toBe('closed unanswered when consultations ended');
  });
});

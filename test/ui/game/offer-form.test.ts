import { describe, expect, it } from 'vitest';
import { legalActions, type ActionOf } from '../../../src/engine';
import { offersHelpKey } from '../../../src/ui/game/offer-form';
import { Driver } from '../../engine/driver';
import { en, scenario } from '../support';

const offersOf = (d: Driver, by: string) =>
  legalActions(scenario, d.state, by).filter((a): a is ActionOf<'consult.offer'> => a.type === 'consult.offer');

describe('the help line of the offers section', () => {
  it('speaks of support for another delegation\'s proposal, not the player\'s own, when the player has tabled nothing', () => {
    const d = new Driver(scenario).act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } });
    const key = offersHelpKey(offersOf(d, 'AAA'));
    expect(key).toBe('consult.offers.help.others');
    expect(en.t(key)).not.toMatch(/on your proposal/);
  });

  it('speaks of support on the player\'s proposal once it is tabled, and of both kinds when both are possible', () => {
    const own = new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
    expect(offersHelpKey(offersOf(own, 'AAA'))).toBe('consult.offers.help.own');
    own.act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } });
    expect(offersHelpKey(offersOf(own, 'AAA'))).toBe('consult.offers.help');
    expect(en.t('consult.offers.help')).toMatch(/on your proposal.*another delegation's proposal/);
  });
});

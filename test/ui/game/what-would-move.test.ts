import { describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions, type GameState } from '../../../src/engine';
import type { GameUi } from '../../../src/ui/context';
import { translator } from '../../../src/i18n';
import { leverAction, leverShortfall } from '../../../src/ui/game/what-would-move';
import { scenario } from '../support';

function tabled(by: string, measure: string): { state: GameState; proposal: string } {
  const r = applyAction(scenario, createGame(scenario, 1), { type: 'proposal.table', by, subject: { kind: 'measure', measure } });
  if (!r.ok) throw new Error(r.rejection.message);
  return { state: r.state, proposal: Object.keys(r.state.proposals)[0]! };
}

const viewer = (me: string) => ({ me, scenario }) as unknown as GameUi;

describe('a lever made into a move', () => {
  it('makes the offer a lever names on an item another delegation tabled, which the listing of offers does not hold', () => {
    const { state, proposal } = tabled('AAA', 'm1');
    const action = leverAction(viewer('DDD'), state, 'CCC', proposal, { code: 'offer-influence', amount: 2, stance: 'support' });
    expect(action).toEqual({ type: 'consult.offer', by: 'DDD', to: 'CCC', give: { kind: 'influence', amount: 2 }, ask: { kind: 'support', proposal } });
    expect(legalActions(scenario, state, 'DDD')).not.toContainEqual(action);
    expect(applyAction(scenario, state, action!).ok).toBe(true);
  });

  it('offers no move the rules would refuse', () => {
    const { state, proposal } = tabled('AAA', 'm1');
    // AAA cannot be asked to support its own item, and influence beyond 3 is no offer.
    expect(leverAction(viewer('DDD'), state, 'AAA', proposal, { code: 'offer-influence', amount: 2, stance: 'support' })).toBeNull();
    expect(leverAction(viewer('DDD'), state, 'CCC', proposal, { code: 'offer-influence', amount: 4, stance: 'support' })).toBeNull();
  });

  it('holds talks for a lever of talks only when the viewer is the proposer', () => {
    const { state, proposal } = tabled('AAA', 'm1');
    expect(leverAction(viewer('AAA'), state, 'CCC', proposal, { code: 'talks', proposer: 'AAA', stance: 'support' })).toEqual({ type: 'consult.talks', by: 'AAA', with: 'CCC' });
    expect(leverAction(viewer('DDD'), state, 'CCC', proposal, { code: 'talks', proposer: 'AAA', stance: 'support' })).toBeNull();
  });
});

describe('a lever the viewer cannot pay for', () => {
  const poorer = (state: GameState, who: string, influence: number): GameState =>
    ({ ...state, delegations: { ...state.delegations, [who]: { ...state.delegations[who]!, influence } } });

  it('names the price and the viewer\'s influence instead of dropping the move', () => {
    const { state, proposal } = tabled('AAA', 'm1');
    const poor = poorer(state, 'DDD', 1);
    const lever = { code: 'offer-influence', amount: 3, stance: 'support' } as const;
    expect(leverAction(viewer('DDD'), poor, 'CCC', proposal, lever)).toBeNull();
    const short = leverShortfall(viewer('DDD'), poor, 'CCC', proposal, lever);
    expect(short).toEqual({ cost: 3, have: 1 });
    expect(translator('en')('levers.cannot-afford', short!)).toBe('; you have only 1 influence and it needs 3, so you cannot make it now');
    expect(translator('ru')('levers.cannot-afford', short!)).toBe('; у вас только 1 единица влияния, а нужно 3, так что сейчас это невозможно');
  });

  it('reports no shortfall when the move is affordable, or stopped by something other than influence', () => {
    const { state, proposal } = tabled('AAA', 'm1');
    const lever = { code: 'offer-influence', amount: 2, stance: 'support' } as const;
    expect(leverShortfall(viewer('DDD'), poorer(state, 'DDD', 5), 'CCC', proposal, lever)).toBeNull();
    // AAA proposed the item: no influence would make that offer hold.
    expect(leverShortfall(viewer('DDD'), poorer(state, 'DDD', 0), 'AAA', proposal, lever)).toBeNull();
  });

  it('tells the price of support that no single offer may carry, in both languages', () => {
    expect(translator('en')('levers.offer-beyond-cap', { amount: 5, max: 3 })).toBe('an offer of 5 influence for its support would move it, but an offer may carry at most 3');
    expect(translator('ru')('levers.offer-beyond-cap', { amount: 5, max: 3 })).toBe('для изменения позиции нужна сделка: 5 единиц влияния за поддержку, но сделка может включать не больше 3');
  });

  it('names the shortfall for talks the proposer cannot pay for', () => {
    const { state, proposal } = tabled('AAA', 'm1');
    const short = leverShortfall(viewer('AAA'), poorer(state, 'AAA', 0), 'CCC', proposal, { code: 'talks', proposer: 'AAA', stance: 'support' });
    expect(short).toEqual({ cost: scenario.rules.costs.talks, have: 0 });
  });
});

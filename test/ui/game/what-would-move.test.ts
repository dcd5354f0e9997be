import { describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions, type GameState } from '../../../src/engine';
import type { GameUi } from '../../../src/ui/context';
import { leverAction } from '../../../src/ui/game/what-would-move';
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

/**
 * What the player should do now, and whom the game waits for, in one sentence each.
 */
import { currentItem, type DelegationId, type GameState } from '../engine';
import { delegationName, joinList, type NameContext } from './names';

export function guidance(c: NameContext, game: GameState, me: DelegationId, awaiting: readonly DelegationId[], aiBusy: boolean): string {
  const mine = awaiting.includes(me) && !aiBusy;
  switch (game.phase) {
    case 'consultations':
      return c.t(game.delegations[me]?.ready ? 'guide.consultations.ready' : 'guide.consultations');
    case 'plenary': {
      const item = currentItem(game);
      if (!item) return c.t('guide.plenary.closing');
      // The item's title is in the plenary panel; here it would make the bar jump in height.
      if (game.plenary?.step === 'proposer') return item.proposer === me ? c.t('guide.plenary.proposer') : c.t('guide.plenary.await-proposer', { name: delegationName(c, item.proposer) });
      return c.t(mine ? 'guide.plenary.position' : 'guide.plenary.debate');
    }
    case 'implementation':
      return c.t(mine ? 'guide.implementation' : 'guide.implementation.wait');
    case 'concluded':
      return c.t('guide.concluded');
    default:
      return c.t('guide.between');
  }
}

/** "you and 12 other delegations", "China and India", "nobody". */
export function waitingFor(c: NameContext, me: DelegationId, awaiting: readonly DelegationId[]): string {
  if (awaiting.length === 0) return c.t('waiting.nobody');
  const others = awaiting.filter((d) => d !== me);
  const you = awaiting.includes(me);
  if (others.length <= 3) {
    const names = others.map((d) => delegationName(c, d));
    return joinList(c.lang, you ? [c.t('waiting.you'), ...names] : names);
  }
  const count = c.t('waiting.count', { n: others.length });
  return you ? joinList(c.lang, [c.t('waiting.you'), count]) : count;
}

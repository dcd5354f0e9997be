/**
 * What the player should do now, and whom the game waits for, in one sentence each.
 */
import { currentItem, type Action, type DelegationId, type GameState } from '../engine';
import type { MessageKey } from '../i18n';
import { delegationName, joinList, orList, type NameContext } from './names';

/** The proposer's options, in the order the guide names them. */
const PROPOSER_OPTIONS = ['plenary.amend', 'plenary.link', 'plenary.unlink', 'plenary.withdraw', 'plenary.decide'] as const;

/** The proposer's options the legal list holds now ("amend, withdraw or call for a decision"); the rules decide, not this. */
function proposerOptions(c: NameContext, legal: readonly Action[], proposal: string): string[] {
  return PROPOSER_OPTIONS
    .filter((type) => legal.some((a) => a.type === type && 'proposal' in a && a.proposal === proposal))
    .map((type) => c.t(`guide.proposer.${type.slice('plenary.'.length)}` as MessageKey));
}

/** `legal`: the player's legal actions now, from which the proposer's options are named. */
export function guidance(c: NameContext, game: GameState, me: DelegationId, awaiting: readonly DelegationId[], aiBusy: boolean, legal: readonly Action[]): string {
  const mine = awaiting.includes(me) && !aiBusy;
  switch (game.phase) {
    case 'consultations':
      return c.t(game.delegations[me]?.ready ? 'guide.consultations.ready' : 'guide.consultations');
    case 'plenary': {
      const item = currentItem(game);
      if (!item) return c.t('guide.plenary.closing');
      // The item's title is in the plenary panel; here it would make the bar jump in height.
      if (game.plenary?.step === 'proposer') {
        if (item.proposer !== me) return c.t('guide.plenary.await-proposer', { name: delegationName(c, item.proposer) });
        const options = proposerOptions(c, legal, item.id);
        return options.length ? c.t('guide.plenary.proposer', { options: orList(c.lang, options) }) : c.t('guide.plenary.proposer.none');
      }
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

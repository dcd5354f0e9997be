/** Offers made to the player this round, each with its terms and a choice to accept or decline. */
import type { ActionOf, GameState, OfferTerm } from '../../engine';
import type { Translate } from '../../i18n';
import { useGame } from '../context';
import { delegationName, proposalTitle, type NameContext } from '../names';
import { ActionButton } from './action-button';

/** Why an offer shows only "Decline": the player cannot pay what it asks, or the rules refuse what it asks now. */
export function noAcceptReason(t: Translate, ask: OfferTerm, have: number): string {
  return ask.kind === 'influence' && ask.amount > have ? t('consult.inbox.cannot-pay', { n: ask.amount, have }) : t('consult.inbox.cannot-accept');
}

/** One side of an offer in words: an amount of influence, or support for a proposal. */
export function offerTermText(c: NameContext, game: GameState, x: OfferTerm): string {
  return x.kind === 'influence' ? c.t('offer.term.influence', { n: x.amount }) : c.t('offer.term.support', { proposal: proposalTitle(c, game, x.proposal) });
}

export function OffersInbox({ answers }: { answers: Map<string, ActionOf<'consult.answer'>[]> }) {
  const g = useGame();
  const { t, game } = g;
  const term = (x: OfferTerm) => offerTermText(g, game, x);
  const have = game.delegations[g.me]?.influence ?? 0;
  return (
    <section class="section section--attention" aria-labelledby="consult-inbox">
      <h3 id="consult-inbox">{t('consult.inbox.heading', { n: answers.size })}</h3>
      <ul class="cards">
        {[...answers.entries()].map(([id, actions]) => {
          const o = game.offers.find((x) => x.id === id);
          if (!o) return null;
          return (
            <li key={id} class="card">
              <p>{t('consult.inbox.offer', { name: delegationName(g, o.from), give: term(o.give), ask: term(o.ask) })}</p>
              <div class="card__actions">
                {actions.map((a) => <ActionButton key={String(a.accept)} action={a} variant={a.accept ? 'primary' : 'default'} />)}
              </div>
              {!actions.some((a) => a.accept) && <p class="hint">{noAcceptReason(t, o.ask, have)}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

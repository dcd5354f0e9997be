/**
 * The offers the player has made this round, with their terms and what became of each: the
 * answers arrive as toasts that are gone in seconds, so the table is where the player checks
 * which offers still bind them (an open offer of influence is paid if it is accepted later).
 */
import type { DelegationId, GameState, Offer } from '../../engine';
import { useGame } from '../context';
import { DelegationLink } from './delegation-link';
import { offerTermText } from './offers-inbox';

/** The player's offers of this round, in the order they were made. */
export function sentOffers(game: GameState, me: DelegationId): Offer[] {
  return game.offers.filter((o) => o.from === me && o.round === game.round);
}

export function SentOffers() {
  const g = useGame();
  const { t, game, me } = g;
  const mine = sentOffers(game, me);
  if (mine.length === 0) return null;
  const term = (x: Offer['give']) => offerTermText(g, game, x);
  return (
    <section class="section" aria-labelledby="consult-sent">
      <h3 id="consult-sent">{t('consult.sent.heading', { n: mine.length })}</h3>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('consult.sent.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consult.sent.col.to')}</th>
              <th scope="col">{t('consult.sent.col.give')}</th>
              <th scope="col">{t('consult.sent.col.ask')}</th>
              <th scope="col">{t('consult.sent.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((o) => (
              <tr key={o.id}>
                <th scope="row"><DelegationLink id={o.to} /></th>
                <td>{term(o.give)}</td>
                <td>{term(o.ask)}</td>
                <td class={`offer-status offer-status--${o.status}`}>{t(`consult.sent.status.${o.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

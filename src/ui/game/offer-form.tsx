/**
 * Making an offer: choose a delegation, then one of the offers the rules allow toward it
 * (influence now, or support for its proposal, in exchange for support for yours; or support
 * for its proposal in exchange for influence). Delegations
 * that have closed their consultations take no more offers: they are named, so the list does
 * not shrink without a word, and a choice they leave is said to be gone.
 */
import { useId, useState } from 'preact/hooks';
import type { ActionOf } from '../../engine';
import type { MessageKey } from '../../i18n';
import { useGame } from '../context';
import { delegationList, delegationName } from '../names';
import { ActionButton } from './action-button';

/**
 * The help line for the offers the rules allow: asking support for one's own proposal, naming a
 * price for support on another's, or both (a player with nothing tabled can only do the second).
 */
export function offersHelpKey(offers: readonly ActionOf<'consult.offer'>[]): MessageKey {
  const own = offers.some((o) => o.ask.kind === 'support');
  const others = offers.some((o) => o.ask.kind === 'influence');
  return own && others ? 'consult.offers.help' : others ? 'consult.offers.help.others' : 'consult.offers.help.own';
}

export function OfferForm({ offers }: { offers: ActionOf<'consult.offer'>[] }) {
  const g = useGame();
  const { t, lang } = g;
  const selectId = useId();
  const targets = [...new Set(offers.map((o) => o.to))].sort((a, b) => delegationName(g, a).localeCompare(delegationName(g, b), lang));
  const [to, setTo] = useState(targets[0] ?? '');
  const target = targets.includes(to) ? to : targets[0] ?? '';
  const list = offers.filter((o) => o.to === target);
  const byName = (a: string, b: string) => delegationName(g, a).localeCompare(delegationName(g, b), lang);
  const closed = g.game.players.filter((id) => id !== g.me && g.game.delegations[id]?.ready && !targets.includes(id)).sort(byName);
  const gone = to !== '' && to !== target && closed.includes(to) ? to : null;
  return (
    <section class="section" aria-labelledby="consult-offers">
      <h3 id="consult-offers">{t('consult.offers.heading')}</h3>
      <p class="hint">{t(offersHelpKey(offers))}</p>
      <div class="field">
        <label for={selectId}>{t('consult.offers.to')}</label>
        <select id={selectId} value={target} onChange={(e) => setTo((e.currentTarget as HTMLSelectElement).value)}>
          {targets.map((id) => <option key={id} value={id}>{delegationName(g, id)}</option>)}
        </select>
      </div>
      {gone && <p class="notice" role="status">{t('consult.offers.closed-now', { name: delegationName(g, gone) })}</p>}
      {closed.length > 0 && <p class="hint">{t('consult.offers.closed', { names: delegationList(g, closed) })}</p>}
      <div class="action-list">
        {list.map((a) => <ActionButton key={JSON.stringify(a)} action={a} />)}
      </div>
    </section>
  );
}

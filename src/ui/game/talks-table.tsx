/** Bilateral talks: every delegation the player may hold talks with, its trust and the expected gain. */
import { useId, useState } from 'preact/hooks';
import { indexScenario, trustOf, type ActionOf } from '../../engine';
import { formatTrust } from '../../i18n';
import { useGame } from '../context';
import { delegationList, delegationName, regionName } from '../names';
import { ActionButton } from './action-button';
import { DelegationLink } from './delegation-link';

/** From this many rows on, the talks table gets a search box. */
const SEARCH_FROM = 8;

export function TalksTable({ actions }: { actions: ActionOf<'consult.talks'>[] }) {
  const g = useGame();
  const { t, lang, game, me, scenario } = g;
  const idx = indexScenario(scenario);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const held = game.delegations[me]?.talkedWith ?? [];
  const all = actions
    .map((a) => ({ a, def: idx.delegation.get(a.with)! }))
    .sort((x, y) => regionName(g, x.def.region).localeCompare(regionName(g, y.def.region), lang)
      || delegationName(g, x.a.with).localeCompare(delegationName(g, y.a.with), lang));
  // A long list is searchable by delegation or region, so the one you want is a few keys away.
  const q = query.trim().toLocaleLowerCase(lang);
  const rows = q ? all.filter(({ a, def }) => `${delegationName(g, a.with)} ${regionName(g, def.region)}`.toLocaleLowerCase(lang).includes(q)) : all;
  return (
    <section class="section" aria-labelledby="consult-talks">
      <h3 id="consult-talks">{t('consult.talks.heading')}</h3>
      <p class="hint">{t('consult.talks.help')}</p>
      {/* Talks are once a pair a round: those already held leave the table, so they are named. */}
      {held.length > 0 && <p class="hint">{t('consult.talks.held', { names: delegationList(g, held) })}</p>}
      {all.length > SEARCH_FROM && (
        <div class="field">
          <label for={searchId}>{t('consult.talks.search')}</label>
          <input id={searchId} type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          <span class="hint" aria-live="polite">{t('consult.talks.shown', { n: rows.length, total: all.length })}</span>
        </div>
      )}
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('consult.talks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.delegation')}</th>
              <th scope="col">{t('col.region')}</th>
              <th scope="col">{t('col.trust')}</th>
              <th scope="col">{t('col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ a, def }) => (
              <tr key={a.with}>
                <th scope="row"><DelegationLink id={a.with} /></th>
                <td>{regionName(g, def.region)}{def.role === 'observer' ? ` · ${t('role.observer')}` : ''}</td>
                <td class="num">{formatTrust(lang, trustOf(game, me, a.with))}</td>
                <td><ActionButton action={a} short={t('action.talks.short')} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

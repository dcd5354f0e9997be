/** Bilateral talks: every delegation the player may hold talks with, its trust and the expected gain. */
import { indexScenario, trustOf, type ActionOf } from '../../engine';
import { formatNumber } from '../../i18n';
import { useGame } from '../context';
import { delegationName, regionName } from '../names';
import { ActionButton } from './action-button';
import { DelegationLink } from './delegation-link';

export function TalksTable({ actions }: { actions: ActionOf<'consult.talks'>[] }) {
  const g = useGame();
  const { t, lang, game, me, scenario } = g;
  const idx = indexScenario(scenario);
  const rows = actions
    .map((a) => ({ a, def: idx.delegation.get(a.with)! }))
    .sort((x, y) => regionName(g, x.def.region).localeCompare(regionName(g, y.def.region), lang)
      || delegationName(g, x.a.with).localeCompare(delegationName(g, y.a.with), lang));
  return (
    <section class="section" aria-labelledby="consult-talks">
      <h3 id="consult-talks">{t('consult.talks.heading')}</h3>
      <p class="hint">{t('consult.talks.help')}</p>
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
                <td class="num">{formatNumber(lang, trustOf(game, me, a.with))}</td>
                <td><ActionButton action={a} short={t('action.talks.short')} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

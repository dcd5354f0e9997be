/**
 * The list alternative to the map: every delegation grouped by region, with its role and its
 * trust toward the player; each opens its dossier.
 */
import { trustOf } from '../../engine';
import { formatTrust } from '../../i18n';
import { useGame, useSelected } from '../context';
import { delegationName, regionName } from '../names';
import { DelegationLink } from './delegation-link';
import { PanelHeading } from './panel-heading';
import { AssumptionNote, chairsAssumed } from './assumption-note';

export function DelegationsPanel() {
  const g = useGame();
  const selected = useSelected();
  const { t, lang, game, scenario, me } = g;
  const regions = new Map<string, string[]>();
  for (const d of scenario.delegations) regions.set(d.region, [...(regions.get(d.region) ?? []), d.id]);
  const sorted = [...regions.entries()].sort((a, b) => regionName(g, a[0]).localeCompare(regionName(g, b[0]), lang));
  return (
    <>
      <PanelHeading title={t('tab.delegations')} />
      <p class="hint">{t('delegations.help')}</p>
      {chairsAssumed(scenario.calendar.startYear, scenario.calendar.rounds) && <AssumptionNote id="chair" />}
      {sorted.map(([region, ids]) => (
        <section key={region} class="section" aria-labelledby={`region-${region}`}>
          <h3 id={`region-${region}`}>{regionName(g, region)}</h3>
          <ul class="delegation-list">
            {ids.sort((a, b) => delegationName(g, a).localeCompare(delegationName(g, b), lang)).map((id) => {
              const def = scenario.delegations.find((d) => d.id === id)!;
              return (
                <li key={id} class={selected === id ? 'is-selected' : ''}>
                  <DelegationLink id={id} />
                  <span class="delegation-list__meta">
                    {t(`role.${def.role}`)}
                    {id !== me && ` · ${t('delegations.trust', { n: formatTrust(lang, trustOf(game, me, id)) })}`}
                    {game.chair === id && ` · ${t('delegations.chair')}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

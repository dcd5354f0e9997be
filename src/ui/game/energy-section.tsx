/**
 * The Energy Security Partnership: who is in it, whether it is founded (and under CICA), the
 * corridor projects, and what the player may do about it now.
 */
import { weakestLink, type Action } from '../../engine';
import { useGame } from '../context';
import { corridorName, delegationList } from '../names';
import { ActionButton } from './action-button';

export function EnergySection({ actions }: { actions: readonly Action[] }) {
  const g = useGame();
  const { t, game, scenario } = g;
  const e = game.energy;
  const built = new Map(e.corridors.map((c) => [c.id, c]));
  const status = !e.members.length ? t('energy.status.none')
    : !e.founded ? t('energy.status.forming', { names: delegationList(g, e.members), producers: scenario.energy.minProducers, importers: scenario.energy.minImporters })
      : e.underCica ? t('energy.status.under-cica', { names: delegationList(g, e.members) })
        : t('energy.status.founded', { names: delegationList(g, e.members), n: e.members.length });
  return (
    <section class="section" aria-labelledby="consult-energy">
      <h3 id="consult-energy">{t('energy.heading')}</h3>
      <p>{status}</p>
      {scenario.energy.corridors.length > 0 && (
        <ul class="plain-list">
          {scenario.energy.corridors.map((c) => (
            <li key={c.id}>
              <strong>{corridorName(g, c.id)}</strong>: {delegationList(g, c.route)} — {built.has(c.id) ? t('energy.corridor.built') : t('energy.corridor.planned')}
              {!built.has(c.id) && scenario.energy.corridorTrust > 0 && <CorridorTrust route={c.route} need={scenario.energy.corridorTrust} />}
            </li>
          ))}
        </ul>
      )}
      {actions.length > 0 && <div class="action-list">{actions.map((a) => <ActionButton key={JSON.stringify(a)} action={a} />)}</div>}
    </section>
  );
}

/** Why a planned corridor may not be buildable yet: its weakest pair of neighbours, against what the route needs. */
function CorridorTrust({ route, need }: { route: readonly string[]; need: number }) {
  const g = useGame();
  const low = weakestLink(g.game, route);
  if (low.trust >= need) return null;
  const pair = low.pair.map((id) => delegationList(g, [id])).join('–');
  return <span class="hint"> ({g.t('energy.corridor.trust', { need, pair, trust: Math.round(low.trust) })})</span>;
}

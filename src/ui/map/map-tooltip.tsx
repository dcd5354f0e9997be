/** The tooltip for the country under the pointer: name, role, trust toward the player, disputes. */
import { indexScenario, PUBLIC, trustOf } from '../../engine';
import { formatTrust } from '../../i18n';
import { mapKeyOf } from '../../scenario/schema';
import { useGame } from '../context';
import { delegationName, flashpointName } from '../names';

export interface Hover {
  mapId: string;
  x: number;
  y: number;
}

export function MapTooltip({ hover }: { hover: Hover }) {
  const g = useGame();
  const { t, lang, game, scenario, me } = g;
  const def = scenario.delegations.find((d) => mapKeyOf(d) === hover.mapId);
  if (!def) return null;
  const fps = indexScenario(scenario).partyTo.get(def.id) ?? [];
  // The tooltip repeats what the dossier says; it is for pointer users, so it stays out of the accessibility tree.
  return (
    <div class="map-tooltip" style={{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }} aria-hidden="true">
      <strong>{delegationName(g, def.id)}</strong>
      <span>{t(`role.${def.role}`)}{game.chair === def.id ? ` · ${t('delegations.chair')}` : ''}</span>
      {/* The projector speaks for no delegation, so it shows no trust "toward you". */}
      {def.id !== me && me !== PUBLIC && <span>{t('delegations.trust', { n: formatTrust(lang, trustOf(game, me, def.id)) })}</span>}
      {fps.map((f) => <span key={f}>{flashpointName(g, f)}: {t(`stage.${game.flashpoints[f]!.stage}`)}</span>)}
      {/* The projector has no dossier to open: clicking there only selects the delegation. */}
      <span class="hint">{t(me === PUBLIC ? 'map.select-delegation' : 'map.click-for-dossier')}</span>
    </div>
  );
}

/** Switches for the map's layers: trust, flashpoints, energy, chair, and one organisation's members. */
import { useId } from 'preact/hooks';
import { MEMBERSHIP_LAYERS, type MapLayers, type MembershipLayer } from '../../map/model';
import { useGame } from '../context';
import { organisationName } from '../names';

const TOGGLES = ['trust', 'flashpoints', 'energy', 'chair'] as const;

export function LayerControls({ layers, onChange }: { layers: MapLayers; onChange(layers: MapLayers): void }) {
  const { t } = useGame();
  const orgId = useId();
  return (
    <fieldset class="layers">
      <legend>{t('map.layers')}</legend>
      {TOGGLES.map((k) => (
        <label key={k} class="toggle">
          <input type="checkbox" checked={layers[k]} onChange={(e) => onChange({ ...layers, [k]: (e.currentTarget as HTMLInputElement).checked })} />
          {t(`map.layer.${k}`)}
        </label>
      ))}
      <span class="field field--inline">
        <label for={orgId}>{t('map.layer.memberships')}</label>
        <select id={orgId} value={layers.memberships ?? ''} onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          onChange({ ...layers, memberships: v === '' ? null : (v as MembershipLayer) });
        }}>
          <option value="">{t('map.layer.memberships.none')}</option>
          {MEMBERSHIP_LAYERS.map((m) => <option key={m} value={m}>{organisationName(t, m)}</option>)}
        </select>
      </span>
    </fieldset>
  );
}

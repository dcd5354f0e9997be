/** The legend for the layers now shown, from the map's own legend entries, in the player's language. */
import type { Params } from '../../i18n';
import { isMessageKey } from '../../i18n';
import { mapLegend, type LegendSymbol } from '../../map/legend';
import type { MapModel } from '../../map/model';
import { useGame, type GameUi } from '../context';

function say(g: GameUi, key: string, params?: Params): string {
  return isMessageKey(key) ? g.t(key, params) : key;
}

function Swatch({ symbol, color }: { symbol: LegendSymbol; color: string }) {
  return <span class={`legend__swatch legend__swatch--${symbol}`} style={{ '--swatch': color }} aria-hidden="true" />;
}

export function MapLegend({ model }: { model: MapModel }) {
  const g = useGame();
  const sections = mapLegend(model);
  return (
    <div class="legend" role="group" aria-label={g.t('map.legend')}>
      {sections.map((s) => (
        <div key={s.id} class="legend__section">
          <p class="legend__title">{say(g, s.titleKey, s.titleParams)}</p>
          {s.gradient && <span class="legend__gradient" aria-hidden="true" style={{ background: `linear-gradient(to right, ${s.gradient.join(', ')})` }} />}
          <ul class="legend__entries">
            {s.entries.map((e) => (
              <li key={e.key}><Swatch symbol={e.symbol} color={e.color} />{say(g, e.key, e.params)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

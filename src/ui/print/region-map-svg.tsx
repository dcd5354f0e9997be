/** The printed region map: the delegation filled dark, its region and its disputes' other parties lighter, names on top. */
import type { MapAsset } from '../../map/asset';
import type { Scenario } from '../../scenario/schema';
import { usePrefs } from '../context';
import { delegationName } from '../names';
import { regionMap } from './region-map';

const FILL = { self: '#0b4f8a', region: '#9cc3e6', party: '#f3c766', cica: '#e3ded2', land: '#f4f2ed' } as const;

export function RegionMapSvg({ asset, scenario, delegation }: { asset: MapAsset; scenario: Scenario; delegation: string }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const map = regionMap(asset, scenario, delegation);
  const name = delegationName(c, delegation);
  if (!map) return <p class="hint">{t('print.map.none', { name })}</p>;
  const [x, y, w, h] = map.viewBox;
  const font = w / 45;
  return (
    <figure class="region-map">
      <svg viewBox={`${x} ${y} ${w} ${h}`} role="img" aria-label={t('print.map.label', { name })} preserveAspectRatio="xMidYMid meet">
        <rect x={x} y={y} width={w} height={h} fill="#dbe7ef" />
        {map.shapes.map((s) => <path key={s.id} d={s.d} fill={FILL[s.tone]} stroke="#55606b" stroke-width={w / 900} fill-rule="evenodd" />)}
        {map.capital && <circle cx={map.capital[0]} cy={map.capital[1]} r={font / 3} fill="#fff" stroke="#1b1b1b" stroke-width={font / 12} />}
        {map.labels.map((l) => (
          <text
            key={l.delegation} x={l.x} y={l.y} font-size={l.tone === 'self' ? font * 1.2 : font} text-anchor="middle"
            font-weight={l.tone === 'self' ? 700 : 400} fill="#1b1b1b" stroke="#ffffff" stroke-width={font / 5} paint-order="stroke"
          >
            {delegationName(c, l.delegation)}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul class="region-map__legend">
          <li><span class="swatch" style={{ background: FILL.self }} aria-hidden="true" />{name}</li>
          <li><span class="swatch" style={{ background: FILL.region }} aria-hidden="true" />{t('print.map.region')}</li>
          <li><span class="swatch" style={{ background: FILL.party }} aria-hidden="true" />{t('print.map.party')}</li>
          <li><span class="swatch" style={{ background: FILL.cica }} aria-hidden="true" />{t('print.map.cica')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}

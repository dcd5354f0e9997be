/**
 * One delegation's briefing packet: the public brief with a map of its region and its key facts,
 * then, on a page of its own, the confidential instructions: the confidential brief, interests,
 * red lines and secret objectives. Scenario text is printed as text, never as HTML.
 */
import { indexScenario } from '../../engine';
import type { MapAsset } from '../../map/asset';
import { INTEREST_KEYS, type Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import { delegationList, flashpointName, regionName } from '../names';
import { redLineText } from './red-line-text';
import { RegionMapSvg } from './region-map-svg';

interface Props {
  scenario: Scenario;
  delegation: string;
  student?: string;
  asset: MapAsset | null;
  /** Which copy this is, when a team gets several. */
  copy?: { n: number; total: number };
}

export function BriefingPacket({ scenario, delegation, student, asset, copy }: Props) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const def = scenario.delegations.find((d) => d.id === delegation)!;
  const name = localize(def.name, lang);
  const fps = indexScenario(scenario).partyTo.get(delegation) ?? [];
  const title = localize(scenario.meta.title, lang);
  return (
    <article class="print-page packet" aria-labelledby={`packet-${delegation}`}>
      <header class="print-page__head">
        <p class="print-page__kicker">{t('print.packet.kicker', { scenario: title })}</p>
        <h2 id={`packet-${delegation}`}>{t('print.packet.title', { name })}</h2>
        {student && <p>{t('print.packet.for', { student })}</p>}
        {copy && <p class="hint">{t('print.copy-of', copy)}</p>}
      </header>
      <section class="print-block">
        <h3>{t('dossier.brief')}</h3>
        <p class="prose">{localize(def.brief.public, lang)}</p>
      </section>
      <div class="packet__columns">
        <section class="print-block">
          <h3>{t('print.packet.facts')}</h3>
          <dl class="facts">
            <dt>{t('dossier.role')}</dt><dd>{t(`role.${def.role}`)}</dd>
            <dt>{t('dossier.region')}</dt><dd>{regionName(c, def.region)}</dd>
            <dt>{t('dossier.capital')}</dt><dd>{localize(def.capital.name, lang)}</dd>
            <dt>{t('dossier.weight')}</dt><dd>{t(`weight.${def.weight}`)}</dd>
            <dt>{t('dossier.energy')}</dt><dd>{t(`energy.profile.${def.energy}`)}</dd>
            <dt>{t('dossier.memberships')}</dt><dd>{def.memberships.length ? def.memberships.join(', ') : t('dossier.none')}</dd>
            <dt>{t('dossier.flashpoints')}</dt>
            <dd>{fps.length ? fps.map((f) => `${flashpointName(c, f)} (${delegationList(c, scenario.flashpoints.find((x) => x.id === f)!.parties.filter((p) => p !== delegation))})`).join('; ') : t('dossier.none')}</dd>
          </dl>
          {/* Interests are public (every delegation sees them in the game): they stand outside the confidential part. */}
          <h4>{t('dossier.interests')}</h4>
          <ul class="plain-list interest-print">
            {INTEREST_KEYS.map((k) => <li key={k}>{t(`interest.${k}`)}: <strong>{def.profile.interests[k]}/5</strong></li>)}
          </ul>
        </section>
        <section class="print-block">
          <h3>{t('print.packet.map')}</h3>
          {asset ? <RegionMapSvg asset={asset} scenario={scenario} delegation={delegation} /> : <p class="hint">{t('print.map.loading')}</p>}
        </section>
      </div>
      <section class="print-block confidential">
        <p class="confidential__stamp">{t('print.confidential.stamp', { name })}</p>
        <h3>{t('print.confidential.heading')}</h3>
        <p class="prose">{localize(def.brief.confidential, lang)}</p>
        {def.profile.redLines.length > 0 && (
          <>
            <h4>{t('secrets.red-lines')}</h4>
            <ul>{def.profile.redLines.map((r, i) => <li key={i}>{redLineText(c, r)}</li>)}</ul>
          </>
        )}
        <h4>{t('secrets.objectives')}</h4>
        {def.objectives.length ? (
          <ul>{def.objectives.map((o) => <li key={o.id}>{localize(o.text, lang)} <span class="hint">({t('secrets.points', { n: o.points })})</span></li>)}</ul>
        ) : <p>{t('print.objectives.none')}</p>}
      </section>
    </article>
  );
}

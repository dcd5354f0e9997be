/** The game at one step of the replay, as one viewer saw it. */
import { cohesion, currentItem, goalMet, indexScenario, scenarioView, FACILITATOR, PUBLIC, type PlayerView, type Viewer } from '../../engine';
import { formatNumber } from '../../i18n';
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { usePrefs } from '../context';
import { delegationName, flashpointName, packageTitle, proposalTitle } from '../names';
import { reasonText } from '../reason-text';
import { chronicleOfRound } from '../../engine';

export function ReplayState({ scenario, view, viewer }: { scenario: Scenario; view: PlayerView; viewer: Viewer }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const idx = indexScenario(scenario);
  const item = view.phase === 'plenary' ? currentItem(view) : null;
  const own = viewer !== PUBLIC && viewer !== FACILITATOR ? scenarioView(scenario, viewer).delegations.find((d) => d.id === viewer) : undefined;
  const mine = own ? view.delegations[own.id] : undefined;
  const offers = view.offers.filter((o) => o.round === view.round);
  const news = chronicleOfRound(view, view.round);
  const tabled = view.proposalOrder.filter((p) => view.proposals[p]!.round === view.round);
  return (
    <div class="replay__grid">
      <section class="debrief__section" aria-labelledby="rp-state">
        <h2 id="rp-state">{t('replay.conference')}</h2>
        <dl class="facts">
          <dt>{t('bar.chair')}</dt><dd>{delegationName(c, view.chair)}</dd>
          <dt>{t('bar.cohesion')}</dt><dd>{formatNumber(lang, cohesion(idx, view))}</dd>
          {mine && <><dt>{t('bar.influence')}</dt><dd>{formatNumber(lang, mine.influence)}</dd></>}
          {mine && <><dt>{t('bar.prestige')}</dt><dd>{formatNumber(lang, mine.prestige)}</dd></>}
        </dl>
        <h3>{t('results.flashpoints')}</h3>
        <ul class="plain-list">
          {scenario.flashpoints.map((f) => (
            <li key={f.id}>{flashpointName(c, f.id)}: {t(`stage.${view.flashpoints[f.id]!.stage}`)} ({t('fp.tension', { n: formatNumber(lang, view.flashpoints[f.id]!.tension) })})</li>
          ))}
        </ul>
        <h3>{t('replay.proposals')}</h3>
        {tabled.length ? (
          <ul class="plain-list">
            {tabled.map((p) => <li key={p}>{proposalTitle(c, view, p)} — {delegationName(c, view.proposals[p]!.proposer)} · {t(`plenary.item.${view.proposals[p]!.status}`)}</li>)}
          </ul>
        ) : <p>{t('agenda.empty')}</p>}
      </section>
      <section class="debrief__section" aria-labelledby="rp-news">
        <h2 id="rp-news">{t('replay.round-news')}</h2>
        {item && (
          <>
            <h3>{t('plenary.item', { proposal: packageTitle(c, view, item.id) })}</h3>
            <ul class="plain-list">
              {Object.entries(item.positions).map(([d, p]) => (
                <li key={d}>{delegationName(c, d)}: {t(`stance.${p.stance}`)}{p.reason ? ` — ${reasonText(c, view, p.reason) ?? ''}` : ''}</li>
              ))}
            </ul>
          </>
        )}
        <ol class="log log--compact">{news.map((e, i) => <li key={i} class={`log__entry tone--${chronicleTone(e)}`}>{chronicleText(c, view, e)}</li>)}</ol>
      </section>
      <section class="debrief__section" aria-labelledby="rp-private">
        <h2 id="rp-private">{t('replay.private')}</h2>
        {viewer === PUBLIC ? <p>{t('replay.private.public')}</p> : (
          <>
            <h3>{t('replay.offers')}</h3>
            {offers.length ? (
              <ul class="plain-list">
                {offers.map((o) => <li key={o.id}>{t('replay.offer', { from: delegationName(c, o.from), to: delegationName(c, o.to), status: t(`replay.offer-status.${o.status}`) })}</li>)}
              </ul>
            ) : <p>{t('replay.offers.none')}</p>}
            {own && own.objectives.length > 0 && (
              <>
                <h3>{t('secrets.objectives')}</h3>
                <ul class="plain-list">
                  {own.objectives.map((o) => {
                    const met = goalMet(idx, view, own.id, o.goal);
                    return <li key={o.id} class={met ? 'tone--good' : ''}>{localize(o.text, lang)} <span class="badge">{t(met ? 'secrets.met' : 'secrets.unmet')}</span></li>;
                  })}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}

/**
 * The end of the conference: the collective outcome grade, the ranking, the player's objectives,
 * the turning points, and a printable summary for the debrief.
 */
import { collectiveOutcome, indexScenario, ranking } from '../../engine';
import { formatNumber } from '../../i18n';
import { localize } from '../../scenario/text';
import { useGame } from '../context';
import { DebriefButton } from '../debrief/debrief-link';
import { delegationName } from '../names';
import { PanelHeading } from './panel-heading';
import { SecretsSection } from './secrets-section';
import { TurningPoints } from './turning-points';

export function EndScreen() {
  const g = useGame();
  const { t, lang, game, scenario, me } = g;
  const idx = indexScenario(scenario);
  if (game.phase !== 'concluded') return <><PanelHeading title={t('tab.results')} /><p>{t('results.not-yet')}</p></>;
  const o = collectiveOutcome(idx, game);
  const ranks = ranking(idx, game);
  const myRank = ranks.findIndex((r) => r.id === me) + 1;
  const clusters = Object.keys(game.clusters).length;
  const def = scenario.delegations.find((d) => d.id === me)!;
  return (
    <div class="results printable">
      <PanelHeading title={t('results.heading')}>
        <button type="button" class="button" onClick={() => window.print()}>{t('results.print')}</button>
        <DebriefButton />
      </PanelHeading>
      <p>{t(`results.reason.${game.concluded?.reason ?? 'calendar'}`)}</p>
      <section class="section grade-box" aria-labelledby="grade-heading">
        <h3 id="grade-heading">{t('results.grade-heading')}</h3>
        <p class={`grade grade--${o.grade}`}><span class="grade__letter">{o.grade}</span> <span class="grade__score">{t('results.score', { n: o.score })}</span></p>
        <p>{t(`results.grade.${o.grade}`)}</p>
        <dl class="facts">
          <dt>{t('results.charter')}</dt>
          <dd>{o.charterAdopted ? t('results.charter.adopted', { year: scenario.calendar.startYear + (o.charterRound ?? 1) - 1 })
            : clusters ? t('results.charter.clusters', { n: o.clustersAgreed, total: clusters }) : t('results.charter.none')}</dd>
          <dt>{t('bar.cohesion')}</dt><dd>{formatNumber(lang, o.cohesion)}</dd>
          <dt>{t('results.flashpoints')}</dt><dd>{t('results.flashpoints.value', { prevented: o.prevented, conflicts: o.conflicts, total: scenario.flashpoints.length })}</dd>
          <dt>{t('results.implemented')}</dt><dd>{t('results.implemented.value', { n: o.implemented, total: scenario.measures.length })}</dd>
        </dl>
      </section>
      <section class="section" aria-labelledby="rank-heading">
        <h3 id="rank-heading">{t('results.ranking')}</h3>
        <p><strong>{t('results.your-rank', { rank: myRank, total: ranks.length, name: delegationName(g, me) })}</strong></p>
        {ranks.length > 0 && <p class="hint" data-share={ranks[0]!.share}>{t('results.share-note', { n: ranks[0]!.share })}</p>}
        <div class="table-wrap table-wrap--tall" tabIndex={0} role="region" aria-label={t('results.ranking')}>
          <table class="table table--compact">
            <caption class="visually-hidden">{t('results.ranking')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.rank')}: {t('col.delegation')}</th>
                <th scope="col">{t('col.total')}</th>
                <th scope="col">{t('col.interests')}</th>
                <th scope="col">{t('col.prestige')}</th>
                <th scope="col">{t('col.mediation')}</th>
                <th scope="col">{t('col.objectives')}</th>
              </tr>
            </thead>
            <tbody>
              {ranks.map((r, i) => (
                <tr key={r.id} class={r.id === me ? 'row--me' : ''}>
                  <th scope="row">{i + 1}. {delegationName(g, r.id)}{r.id === me ? ` (${t('you')})` : ''}</th>
                  <td class="num">{formatNumber(lang, r.total)}</td>
                  <td class="num">{formatNumber(lang, r.interests)}</td>
                  <td class="num">{formatNumber(lang, r.prestige)}</td>
                  <td class="num">{formatNumber(lang, r.mediation)}</td>
                  <td class="num">{formatNumber(lang, r.objectives)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <SecretsSection def={def} />
      <TurningPoints />
      {scenario.debrief.questions.length > 0 && (
        <section class="section" aria-labelledby="debrief-heading">
          <h3 id="debrief-heading">{t('results.debrief')}</h3>
          <ol>{scenario.debrief.questions.map((q, i) => <li key={i}>{localize(q.text, lang)}</li>)}</ol>
        </section>
      )}
    </div>
  );
}

/**
 * The Charter tracker: every precondition of the Charter (each cluster of the Road Map, cohesion,
 * implemented measures and dimensions, no armed conflict between members) with met or not met,
 * who has blocked it in the plenary, when the Charter can next come to the agenda, and the true
 * deadline (the last summit). The data is src/engine/charter-track.ts.
 */
import { indexScenario } from '../../engine';
import { charterTrack, type Blocked, type CharterCondition } from '../../engine/charter-track';
import { formatNumber } from '../../i18n';
import { useGame, type GameUi } from '../context';
import { clusterTitle, delegationList, flashpointName } from '../names';
import { RequirementList } from './cluster-requires';
import { AssumptionNote } from './assumption-note';

function blockedText(g: GameUi, list: readonly Blocked[]): string {
  if (!list.length) return g.t('tracker.never-blocked');
  return list.map((b) => {
    const once = g.t('tracker.blocked-once', {
      round: b.round, names: b.blockers.length ? delegationList(g, b.blockers) : g.t(b.unmet ? 'tracker.blocked-unmet' : b.overOthers.length ? 'tracker.blocked-by-package' : 'tracker.blocked-none'),
    });
    return b.overOthers.length ? `${once} (${g.t('tracker.over-others', { names: delegationList(g, b.overOthers), n: b.overOthers.length })})` : once;
  }).join('; ');
}

function conditionLabel(g: GameUi, c: CharterCondition): string {
  switch (c.code) {
    case 'cluster': return g.t('tracker.cluster', { title: clusterTitle(g, c.cluster) });
    case 'cohesion': return g.t('tracker.cohesion', { needed: c.needed });
    case 'dimensions': return g.t('tracker.dimensions', { needed: c.needed });
    case 'implemented': return g.t('tracker.implemented', { needed: c.needed });
    case 'no-conflict': return g.t('tracker.no-conflict');
  }
}

function conditionDetail(g: GameUi, c: CharterCondition): string {
  const { t, lang } = g;
  switch (c.code) {
    case 'cluster':
      return t('tracker.cluster.status', { status: t(`cluster.status.${c.status}`) });
    case 'cohesion':
    case 'dimensions':
    case 'implemented':
      return t('tracker.value', { value: formatNumber(lang, c.value) });
    case 'no-conflict':
      return c.flashpoints.length ? t('tracker.conflicts', { list: c.flashpoints.map((f) => flashpointName(g, f)).join(', ') }) : '';
  }
}

export function CharterTracker() {
  const g = useGame();
  const { t, game, scenario } = g;
  const idx = indexScenario(scenario);
  const track = charterTrack(idx, game);
  const year = (round: number) => scenario.calendar.startYear + round - 1;
  return (
    <section class="section tracker" aria-labelledby="tracker-heading">
      <h3 id="tracker-heading">{t('tracker.heading')}</h3>
      <p class="hint">{t('tracker.help')}</p>
      {track.adopted ? <p class="good">{t('tracker.adopted', { year: year(track.adoptedRound ?? game.round) })}</p> : (
        <>
          <p class="tracker__when">
            {track.dueNow ? t('tracker.due-now')
              : track.nextSummit !== null ? t('tracker.next', { round: track.nextSummit, year: year(track.nextSummit) })
                : t('tracker.none-left')}
          </p>
          {track.lastSummit !== null && <p class="tracker__deadline"><strong>{t('tracker.deadline', { round: track.lastSummit, year: year(track.lastSummit) })}</strong></p>}
        </>
      )}
      <table class="table tracker__table">
          <caption class="visually-hidden">{t('tracker.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tracker.col.condition')}</th>
              <th scope="col">{t('tracker.col.status')}</th>
              <th scope="col">{t('tracker.col.blocked')}</th>
            </tr>
          </thead>
          <tbody>
            {track.conditions.map((c, i) => (
              <tr key={i} class={c.met ? 'tracker__row--met' : 'tracker__row--open'}>
                <th scope="row">{conditionLabel(g, c)}</th>
                <td class={c.met ? 'good' : 'bad'}>
                  <span aria-hidden="true">{c.met ? '✓ ' : '✗ '}</span>{t(c.met ? 'tracker.met' : 'tracker.not-met')}
                  {conditionDetail(g, c) && <span class="hint"> · {conditionDetail(g, c)}</span>}
                  {/* Those already adopted are ticked too: the player sees how far the cluster has come. */}
                  {c.code === 'cluster' && !c.met && c.missing.length > 0 && (
                    <span class="hint">; {t('tracker.cluster.requires')} <RequirementList requires={idx.cluster.get(c.cluster)?.requires ?? c.missing} /></span>
                  )}
                </td>
                <td class="reason">
                  {c.code === 'cluster' && blockedText(g, c.blocked)}
                  {c.code === 'cluster' && c.objecting.length > 0 && <><br />{t('tracker.objecting', { names: delegationList(g, c.objecting), n: c.objecting.length })}</>}
                  {c.code === 'cluster' && c.objectingOthers.length > 0 && <><br />{t('tracker.objecting-others', { names: delegationList(g, c.objectingOthers), n: c.objectingOthers.length })}</>}
                </td>
              </tr>
            ))}
          </tbody>
      </table>
      {track.charterBlocked.length > 0 && <p>{t('tracker.charter-blocked', { list: blockedText(g, track.charterBlocked) })}</p>}
      {scenario.transformation.clusters.some((c) => c.requires.length > 0) && <AssumptionNote id="cluster-measure" />}
    </section>
  );
}

/**
 * Proposals: the catalogue of measures by dimension and the clusters of the transformation
 * track, each with the button to table it when the rules allow, this round's agenda, and the
 * Charter tracker.
 */
import { useState } from 'preact/hooks';
import { type ActionOf } from '../../engine';
import { DIMENSIONS } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { groupActions } from '../action-groups';
import { useGame } from '../context';
import { clusterTitle } from '../names';
import { ActionButton } from './action-button';
import { AgendaSection } from './agenda-section';
import { MeasureCard } from './measure-card';
import { PanelHeading } from './panel-heading';
import { AssumptionNote } from './assumption-note';
import { CharterTracker } from './charter-tracker';
import { ClusterRequires } from './cluster-requires';

export function ProposalsPanel() {
  const g = useGame();
  const { t, lang, game, scenario, legal } = g;
  const groups = groupActions(legal);
  const [onlyTableable, setOnlyTableable] = useState(false);
  const tableMeasure = new Map<string, ActionOf<'proposal.table'>>();
  const tableCluster = new Map<string, ActionOf<'proposal.table'>>();
  for (const a of groups.tabling) {
    if (a.subject.kind === 'measure') tableMeasure.set(a.subject.measure, a);
    if (a.subject.kind === 'cluster') tableCluster.set(a.subject.cluster, a);
  }
  const show = (has: boolean) => !onlyTableable || has;
  const transformation = scenario.transformation.enabled && scenario.transformation.clusters.length > 0;

  return (
    <>
      <PanelHeading title={t('tab.proposals')}>
        <label class="toggle">
          <input type="checkbox" checked={onlyTableable} onChange={(e) => setOnlyTableable((e.currentTarget as HTMLInputElement).checked)} />
          {t('proposals.only-tableable')}
        </label>
      </PanelHeading>
      <p class="hint">{groups.tabling.length ? t('proposals.help', { n: groups.tabling.length }) : t('proposals.help.none')}</p>
      {game.phase === 'consultations' && <AgendaSection pledges={groups.pledges} agenda={groups.agenda} />}
      {DIMENSIONS.map((dim) => {
        const measures = scenario.measures.filter((m) => m.dimension === dim && show(tableMeasure.has(m.id)));
        if (!measures.length) return null;
        return (
          <section key={dim} class="section" aria-labelledby={`dim-${dim}`}>
            <h3 id={`dim-${dim}`}>{t(`dimension.${dim}`)}</h3>
            {measures.map((m) => <MeasureCard key={m.id} id={m.id} table={tableMeasure.get(m.id)} />)}
          </section>
        );
      })}
      {transformation && (
        <section class="section" aria-labelledby="clusters">
          <h3 id="clusters">{t('proposals.clusters.heading')}</h3>
          <p class="hint">{t('proposals.clusters.help')}</p>
          {scenario.transformation.clusters.some((c) => c.requires.length > 0) && <AssumptionNote id="cluster-measure" />}
          {scenario.transformation.clusters.filter((c) => show(tableCluster.has(c.id))).map((c) => {
            const action = tableCluster.get(c.id);
            return (
              <article key={c.id} class="card" aria-labelledby={`cl-${c.id}`}>
                <h4 id={`cl-${c.id}`} class="card__title">{clusterTitle(g, c.id)}</h4>
                <p class="card__meta"><span class={`badge status status--${game.clusters[c.id]}`}>{t(`cluster.status.${game.clusters[c.id] ?? 'open'}`)}</span></p>
                <p>{localize(c.description, lang)}</p>
                <ClusterRequires requires={c.requires} />
                {action && <div class="card__actions"><ActionButton action={action} variant="primary" /></div>}
              </article>
            );
          })}
        </section>
      )}
      {transformation && <CharterTracker />}
    </>
  );
}

/**
 * The debrief, from the game's own record: the outcome, charts of cohesion, trust, tension and
 * prestige, the timeline with every decision and who blocked it, the energy bloc's history,
 * pledges kept and broken, the final scores with secret objectives revealed, every action taken,
 * and the scenario's discussion questions. It prints, and it exports as JSON.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { buildDebrief, debriefDocument } from '../../debrief/build';
import { FACILITATOR, PUBLIC } from '../../engine';
import { formatNumber } from '../../i18n';
import { localize } from '../../scenario/text';
import { chronicleText } from '../chronicle-text';
import { downloadText } from '../classroom/download';
import { usePrefs } from '../context';
import { PrefsControls } from '../prefs-controls';
import { ActionList } from './action-list';
import type { DebriefInput } from './debrief-app';
import { CSV_COLUMNS, teamCsv, teamRows, type CsvColumn } from '../../debrief/team-csv';
import { PinForm } from '../classroom/pin-gate';
import { delegationName } from '../names';
import { DebriefBlocked } from './debrief-blocked';
import { DebriefCharts } from './debrief-charts';
import { DebriefScores } from './debrief-scores';
import { DebriefTimeline } from './debrief-timeline';

export function DebriefScreen({ scenario, seed, game, actions, names = {}, teams = [], player, lock, onBack, onReplay }: DebriefInput & { onBack(): void; onReplay(): void }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const ids = { reveal: useId(), filter: useId() };
  const heading = useRef<HTMLHeadingElement>(null);
  // Before the end, secret objectives stay hidden from the room unless the facilitator reveals them.
  const [reveal, setReveal] = useState(false);
  const [onlyTeams, setOnlyTeams] = useState(teams.length > 0);
  const [, unlocked] = useState(0);
  const open = !lock || lock.unlocked;
  const viewer = reveal && open ? FACILITATOR : PUBLIC;
  const d = useMemo(() => buildDebrief(scenario, game, viewer, { actions, names }), [scenario, game, viewer, actions, names]);
  useEffect(() => heading.current?.focus(), []);
  const o = d.outcome;
  const teamSet = useMemo(() => (onlyTeams && teams.length ? new Set(teams) : undefined), [onlyTeams, teams]);
  const blocked = teamSet ? d.blocked.filter((b) => teamSet.has(b.by) || teamSet.has(game.proposals[b.proposal]?.proposer ?? '')) : d.blocked;
  const exportJson = () => downloadText(`cica-debrief-${scenario.meta.id}.json`, debriefDocument(scenario, game, actions, viewer, names));
  const exportCsv = () => {
    const rows = teamRows(game, actions, d, teams.length ? teams : game.players, names);
    const labels = Object.fromEntries(CSV_COLUMNS.map((k) => [k, t(`csv.${k}`)])) as Record<CsvColumn, string>;
    downloadText(`cica-gradebook-${scenario.meta.id}.csv`, teamCsv(rows, labels, (id) => delegationName(c, id)), 'text/csv');
  };
  const section = (id: string, title: string, body: ComponentChildren) => (
    <section class="debrief__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {body}
    </section>
  );
  return (
    <div class="debrief-page">
      <header class="debrief__bar">
        <h1 ref={heading} tabIndex={-1}>{t('debrief.title', { scenario: localize(scenario.meta.title, lang) })}</h1>
        <div class="button-row debrief__tools">
          <button type="button" class="button" onClick={() => window.print()}>{t('debrief.print')}</button>
          <button type="button" class="button" onClick={exportJson}>{t('debrief.export')}</button>
          <button type="button" class="button" onClick={exportCsv}>{t('debrief.csv')}</button>
          <button type="button" class="button" onClick={onReplay}>{t('debrief.replay')}</button>
          <button type="button" class="button button--quiet" onClick={onBack}>{t('debrief.back')}</button>
          <PrefsControls />
        </div>
        {game.concluded === null && open && (
          <p class="field field--inline debrief__reveal">
            <input id={ids.reveal} type="checkbox" checked={reveal} onChange={(e) => setReveal((e.currentTarget as HTMLInputElement).checked)} />
            <label for={ids.reveal}>{t('debrief.reveal')}</label>
          </p>
        )}
        {game.concluded === null && !open && lock && (
          <details class="debrief__reveal debrief__lock">
            <summary>{t('debrief.reveal')}</summary>
            <PinForm target={lock} onOpen={() => unlocked((n) => n + 1)} />
          </details>
        )}
        {teams.length > 0 && (
          <p class="field field--inline debrief__filter">
            <input id={ids.filter} type="checkbox" checked={onlyTeams} onChange={(e) => setOnlyTeams((e.currentTarget as HTMLInputElement).checked)} />
            <label for={ids.filter}>{t('debrief.filter.teams')}</label>
          </p>
        )}
      </header>
      <main id="main" class="debrief">
        {section('db-outcome', t('debrief.outcome'), (
          <>
            <p>{game.concluded ? t(`results.reason.${game.concluded.reason}`) : t('debrief.in-progress', { round: game.round, rounds: scenario.calendar.rounds })}</p>
            <p class={`grade grade--${o.grade}`}><span class="grade__letter">{o.grade}</span> <span class="grade__score">{t('results.score', { n: o.score })}</span></p>
            <dl class="facts">
              <dt>{t('bar.cohesion')}</dt><dd>{formatNumber(lang, o.cohesion)}</dd>
              <dt>{t('results.flashpoints')}</dt><dd>{t('results.flashpoints.value', { prevented: o.prevented, conflicts: o.conflicts, total: scenario.flashpoints.length })}</dd>
              <dt>{t('results.implemented')}</dt><dd>{t('results.implemented.value', { n: o.implemented, total: scenario.measures.length })}</dd>
              <dt>{t('debrief.pledges')}</dt><dd>{t('debrief.pledges.value', { kept: d.pledges.kept, broken: d.pledges.broken })}</dd>
              <dt>{t('debrief.actions.count')}</dt><dd>{formatNumber(lang, actions.length)}</dd>
            </dl>
          </>
        ))}
        {teams.length > 0 && section('db-teams', t('debrief.teams'), (
          <ul class="debrief__teams">{teams.map((id) => <li key={id}><strong>{delegationName(c, id)}</strong>{names[id]?.trim() ? `: ${names[id]!.trim()}` : ''}</li>)}</ul>
        ))}
        {section('db-blocked', t('debrief.blocked'), <DebriefBlocked c={c} game={game} entries={blocked} names={names} />)}
        {section('db-charts', t('debrief.charts'), <DebriefCharts scenario={scenario} seed={seed} series={d.series} names={names} teams={teams.length ? teams : player ? [player] : []} />)}
        {section('db-timeline', t('debrief.timeline'), <DebriefTimeline scenario={scenario} game={game} timeline={d.timeline} teams={teamSet} />)}
        {section('db-energy', t('debrief.energy'), d.energy.length
          ? <ul class="plain-list">{d.energy.map((e, i) => <li key={i}>{t('debrief.in-year', { year: scenario.calendar.startYear + e.round - 1 })} {chronicleText(c, game, e)}</li>)}</ul>
          : <p>{t('debrief.energy.none')}</p>)}
        {section('db-scores', t('debrief.scores'), <DebriefScores scenario={scenario} debrief={d} names={names} />)}
        {section('db-actions', t('debrief.actions'), <ActionList scenario={scenario} seed={seed} actions={actions} viewer={viewer} />)}
        {section('db-questions', t('results.debrief'), d.questions.length
          ? <ol>{d.questions.map((q, i) => <li key={i}>{localize(q.text, lang)}</li>)}</ol>
          : <p>{t('debrief.questions.none')}</p>)}
      </main>
    </div>
  );
}

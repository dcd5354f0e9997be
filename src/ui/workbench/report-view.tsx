/** The balance report in the workbench: the warnings first (what to change), then the tables. */
import type { FullBalanceReport } from '../../../scripts/lib/balance-report';
import type { MessageKey } from '../../i18n';
import { usePrefs } from '../context';

const counts = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k}: ${v}`).join(', ');

export function ReportView({ report: r, stale }: { report: FullBalanceReport; stale: boolean }) {
  const { t } = usePrefs();
  const delta = r.lookahead.meanVsOwnBaseline;
  return (
    <section class="workbench-report" aria-labelledby="workbench-report-heading">
      <h3 id="workbench-report-heading">{t('workbench.report.heading', { games: r.games, difficulty: t(`difficulty.${r.difficulty}`) })}</h3>
      {stale && <p class="hint">{t('workbench.balance.stale')}</p>}
      <p>
        {t('workbench.report.grades')}: {counts(r.aggregate.grades)}.{' '}
        {r.charter.track ? t('workbench.report.charter', { percent: r.charter.percent }) : t('workbench.report.no-charter')}.
      </p>
      <p>{t('workbench.report.lookahead', { delta: `${delta >= 0 ? '+' : ''}${delta}`, verdict: t(r.lookahead.onTarget ? 'workbench.report.lookahead.pays' : 'workbench.report.lookahead.not') })}</p>
      <h4>{t('workbench.report.warnings')}</h4>
      {r.warnings.length === 0 ? <p>{t('workbench.report.no-warnings')}</p> : (
        <ul class="workbench-warnings">
          {r.warnings.map((w, i) => (
            <li key={i}>{t(`workbench.warning.${w.code}` as MessageKey, w.params)} <code>{t('workbench.report.field', { field: w.field })}</code></li>
          ))}
        </ul>
      )}
      <h4>{t('workbench.report.events')}</h4>
      <table class="workbench-table">
        <thead><tr><th scope="col">{t('workbench.col.id')}</th><th scope="col">{t('workbench.col.fired')}</th><th scope="col">{t('workbench.col.first-round')}</th></tr></thead>
        <tbody>{r.events.map((e) => <tr key={e.id}><th scope="row">{e.id}</th><td>{e.games}/{r.games}</td><td>{counts(e.firstRound)}</td></tr>)}</tbody>
      </table>
      <h4>{t('workbench.report.measures')}</h4>
      <table class="workbench-table">
        <thead><tr><th scope="col">{t('workbench.col.id')}</th><th scope="col">{t('workbench.col.adopted')}</th><th scope="col">{t('workbench.col.round')}</th><th scope="col">{t('workbench.col.blocked')}</th><th scope="col">{t('workbench.col.never-tabled')}</th></tr></thead>
        <tbody>
          {r.measures.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.id}</th><td>{m.adopted}/{r.games}</td><td>{counts(m.adoptedRound)}</td>
              <td>{m.blocked}{m.blockedBy.length ? ` (${m.blockedBy.map((b) => `${b.id} ${b.games}`).join(', ')})` : ''}</td><td>{m.neverTabled}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('workbench.report.objectives')}</h4>
      <table class="workbench-table">
        <thead><tr><th scope="col">{t('workbench.col.id')}</th><th scope="col">{t('workbench.col.met')}</th></tr></thead>
        <tbody>{r.objectives.byObjective.map((o) => <tr key={`${o.delegation}/${o.id}`}><th scope="row">{o.delegation}/{o.id}</th><td>{o.met}/{r.games}</td></tr>)}</tbody>
      </table>
      <h4>{t('workbench.report.red-lines')}</h4>
      <table class="workbench-table">
        <thead><tr><th scope="col">{t('workbench.col.id')}</th><th scope="col">{t('workbench.col.acted')}</th></tr></thead>
        <tbody>{r.redLines.map((l) => <tr key={l.path}><th scope="row">{`${l.delegation} ${l.type}${l.subject ? ` ${l.subject}` : ''}`}</th><td>{l.games}/{r.games}</td></tr>)}</tbody>
      </table>
      <h4>{t('workbench.report.disputes')}</h4>
      <table class="workbench-table">
        <thead><tr><th scope="col">{t('workbench.col.id')}</th><th scope="col">{t('workbench.col.mediation')}</th><th scope="col">{t('workbench.col.final')}</th></tr></thead>
        <tbody>{r.disputes.map((d) => <tr key={d.id}><th scope="row">{d.id}</th><td>{counts(d.mediation)}</td><td>{counts(d.finalStage)}</td></tr>)}</tbody>
      </table>
    </section>
  );
}

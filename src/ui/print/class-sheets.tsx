/**
 * Pages for the class beyond the packets: a one-page sheet of what a delegation can do in each
 * phase (one copy per team goes with its packets), and the facilitator's key of every team's
 * secret objectives, on a page of its own so it is never handed out by mistake.
 */
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';

const SHEET_PHASES = ['consultations', 'plenary', 'implementation', 'review'] as const;

export function PhaseSheet({ scenario, team }: { scenario: Scenario; team?: string }) {
  const { t, lang } = usePrefs();
  return (
    <article class="print-page sheet" aria-label={t('print.sheet.title')}>
      <header class="print-page__head">
        <p class="print-page__kicker">{t('print.sheet.kicker')} · {localize(scenario.meta.title, lang)}</p>
        <h2>{t('print.sheet.title')}</h2>
        {team && <p>{t('print.packet.for', { student: team })}</p>}
      </header>
      <dl class="sheet__phases">
        {SHEET_PHASES.map((p) => (
          <div key={p} class="print-block">
            <dt>{t(`phase.${p}`)}</dt>
            <dd>{t(`print.sheet.${p}`)}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

/** The key for the delegations given (the student teams, or every player delegation). */
export function ObjectivesKey({ scenario, delegations, names }: { scenario: Scenario; delegations: readonly string[]; names: Record<string, string> }) {
  const { t, lang } = usePrefs();
  return (
    <article class="print-page key" aria-labelledby="guide-key">
      <header class="print-page__head">
        <p class="print-page__kicker confidential__stamp">{t('print.guide.key.help')}</p>
        <h2 id="guide-key">{t('print.guide.key')}</h2>
      </header>
      <table class="table key__table">
        <thead><tr><th scope="col">{t('col.delegation')}</th><th scope="col">{t('secrets.objectives')}</th></tr></thead>
        <tbody>
          {delegations.map((id) => {
            const def = scenario.delegations.find((d) => d.id === id);
            if (!def) return null;
            const team = names[id]?.trim();
            return (
              <tr key={id}>
                <th scope="row">{localize(def.name, lang)}{team ? <><br /><span class="hint">{team}</span></> : null}</th>
                <td>
                  {def.objectives.length
                    ? <ul class="plain-list">{def.objectives.map((o) => <li key={o.id}>{localize(o.text, lang)} <span class="hint">({t('print.guide.key.points', { n: o.points })})</span></li>)}</ul>
                    : t('print.objectives.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}

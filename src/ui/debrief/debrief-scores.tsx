/** Final scores with each delegation's secret objectives revealed (once the game is over, or to the facilitator). */
import type { Debrief } from '../../debrief/build';
import { indexScenario } from '../../engine';
import { formatNumber } from '../../i18n';
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import { delegationName } from '../names';

export function DebriefScores({ scenario, debrief, names }: { scenario: Scenario; debrief: Debrief; names?: Record<string, string> }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const idx = indexScenario(scenario);
  // `buildDebrief` already ranks by what the viewer may see, so hidden objectives stay hidden.
  const rows = debrief.ranking;
  return (
    <>
    {rows.length > 0 && <p class="hint" data-share={rows[0]!.share}>{t('results.share-note', { n: rows[0]!.share })}</p>}
    <div class="table-wrap table-wrap--tall">
      <table class="table scores">
        <caption class="visually-hidden">{t('results.ranking')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.rank')}</th>
            <th scope="col">{t('col.delegation')}</th>
            <th scope="col">{t('col.total')}</th>
            <th scope="col">{t('col.interests')}</th>
            <th scope="col">{t('col.prestige')}</th>
            <th scope="col">{t('col.mediation')}</th>
            <th scope="col">{t('col.objectives')}</th>
            <th scope="col">{t('debrief.secret-objectives')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const def = idx.delegation.get(r.id);
            const student = names?.[r.id]?.trim();
            return (
              <tr key={r.id}>
                <td class="num">{i + 1}</td>
                <th scope="row">{delegationName(c, r.id)}{student ? <span class="hint"> ({student})</span> : null}</th>
                <td class="num">{formatNumber(lang, r.total)}</td>
                <td class="num">{formatNumber(lang, r.interests)}</td>
                <td class="num">{formatNumber(lang, r.prestige)}</td>
                <td class="num">{formatNumber(lang, r.mediation)}</td>
                <td class="num">{r.revealed === null ? '—' : formatNumber(lang, r.objectives)}</td>
                <td>
                  {r.revealed === null ? <span class="hint">{t('debrief.objectives.hidden')}</span> : r.revealed.length === 0 ? t('debrief.objectives.none') : (
                    <ul class="plain-list">
                      {r.revealed.map((o) => {
                        const text = def?.objectives.find((x) => x.id === o.id)?.text;
                        return (
                          <li key={o.id} class={o.met ? 'tone--good' : ''}>
                            <span aria-hidden="true">{o.met ? '✓ ' : '○ '}</span>
                            {text ? localize(text, lang) : o.id} <span class="badge">{t(o.met ? 'secrets.met' : debrief.concluded ? 'secrets.missed' : 'secrets.unmet')}</span>
                            <span class="hint">{t('secrets.points', { n: o.points })}</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </>
  );
}

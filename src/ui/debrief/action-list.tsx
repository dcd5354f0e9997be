/** Every action taken, round by round, that the viewer could see: who did what, and in which phase. */
import { useMemo } from 'preact/hooks';
import type { Action, Viewer } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { actionLabel } from '../action-label';
import { usePrefs } from '../context';
import { delegationName } from '../names';
import { actionRows, byRound } from './action-rows';

export function ActionList({ scenario, seed, actions, viewer }: { scenario: Scenario; seed: number; actions: readonly Action[]; viewer: Viewer }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const groups = useMemo(() => byRound(actionRows(scenario, seed, actions, viewer)), [scenario, seed, actions, viewer]);
  if (!groups.length) return <p>{t('debrief.actions.none')}</p>;
  return (
    <>
      {groups.map((g) => (
        <details key={g.round} class="actions__round" open={groups.length <= 2}>
          <summary>{t('debrief.actions.round', { round: g.round, year: scenario.calendar.startYear + g.round - 1, n: g.rows.length })}</summary>
          <ol class="log log--compact">
            {g.rows.map((r) => (
              <li key={r.n} class="log__entry" value={r.n}>
                <span class="log__year">{t(`phase.${r.phase}`)}</span>
                {r.action.by === 'facilitator' ? t('console.undo.facilitator') : delegationName(c, r.action.by)}: {actionLabel(c, r.before, r.action)}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </>
  );
}

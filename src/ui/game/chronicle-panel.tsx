/** The chronicle: everything that happened, round by round (newest first), with each round's summary. */
import { useState } from 'preact/hooks';
import type { ChronicleEntry } from '../../engine';
import { useGame } from '../context';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { PanelHeading } from './panel-heading';
import { RoundSummaryDialog } from './round-summary-dialog';
import { chronicleOf } from '../../engine';

export function ChroniclePanel() {
  const g = useGame();
  const { t, game, scenario } = g;
  const [open, setOpen] = useState<number | null>(null);
  const byRound = new Map<number, ChronicleEntry[]>();
  for (const e of chronicleOf(game)) byRound.set(e.round, [...(byRound.get(e.round) ?? []), e]);
  const rounds = [...byRound.keys()].sort((a, b) => b - a);
  const finished = (r: number) => r < game.round || game.phase === 'concluded';
  return (
    <>
      <PanelHeading title={t('tab.chronicle')} />
      {rounds.map((r) => (
        <section key={r} class="section" aria-labelledby={`chron-${r}`}>
          <h3 id={`chron-${r}`}>{t('chronicle.round-heading', { round: r, year: scenario.calendar.startYear + r - 1 })}</h3>
          {finished(r) && (
            <button type="button" class="button button--quiet" onClick={() => setOpen(r)}>
              {t('chronicle.open-summary', { round: r })}
            </button>
          )}
          <ol class="log">
            {byRound.get(r)!.map((e, i) => <li key={i} class={`log__entry tone--${chronicleTone(e)}`}>{chronicleText(g, game, e)}</li>)}
          </ol>
        </section>
      ))}
      {open !== null && <RoundSummaryDialog round={open} onClose={() => setOpen(null)} />}
    </>
  );
}

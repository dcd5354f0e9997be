/**
 * The turning points of the game, from the chronicle: which proposals passed or were blocked
 * (and by whom), which disputes escalated or eased, the energy bloc, and the charter.
 */
import type { ChronicleEntry } from '../../engine';
import { useGame } from '../context';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { chronicleOf } from '../../engine';

const TURNING: ReadonlySet<ChronicleEntry['kind']> = new Set(['decision', 'withdrawn', 'stage', 'bloc-founded', 'charter', 'fact-finding-refused']);

export function TurningPoints() {
  const g = useGame();
  const { t, game, scenario } = g;
  const entries = chronicleOf(game).filter((e) => TURNING.has(e.kind));
  return (
    <section class="section" aria-labelledby="turning-heading">
      <h3 id="turning-heading">{t('results.turning-points')}</h3>
      {entries.length === 0 ? <p>{t('results.turning-points.none')}</p> : (
        <ol class="log">
          {entries.map((e, i) => (
            <li key={i} class={`log__entry tone--${chronicleTone(e)}`}>
              <span class="log__year">{scenario.calendar.startYear + e.round - 1}</span> {chronicleText(g, game, e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

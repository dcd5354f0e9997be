/**
 * The turning points of the game, from the chronicle: which proposals passed or were blocked
 * (and by whom), which disputes escalated or eased, the energy bloc, and the charter. Each in a
 * few words; where names were counted rather than named, the full sentence opens below it.
 */
import type { ChronicleEntry } from '../../engine';
import { useGame } from '../context';
import { briefChronicleText, chronicleTone } from '../chronicle-text';
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
          {entries.map((e, i) => {
            const line = briefChronicleText(g, game, e);
            const year = <span class="log__year">{scenario.calendar.startYear + e.round - 1}</span>;
            return (
              <li key={i} class={`log__entry tone--${chronicleTone(e)}`}>
                {line.full
                  ? <details class="log__more"><summary>{year} {line.text}</summary><p>{line.full}</p></details>
                  : <>{year} {line.text}</>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

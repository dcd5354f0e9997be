/** The latest entries of the chronicle, newest first, beside the map. */
import { useGame } from '../context';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { chronicleOf } from '../../engine';

const SHOWN = 8;

export function LatestNews() {
  const g = useGame();
  const { t, game } = g;
  const all = chronicleOf(game);
  const latest = all.slice(-SHOWN).reverse();
  return (
    <section class="news" aria-labelledby="news-heading">
      <h2 id="news-heading">{t('news.heading')}</h2>
      <ol class="log log--compact">
        {latest.map((e, i) => <li key={all.length - i} class={`log__entry tone--${chronicleTone(e)}`}>{chronicleText(g, game, e)}</li>)}
      </ol>
    </section>
  );
}

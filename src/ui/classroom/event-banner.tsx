/**
 * An event of the scenario's deck, injected or drawn, as a banner across the projector with its
 * description, so that the room sees it happen instead of a line in the news column. It stays
 * until the facilitator dismisses it or the round ends.
 */
import { useState } from 'preact/hooks';
import { chronicleOf, indexScenario } from '../../engine';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import { eventTitle } from '../names';
import type { ClassroomSession } from './classroom-session';

export function EventBanner({ session }: { session: ClassroomSession }) {
  const { t, lang } = usePrefs();
  const [dismissed, setDismissed] = useState(-1);
  const game = session.game;
  const entries = chronicleOf(game);
  let at = -1;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i]!.kind === 'event') {
      at = i;
      break;
    }
  }
  const entry = entries[at];
  if (!entry || entry.kind !== 'event' || at <= dismissed || entry.round !== game.round) return null;
  const def = indexScenario(session.scenario).event.get(entry.event);
  const c = { scenario: session.scenario, lang, t };
  return (
    <section class="event-banner" role="status" aria-label={t('banner.event', { title: eventTitle(c, entry.event) })}>
      <h2 class="event-banner__title">{t('banner.event', { title: eventTitle(c, entry.event) })}</h2>
      {def && <p class="event-banner__text">{localize(def.text, lang)}</p>}
      <button type="button" class="button button--quiet event-banner__close" onClick={() => setDismissed(at)} aria-label={t('banner.dismiss')}>×</button>
    </section>
  );
}

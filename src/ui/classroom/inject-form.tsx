/** Injecting an event: one from the scenario's deck, or a one-off event composed of chosen effects. */
import { useId, useState } from 'preact/hooks';
import { usePrefs } from '../context';
import { eventTitle } from '../names';
import { rejectionText } from '../rejection-text';
import type { ClassroomSession } from './classroom-session';
import { EffectsEditor } from './effects-editor';

export function InjectForm({ session }: { session: ClassroomSession }) {
  const { t, lang } = usePrefs();
  const c = { scenario: session.scenario, lang, t };
  const deckId = useId();
  const events = session.scenario.events;
  const [event, setEvent] = useState(() => (events.find((e) => !session.game.firedEvents.includes(e.id)) ?? events[0])?.id ?? '');
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  const over = session.game.phase === 'concluded';
  const inject = () => {
    const rejection = session.inject(event);
    setResult(rejection
      ? { text: t('console.inject.refused', { reason: rejectionText(t, rejection) }), ok: false }
      : { text: t('console.inject.done', { title: eventTitle(c, event) }), ok: true });
  };
  return (
    <section class="console__section" aria-labelledby="console-inject">
      <h3 id="console-inject">{t('console.inject')}</h3>
      {events.length > 0 && (
        <div class="field-row">
          <label class="field" for={deckId}>
            <span>{t('console.inject.deck')}</span>
            <select id={deckId} value={event} onChange={(e) => setEvent((e.currentTarget as HTMLSelectElement).value)}>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {eventTitle(c, e.id)}{session.game.firedEvents.includes(e.id) ? ` ${t('console.inject.fired')}` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button button--primary" disabled={!event || over || session.aiBusy} onClick={inject}>{t('console.inject.button')}</button>
        </div>
      )}
      <h4>{t('console.inject.one-off')}</h4>
      <EffectsEditor session={session} onResult={(text, ok) => setResult({ text, ok })} />
      <p role="status" class={result ? (result.ok ? 'tone--good' : 'tone--bad') : ''}>{result?.text ?? ''}</p>
    </section>
  );
}

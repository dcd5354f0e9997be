/** The facilitator's clock controls: pause and resume, extension, end of phase, time-up behaviour and durations. */
import { useId, useState } from 'preact/hooks';
import { TIMED_PHASES } from '../../flow/session.machine';
import { usePrefs } from '../context';
import type { ClassroomSession } from './classroom-session';
import { EndConfirm } from './end-confirm';
import { TimerDisplay } from './timer-display';
import { useClock } from './use-clock';

const ENDABLE = new Set(['consultations', 'plenary', 'implementation']);

export function ConsoleClock({ session }: { session: ClassroomSession }) {
  const { t } = usePrefs();
  const clock = useClock(session);
  const autoId = useId();
  const paused = clock.value === 'paused';
  const phase = session.game.phase;
  const busy = session.aiBusy;
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="console__section" aria-labelledby="console-clock">
      <h3 id="console-clock">{t('console.clock')}</h3>
      <TimerDisplay session={session} />
      <div class="button-row">
        {paused
          ? <button type="button" class="button button--primary" onClick={() => session.resume()}>{t('console.resume')}</button>
          : <button type="button" class="button" onClick={() => session.pause()}>{t('console.pause')}</button>}
        <button type="button" class="button" onClick={() => session.extend(60)}>{t('console.extend', { n: 1 })}</button>
        <button type="button" class="button" onClick={() => session.extend(300)}>{t('console.extend', { n: 5 })}</button>
        <button type="button" class="button button--danger" disabled={!ENDABLE.has(phase) || busy} aria-expanded={confirming} onClick={() => setConfirming(true)}>
          {t(phase === 'plenary' ? 'console.end-item' : 'console.end-phase', { phase: t(`phase.${phase}`) })}
        </button>
      </div>
      {confirming && ENDABLE.has(phase) && <EndConfirm session={session} onDone={() => setConfirming(false)} />}
      <p class="field field--inline">
        <input id={autoId} type="checkbox" checked={clock.context.autoEnd} onChange={(e) => session.setAutoEnd((e.currentTarget as HTMLInputElement).checked)} />
        <label for={autoId}>{t('console.auto-end')}</label>
      </p>
      <fieldset class="durations">
        <legend>{t('console.durations')}</legend>
        {TIMED_PHASES.map((p) => (
          <label key={p} class="field field--inline">
            <span>{t(`phase.${p}`)}</span>
            <input
              type="number" min={1} max={120} step={1} class="input input--short"
              value={Math.round(clock.context.durations[p] / 60)}
              onChange={(e) => {
                const minutes = Number((e.currentTarget as HTMLInputElement).value);
                if (Number.isFinite(minutes) && minutes >= 1 && minutes <= 120) session.setDuration(p, Math.round(minutes * 60));
              }}
            />
            <span class="hint">{t('console.minutes')}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

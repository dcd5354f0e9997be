/**
 * The phase timer: a large countdown for the room, with the phase it times, and "over time"
 * once it has run out. It is a `timer` role, which screen readers do not announce every second.
 */
import { usePrefs } from '../context';
import type { ClassroomSession } from './classroom-session';
import { clockDigits, clockParts } from './clock-text';
import { useClock } from './use-clock';

export function TimerDisplay({ session, large = false }: { session: ClassroomSession; large?: boolean }) {
  const { t } = usePrefs();
  const clock = useClock(session);
  const { remaining, timed } = clock.context;
  const paused = clock.value === 'paused';
  const phase = t(`phase.${session.game.phase}`);
  if (!timed) return <p class={`timer timer--idle${large ? ' timer--large' : ''}`}>{t('timer.untimed', { phase })}</p>;
  const parts = clockParts(remaining);
  const label = remaining < 0 ? t('timer.over-label', { phase, ...parts }) : t('timer.left-label', { phase, ...parts });
  return (
    <div class={`timer${large ? ' timer--large' : ''}${remaining < 0 ? ' timer--over' : remaining <= 60 ? ' timer--low' : ''}`}>
      <span class="timer__phase" aria-hidden="true">{phase}</span>
      <span class="timer__digits" role="timer" aria-label={label} data-remaining={remaining}>{clockDigits(remaining)}</span>
      {paused && <span class="timer__paused badge badge--warn">{t('timer.paused')}</span>}
    </div>
  );
}

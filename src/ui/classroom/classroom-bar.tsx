/** The strip above a classroom game: where the conference stands, the phase timer, and the facilitator's controls. */
import { usePrefs } from '../context';
import type { ClassroomSession } from './classroom-session';
import { TimerDisplay } from './timer-display';
import { useClock } from './use-clock';

interface Props {
  session: ClassroomSession;
  /** Absent on the hot-seat hand-off screen, which offers none of the facilitator's controls. */
  onConsole?: () => void;
  onLeave(): void;
}

export function ClassroomBar({ session, onConsole, onLeave }: Props) {
  const { t } = usePrefs();
  const paused = useClock(session).value === 'paused';
  const game = session.game;
  return (
    <div class="classroom-bar" role="region" aria-label={t('classroom.bar')}>
      <p class="classroom-bar__where">
        {t('classroom.bar.where', { round: game.round, rounds: session.scenario.calendar.rounds, phase: t(`phase.${game.phase}`) })}
      </p>
      <TimerDisplay session={session} />
      {session.storageFull && <p role="alert" class="warning classroom-bar__alert">{t('classroom.storage-full')}</p>}
      <div class="button-row">
        {paused
          ? <button type="button" class="button button--primary" onClick={() => session.resume()}>{t('console.resume')}</button>
          : <button type="button" class="button" onClick={() => session.pause()}>{t('console.pause')}</button>}
        {onConsole && <button type="button" class="button" onClick={onConsole} aria-haspopup="dialog">{t('console.open')}</button>}
        <button type="button" class="button button--quiet" onClick={onLeave}>{t('classroom.leave')}</button>
      </div>
    </div>
  );
}

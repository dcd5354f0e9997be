/**
 * The privacy hand-off on a hot-seat device. Nothing of the last delegation's screen is mounted
 * while it shows; the next delegation reveals its own screen when only its people can see it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { usePrefs } from '../context';
import { delegationName } from '../names';
import type { ClassroomSession } from './classroom-session';

export function HandOff({ session }: { session: ClassroomSession }) {
  const { t, lang } = usePrefs();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = delegationName({ scenario: session.scenario, lang, t }, session.me);
  const student = session.names[session.me]?.trim();
  const game = session.game;
  useEffect(() => heading.current?.focus(), [session.me]);
  return (
    <main id="main" class="handoff">
      <div class="handoff__card">
        <p class="handoff__where">{t('handoff.where', { round: game.round, year: session.scenario.calendar.startYear + game.round - 1, phase: t(`phase.${game.phase}`) })}</p>
        <h1 ref={heading} tabIndex={-1}>{t('handoff.heading', { name })}</h1>
        {student && <p class="handoff__student">{t('handoff.student', { student })}</p>}
        <p>{t('handoff.privacy')}</p>
        <button type="button" class="button button--primary button--large" onClick={() => session.reveal()}>
          {t('handoff.reveal', { name })}
        </button>
      </div>
    </main>
  );
}

/** What a hot-seat device shows while no delegation is played by a person: the AI plays on. */
export function Autopilot({ session }: { session: ClassroomSession }) {
  const { t } = usePrefs();
  return (
    <main id="main" class="handoff">
      <div class="handoff__card">
        <h1>{t('handoff.autopilot')}</h1>
        <p>{session.game.phase === 'concluded' ? t('handoff.autopilot.over') : t('handoff.autopilot.help')}</p>
      </div>
    </main>
  );
}

/**
 * The confirmation before the facilitator ends a phase or calls the question: it names the teams
 * that have not finished (or not yet spoken), since the game records them as done or abstaining.
 */
import { useEffect, useRef } from 'preact/hooks';
import { currentItem } from '../../engine';
import { usePrefs } from '../context';
import { delegationList, packageTitle } from '../names';
import type { ClassroomSession } from './classroom-session';

/** Who is still silent: the teams by name first, then the AI delegations. */
export function silentText(session: ClassroomSession, c: Parameters<typeof delegationList>[0]): string {
  return silentNames(c, session.snapshot.awaiting, (d) => session.snapshot.seats[d] === 'human');
}

/** The same, from who is awaited and which seats are people's (the networked console has no session of its own). */
export function silentNames(c: Parameters<typeof delegationList>[0], awaiting: readonly string[], isTeam: (d: string) => boolean): string {
  if (!awaiting.length) return c.t('confirm.nobody');
  const teams = awaiting.filter(isTeam);
  const ai = awaiting.length - teams.length;
  return [teams.length ? delegationList(c, teams) : '', ai ? c.t('projector.waiting.ai', { n: ai }) : ''].filter(Boolean).join('; ');
}

export function EndConfirm({ session, onDone }: { session: ClassroomSession; onDone(): void }) {
  const { t, lang } = usePrefs();
  const c = { scenario: session.scenario, lang, t };
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  const game = session.game;
  const plenary = game.phase === 'plenary';
  const item = currentItem(game);
  const names = silentText(session, c);
  const text = plenary && item ? t('confirm.call-question', { item: packageTitle(c, game, item.id), names }) : t('confirm.end-phase', { names });
  return (
    <div class="notice notice--bad end-confirm" role="alertdialog" aria-label={text} aria-describedby="end-confirm-text">
      <p id="end-confirm-text">{text}</p>
      <div class="button-row">
        <button ref={yes} type="button" class="button button--danger" onClick={() => { session.endPhase(); onDone(); }}>
          {t(plenary ? 'confirm.yes-call' : 'confirm.yes')}
        </button>
        <button type="button" class="button" onClick={onDone}>{t('confirm.cancel')}</button>
      </div>
    </div>
  );
}

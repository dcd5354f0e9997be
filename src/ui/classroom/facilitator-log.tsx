/** Everything the facilitator did, newest first, with the time and the point of the game it happened at. */
import type { FacilitatorEntry, LoggedEntry } from '../../flow/session.machine';
import { isMessageKey, type Translate } from '../../i18n';
import { usePrefs } from '../context';
import { delegationName, eventTitle, type NameContext } from '../names';
import type { ClassroomSession } from './classroom-session';
import { useClock } from './use-clock';

export function entryText(c: NameContext, e: FacilitatorEntry): string {
  const { t } = c;
  switch (e.kind) {
    case 'paused': return t('log.paused');
    case 'resumed': return t('log.resumed');
    case 'extended': return t('log.extended', { n: Math.round(e.seconds / 60) });
    case 'timer-set': return t('log.timer-set', { phase: t(`phase.${e.phase}`), n: Math.round(e.seconds / 60) });
    case 'time-up': return t('log.time-up');
    case 'phase-ended': {
      // In the plenary "end the phase" calls the question on the item under discussion.
      const phase = e.phaseKey.split(':')[1] ?? '';
      if (phase === 'plenary') return t('log.question-called');
      return isMessageKey(`phase.${phase}`) ? t('log.phase-ended.phase', { phase: t(`phase.${phase as 'plenary'}`) }) : t('log.phase-ended');
    }
    case 'event-injected': return t('log.event-injected', { title: eventTitle(c, e.event) });
    case 'effects-injected': return t('log.effects-injected', { n: e.count });
    case 'seat-switched': return t(e.seat === 'ai' ? 'log.seat-ai' : 'log.seat-human', { name: delegationName(c, e.delegation) });
    case 'undone': {
      const key = `log.action.${e.action}`;
      return t('log.undone.action', { action: isMessageKey(key) ? t(key) : t('log.action.other') });
    }
  }
}

/** "Round 2, plenary" from a phase key such as "2:plenary". */
export function whereText(t: Translate, phaseKey: string): string {
  const [round, phase] = phaseKey.split(':');
  if (!round || !phase) return '';
  return t('log.where', { round: Number(round), phase: t(`phase.${phase as 'plenary'}`) });
}

export function FacilitatorLog({ session }: { session: ClassroomSession }) {
  const { t, lang } = usePrefs();
  const c = { scenario: session.scenario, lang, t };
  const log: readonly LoggedEntry[] = useClock(session).context.log;
  return (
    <section class="console__section" aria-labelledby="console-log">
      <h3 id="console-log">{t('console.log')}</h3>
      {log.length === 0 ? <p>{t('console.log.empty')}</p> : (
        <ol class="log log--compact" reversed>
          {[...log].reverse().map((l, i) => (
            <li key={log.length - i} class="log__entry">
              <span class="log__year">{new Date(l.at).toLocaleTimeString(lang)}</span>
              {whereText(t, l.phaseKey)}: {entryText(c, l.entry)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

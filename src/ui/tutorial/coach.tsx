/**
 * The coach of the guided first round: the steps in order, the current one with how to do it,
 * each ticked off as the game snapshot shows it done. It can be skipped at any time; it never
 * moves on by itself.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Action } from '../../engine';
import type { MessageKey } from '../../i18n';
import { useGame } from '../context';
import { TUTORIAL_STEPS, tutorialProgress } from './steps';

/**
 * The coach floats over the corner of the dossier: the game keeps room for it (its height, as
 * `--coach-room`) at the end of the side column, so the dossier's last lines (in Russian, the
 * coach and the dossier both run longer) can always be scrolled out from under it.
 */
function useCoachRoom(ref: { current: HTMLElement | null }): void {
  useEffect(() => {
    const coach = ref.current;
    const game = coach?.closest<HTMLElement>('.game');
    if (!coach || !game) return;
    const fit = () => game.style.setProperty('--coach-room', `${Math.ceil(coach.getBoundingClientRect().height) + 16}px`);
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(coach);
    window.addEventListener('resize', fit);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', fit);
      game.style.removeProperty('--coach-room');
    };
  }, []);
}

export function Coach({ onClose }: { onClose(): void }) {
  const { t, game, me, session } = useGame();
  const { done, current } = tutorialProgress({
    game, log: Array.isArray(session.snapshot.log) ? (session.snapshot.log as readonly Action[]) : [], me, summaryOpen: session.pendingSummaries.length > 0,
  });
  // The coach names the controls by their own labels, so it stays true if a label changes.
  const names = {
    talks: t('consult.talks.heading'), offers: t('consult.offers.heading'),
    proposals: t('tab.proposals'), ready: t('action.ready.consultations'), open: t('measure.status.available'),
  };
  const index = current ? TUTORIAL_STEPS.indexOf(current) + 1 : TUTORIAL_STEPS.length;
  const ref = useRef<HTMLElement>(null);
  useCoachRoom(ref);
  return (
    <section ref={ref} class="coach" aria-labelledby="coach-heading" data-step={current ?? 'finished'}>
      <h2 id="coach-heading">{t('tutorial.coach')}</h2>
      <p class="hint" aria-live="polite">{current ? t('tutorial.progress', { n: index, total: TUTORIAL_STEPS.length }) : t('tutorial.finished')}</p>
      {current && <p class="coach__now"><strong>{t(`tutorial.step.${current}` as MessageKey)}</strong></p>}
      {current && <p class="coach__how">{t(`tutorial.step.${current}.how` as MessageKey, names)}</p>}
      <details class="coach__all">
        <summary>{t('tutorial.all-steps')}</summary>
      <ol class="coach__steps">
        {TUTORIAL_STEPS.map((step) => (
          <li key={step} aria-current={step === current ? 'step' : undefined}>
            <span class={done[step] ? 'coach__done' : ''}>{t(`tutorial.step.${step}` as MessageKey)}</span>
            {done[step] && <span class="visually-hidden"> ({t('tutorial.done')})</span>}
          </li>
        ))}
      </ol>
      </details>
      <div class="coach__tools">
        <button type="button" class="button button--quiet" onClick={onClose}>{current ? t('tutorial.skip') : t('tutorial.close')}</button>
      </div>
    </section>
  );
}

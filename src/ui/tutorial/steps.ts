/**
 * The guided first round: its steps and which are done, read from the game snapshot (the
 * action log, the phase and the round), so the coach advances when the player does the step,
 * never on a timer.
 */
import type { Action, DelegationId, GameState } from '../../engine';

/** The tutorial plays the first round of Preventive Diplomacy as Kyrgyzstan (see the fact sheet: the settled Kyrgyzstan–Tajikistan border is its tutorial example). */
export const TUTORIAL_SCENARIO = 'preventive-diplomacy';
export const TUTORIAL_DELEGATION = 'KGZ';

export const TUTORIAL_STEPS = ['table', 'talks', 'offer', 'position', 'amendment', 'implementation', 'review'] as const;
export type TutorialStep = (typeof TUTORIAL_STEPS)[number];

export interface TutorialSnapshot {
  game: Pick<GameState, 'round' | 'phase'>;
  log: readonly Action[];
  me: DelegationId;
  /** Whether a round summary still waits to be read. */
  summaryOpen: boolean;
}

const PHASE_ORDER = ['opening', 'consultations', 'plenary', 'implementation', 'review', 'concluded'] as const;

function pastPhase(s: TutorialSnapshot, phase: (typeof PHASE_ORDER)[number]): boolean {
  return s.game.round > 1 || PHASE_ORDER.indexOf(s.game.phase) > PHASE_ORDER.indexOf(phase);
}

function did(s: TutorialSnapshot, test: (a: Action) => boolean): boolean {
  return s.log.some((a) => a.by === s.me && test(a));
}

/** Whether one step is done. A step the round no longer allows (the plenary is over) counts as passed. */
export function stepDone(step: TutorialStep, s: TutorialSnapshot): boolean {
  switch (step) {
    case 'talks': return did(s, (a) => a.type === 'consult.talks') || pastPhase(s, 'consultations');
    case 'offer': return did(s, (a) => a.type === 'consult.offer' || a.type === 'consult.answer') || pastPhase(s, 'consultations');
    case 'table': return did(s, (a) => a.type === 'proposal.table') || pastPhase(s, 'consultations');
    case 'position': return did(s, (a) => a.type === 'plenary.position') || pastPhase(s, 'plenary');
    case 'amendment':
      return did(s, (a) => a.type === 'plenary.amend' || (a.type === 'plenary.position' && a.amendment !== undefined)) || pastPhase(s, 'plenary');
    case 'implementation': return did(s, (a) => a.type === 'implement.choose') || pastPhase(s, 'implementation');
    case 'review': return (s.game.round > 1 || s.game.phase === 'concluded') && !s.summaryOpen;
  }
}

export interface TutorialProgress {
  done: Record<TutorialStep, boolean>;
  /** The first step not yet done, or null once the round has been played through. */
  current: TutorialStep | null;
}

export function tutorialProgress(s: TutorialSnapshot): TutorialProgress {
  const done = Object.fromEntries(TUTORIAL_STEPS.map((step) => [step, stepDone(step, s)])) as Record<TutorialStep, boolean>;
  return { done, current: TUTORIAL_STEPS.find((step) => !done[step]) ?? null };
}

/**
 * Fitting the phase clock to the time a class has: the three timed phases keep their proportions
 * and are scaled, in whole minutes, so that reading time plus every round fits in the lesson.
 */
import { DEFAULT_DURATIONS, TIMED_PHASES, type TimedPhase } from '../flow/session.machine';

export type Durations = Record<TimedPhase, number>;

/** Minutes the whole session takes: reading time, then every round's timed phases. */
export function sessionMinutes(durations: Durations, rounds: number, readingMinutes = 0): number {
  const perRound = TIMED_PHASES.reduce((n, p) => n + durations[p], 0) / 60;
  return Math.round(readingMinutes + perRound * rounds);
}

/**
 * Durations (seconds, whole minutes, at least one minute each) in the proportions of `durations`
 * whose rounds and reading time take at most `minutes`; `fits` is false when even a minute a
 * phase is too long, and then every phase gets that minute.
 */
export function fitDurations(durations: Durations, rounds: number, minutes: number, readingMinutes = 0): { durations: Durations; fits: boolean } {
  const budget = Math.floor((minutes - readingMinutes) / Math.max(1, rounds));
  const floor = TIMED_PHASES.length;
  if (budget < floor) return { durations: Object.fromEntries(TIMED_PHASES.map((p) => [p, 60])) as Durations, fits: false };
  const total = TIMED_PHASES.reduce((n, p) => n + Math.max(1, durations[p]), 0);
  const exact = TIMED_PHASES.map((p) => ({ p, m: (Math.max(1, durations[p]) / total) * budget }));
  const whole = exact.map((e) => ({ ...e, w: Math.max(1, Math.floor(e.m)) }));
  let spare = budget - whole.reduce((n, e) => n + e.w, 0);
  // Left-over minutes go to the phases that lost most to rounding down.
  for (const e of [...whole].sort((a, b) => (b.m - Math.floor(b.m)) - (a.m - Math.floor(a.m)))) {
    if (spare <= 0) break;
    e.w++;
    spare--;
  }
  // A phase raised to its one minute may have pushed the sum over: take back from the longest.
  while (spare < 0) {
    const longest = whole.reduce((a, b) => (b.w > a.w ? b : a));
    longest.w--;
    spare++;
  }
  return { durations: Object.fromEntries(whole.map((e) => [e.p, e.w * 60])) as Durations, fits: true };
}

/**
 * The clock a new session starts with: the default proportions fitted to the scenario's
 * suggested length, so that a class planned on that length is not handed a clock twice as long;
 * the defaults themselves when even a minute a phase would not fit.
 */
export function suggestedDurations(rounds: number, suggestedMinutes: number, readingMinutes = 0): Durations {
  const fitted = fitDurations(DEFAULT_DURATIONS, rounds, suggestedMinutes, readingMinutes);
  return fitted.fits ? fitted.durations : { ...DEFAULT_DURATIONS };
}

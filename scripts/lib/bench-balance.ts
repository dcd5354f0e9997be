/**
 * Balance throughput for `npm run bench`: a short balance run played as `npm run balance` plays it
 * (worker threads, one per core), timed from the first worker starting to the report, and the
 * time 1,000 games would take at that rate.
 */
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../../src/scenario/schema';
import { balanceReport } from './balance-report';
import { balanceJobCount } from './game-jobs';
import { defaultThreads, playBalance } from './game-pool';

export interface BalanceFigures {
  games: number;
  threads: number;
  seconds: number;
  /** Seconds for 1,000 balance games at the measured rate (workers' start-up included once). */
  secondsPer1000: number;
  /** Whole games played per balance game: the game, its lookahead twin, and its share of the report's agency games. */
  wholeGamesPerBalanceGame: number;
  /** Seconds for 1,000 whole AI games at the same rate, on the same threads. */
  secondsPer1000WholeGames: number;
  /** Steady milliseconds of one job on its thread: a game with its lookahead twin, an agency game. */
  msPerJob: { game: number; agency: number };
}

/** Whole games a balance game of a 1,000-game run plays: the game and its lookahead twin, and its share of the agency games (one game a job). */
export function wholeGamesPerBalanceGame(scenario: Scenario): number {
  const games = 1000;
  return (2 * games + balanceJobCount(scenario, games) - games) / games;
}

/**
 * Jobs each thread plays before its rate is taken. A worker compiles the engine and the AI anew,
 * and its first jobs run slower: measured on this machine, a thread's first ten balance jobs took
 * 1,075, 563, 372, 315, 297, 228, 162, 270, 210 and 268 ms against about 150 ms from then on.
 * Taking the rate after five jobs counted warming jobs as steady and put 1,000 balance games at
 * 158 s when a real run of 1,000 took 115 s.
 */
const WARM_JOBS = 10;

export async function benchBalance(scenario: Scenario, games: number): Promise<BalanceFigures> {
  const threads = Math.max(defaultThreads(games), defaultThreads(1000));
  const t0 = performance.now();
  // Each job's own time on its thread, in the order they finished.
  const finished: Array<{ i: number; ms: number }> = [];
  let firstAt = 0;
  const { played, agency } = await playBalance(scenario, { games, seed: 1, difficulty: 'normal' }, threads, (i, ms) => {
    if (!finished.length) firstAt = performance.now();
    finished.push({ i, ms });
  });
  const playedAt = performance.now();
  balanceReport(scenario, { games, seed: 1, difficulty: 'normal' }, played, agency);
  const report = performance.now() - playedAt;
  const seconds = (performance.now() - t0) / 1000;
  // A run's jobs are of two kinds, a game with its lookahead twin and an agency game; each kind's
  // steady cost is its mean after the warm-up jobs, and the warm-up's excess is paid once.
  const kind = (i: number) => (i < games ? 'game' : 'agency');
  const warm = finished.slice(0, Math.min(finished.length - 1, threads * WARM_JOBS));
  const steadyJobs = finished.slice(warm.length);
  const steady = (k: string) => {
    const xs = steadyJobs.filter((j) => kind(j.i) === k);
    const all = xs.length ? xs : finished.filter((j) => kind(j.i) === k);
    return all.length ? all.reduce((a, j) => a + j.ms, 0) / all.length : 0;
  };
  const perJob = { game: steady('game'), agency: steady('agency') };
  const excess = warm.reduce((a, j) => a + Math.max(0, j.ms - perJob[kind(j.i)]), 0);
  const jobs1000 = balanceJobCount(scenario, 1000);
  const work1000 = 1000 * perJob.game + (jobs1000 - 1000) * perJob.agency + excess;
  // The workers' start-up (compiling the engine before the first job) is paid once, as in a run.
  const startUp = Math.max(0, firstAt - t0 - (finished[0]?.ms ?? 0));
  const per1000 = startUp + work1000 / threads + report * (1000 / games);
  const perGame = wholeGamesPerBalanceGame(scenario);
  return {
    games, threads, seconds: Math.round(seconds * 10) / 10, secondsPer1000: Math.round(per1000 / 1000),
    wholeGamesPerBalanceGame: Math.round(perGame * 100) / 100, secondsPer1000WholeGames: Math.round(per1000 / 1000 / perGame),
    msPerJob: { game: Math.round(perJob.game), agency: Math.round(perJob.agency) },
  };
}

export function balanceLines(b: BalanceFigures): string[] {
  return [
    `balance: ${b.games} games (each with its lookahead twin, and the report's agency games) on ${b.threads} worker threads in ${b.seconds.toFixed(1)} s`,
    `  1,000 balance games at that rate ${b.secondsPer1000} s (goal: under 60 s on this machine)`,
    `  each balance game is ${b.wholeGamesPerBalanceGame} whole games: 1,000 whole AI games at that rate ${b.secondsPer1000WholeGames} s`,
    `  steady time of a job on its thread: a game with its lookahead twin ${b.msPerJob.game} ms, an agency game ${b.msPerJob.agency} ms`,
  ];
}

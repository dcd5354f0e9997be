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
}

/** Whole games a balance game of a 1,000-game run plays: the game and its lookahead twin, and its share of the agency games (one game a job). */
export function wholeGamesPerBalanceGame(scenario: Scenario): number {
  const games = 1000;
  return (2 * games + balanceJobCount(scenario, games) - games) / games;
}

export async function benchBalance(scenario: Scenario, games: number): Promise<BalanceFigures> {
  const threads = Math.max(defaultThreads(games), defaultThreads(1000));
  const jobs = balanceJobCount(scenario, games);
  const t0 = performance.now();
  // The first job on each thread carries the worker's start-up; the rate is taken after them.
  let done = 0;
  let warm = 0;
  const { played, agency } = await playBalance(scenario, { games, seed: 1, difficulty: 'normal' }, threads, () => {
    if (++done === Math.min(threads, jobs)) warm = performance.now();
  });
  const playedAt = performance.now();
  balanceReport(scenario, { games, seed: 1, difficulty: 'normal' }, played, agency);
  const report = performance.now() - playedAt;
  const seconds = (performance.now() - t0) / 1000;
  // A run's jobs are its games and its report's agency games, in about the same mix at any size.
  const steady = jobs > threads ? (playedAt - warm) / (jobs - threads) : (playedAt - t0) / jobs;
  const per1000 = (warm - t0) + steady * Math.max(0, balanceJobCount(scenario, 1000) - threads) + report * (1000 / games);
  const perGame = wholeGamesPerBalanceGame(scenario);
  return {
    games, threads, seconds: Math.round(seconds * 10) / 10, secondsPer1000: Math.round(per1000 / 1000),
    wholeGamesPerBalanceGame: Math.round(perGame * 100) / 100, secondsPer1000WholeGames: Math.round(per1000 / 1000 / perGame),
  };
}

export function balanceLines(b: BalanceFigures): string[] {
  return [
    `balance: ${b.games} games (each with its lookahead twin, and the report's agency games) on ${b.threads} worker threads in ${b.seconds.toFixed(1)} s`,
    `  1,000 balance games at that rate ${b.secondsPer1000} s (goal: under 60 s on this machine)`,
    `  each balance game is ${b.wholeGamesPerBalanceGame} whole games: 1,000 whole AI games at that rate ${b.secondsPer1000WholeGames} s`,
  ];
}

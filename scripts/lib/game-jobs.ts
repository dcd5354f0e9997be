/**
 * The games of `npm run simulate` and `npm run balance` as jobs: job `i` of a run is a pure
 * function of the run's scenario, seed and difficulty and of `i`, so it can be played on any
 * thread and the results put back in order give the same report, byte for byte.
 */
import type { Difficulty } from '../../src/ai/difficulty';
import { createAiPolicy } from '../../src/ai/policy';
import type { Scenario } from '../../src/scenario/schema';
import { agencyJobs, playAgencyJob, type AgencyJob, type AgencyResult } from './balance-negotiation';
import { balanceGame, type BalanceGame } from './balance-report';
import { playGames, type GameOutcome } from './game-outcome';

export interface GameRun {
  kind: 'simulate' | 'balance';
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
  /**
   * A balance run's games. Its jobs are these games (each with its lookahead twin), then the
   * agency and mediator games of its report (see `balanceJobCount`); without it, games only.
   */
  games?: number;
}

export type JobResult<K extends GameRun['kind']> = K extends 'balance' ? BalanceGame | AgencyResult : GameOutcome;

/** The jobs of a balance run of `games` games: the games, then the report's agency games. */
export function balanceJobCount(scenario: Scenario, games: number): number {
  return games + agencyJobs(scenario, games).length;
}

const agencyCache = new WeakMap<GameRun, AgencyJob[]>();

const policies = new Map<Difficulty, ReturnType<typeof createAiPolicy>>();

/** Plays job `i` of the run: a game from seed `seed + i` (with its lookahead twin for balance). */
export function playJob(run: GameRun, i: number): BalanceGame | AgencyResult | GameOutcome {
  if (run.kind === 'balance') {
    if (run.games === undefined || i < run.games) return balanceGame(run.scenario, run, i);
    let jobs = agencyCache.get(run);
    if (!jobs) agencyCache.set(run, (jobs = agencyJobs(run.scenario, run.games)));
    return playAgencyJob(run.scenario, run.difficulty, run.seed, jobs[i - run.games]!);
  }
  let policy = policies.get(run.difficulty);
  if (!policy) policies.set(run.difficulty, (policy = createAiPolicy(run.difficulty)));
  return playGames(run.scenario, policy, run.seed + i, 1)[0]!.outcome;
}

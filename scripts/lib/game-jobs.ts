/**
 * The games of `npm run simulate` and `npm run balance` as jobs: job `i` of a run is a pure
 * function of the run's scenario, seed and difficulty and of `i`, so it can be played on any
 * thread and the results put back in order give the same report, byte for byte.
 */
import type { Difficulty } from '../../src/ai/difficulty';
import { createAiPolicy } from '../../src/ai/policy';
import type { Scenario } from '../../src/scenario/schema';
import { balanceGame, type BalanceGame } from './balance-report';
import { playGames, type GameOutcome } from './game-outcome';

export interface GameRun {
  kind: 'simulate' | 'balance';
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
}

export type JobResult<K extends GameRun['kind']> = K extends 'balance' ? BalanceGame : GameOutcome;

const policies = new Map<Difficulty, ReturnType<typeof createAiPolicy>>();

/** Plays job `i` of the run: a game from seed `seed + i` (with its lookahead twin for balance). */
export function playJob(run: GameRun, i: number): BalanceGame | GameOutcome {
  if (run.kind === 'balance') return balanceGame(run.scenario, run, i);
  let policy = policies.get(run.difficulty);
  if (!policy) policies.set(run.difficulty, (policy = createAiPolicy(run.difficulty)));
  return playGames(run.scenario, policy, run.seed + i, 1)[0]!.outcome;
}

/**
 * Plays the jobs of a simulate or balance run on worker threads. Each worker takes the next job
 * as soon as it is free; results are put back in job order, so the report is the same bytes as
 * a run in one thread (a test pins it).
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Difficulty } from '../../src/ai/difficulty';
import type { Scenario } from '../../src/scenario/schema';
import type { AgencyResult } from './balance-negotiation';
import type { BalanceGame } from './balance-report';
import { balanceJobCount, playJob, type GameRun, type JobResult } from './game-jobs';

/** Below this many games, starting workers (each compiles the engine) costs more than it saves. */
export const PARALLEL_FROM = 8;

/** Threads a run uses by default: one per core for a run worth splitting, else this one. */
export function defaultThreads(games: number): number {
  return games >= PARALLEL_FROM ? Math.max(1, Math.min(availableParallelism(), 16, games)) : 1;
}

const WORKER = new URL('./game-worker.ts', import.meta.url).href;

/** A worker thread running a TypeScript module of the scripts. */
export function tsxWorker(moduleUrl: string, workerData: unknown): Worker {
  // The scripts run under tsx, whose loader a worker does not inherit: register it first.
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** Hears of each job done: its index and the milliseconds it took on its thread. */
export type OnResult = (i: number, ms: number) => void;

/** Plays jobs 0..games-1 of the run on `threads` threads (1: here, without workers); `onResult` hears of each job done. */
export async function playRun<K extends GameRun['kind']>(run: GameRun & { kind: K }, games: number, threads: number, onResult?: OnResult): Promise<Array<JobResult<K>>> {
  if (threads <= 1) {
    return Array.from({ length: games }, (_, i) => {
      const t0 = performance.now();
      const r = playJob(run, i) as JobResult<K>;
      onResult?.(i, performance.now() - t0);
      return r;
    });
  }
  const results: Array<JobResult<K>> = new Array(games);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next < games) w.postMessage(next++);
      };
      for (let t = 0; t < Math.min(threads, games); t++) {
        const w = tsxWorker(WORKER, run);
        workers.push(w);
        w.on('message', (m: { i: number; result?: JobResult<K>; ms?: number; error?: string }) => {
          if (m.error !== undefined) return reject(new Error(`game ${m.i + 1}: ${m.error}`));
          results[m.i] = m.result!;
          onResult?.(m.i, m.ms ?? 0);
          if (++done === games) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < games && code !== 0) reject(new Error(`a worker stopped with code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Plays a balance run on `threads` threads: its games with their lookahead twins, and the games
 * of its report's agency and mediator figures, all in one pool. `onResult` hears of each job done.
 */
export async function playBalance(
  scenario: Scenario, options: { games: number; seed: number; difficulty: Difficulty }, threads: number, onResult?: OnResult,
): Promise<{ played: BalanceGame[]; agency: AgencyResult[] }> {
  const run: GameRun = { kind: 'balance', scenario, seed: options.seed, difficulty: options.difficulty, games: options.games };
  const results = await playRun(run as GameRun & { kind: 'balance' }, balanceJobCount(scenario, options.games), threads, onResult);
  return { played: results.slice(0, options.games) as BalanceGame[], agency: results.slice(options.games) as AgencyResult[] };
}

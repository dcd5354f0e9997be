/** A worker thread of the game pool (scripts/lib/game-pool.ts): plays the jobs it is sent, one at a time. */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { playJob, type GameRun } from './game-jobs';

const run = workerData as GameRun;
parentPort!.on('message', (i: number) => {
  try {
    const t0 = performance.now();
    const result = playJob(run, i);
    // The job's own time on this thread, for the benchmark's rate (a run ignores it).
    parentPort!.postMessage({ i, result, ms: performance.now() - t0 });
  } catch (e) {
    parentPort!.postMessage({ i, error: e instanceof Error ? e.message : String(e) });
  }
});

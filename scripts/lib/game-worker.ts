/** A worker thread of the game pool (scripts/lib/game-pool.ts): plays the jobs it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { playJob, type GameRun } from './game-jobs';

const run = workerData as GameRun;
parentPort!.on('message', (i: number) => {
  try {
    parentPort!.postMessage({ i, result: playJob(run, i) });
  } catch (e) {
    parentPort!.postMessage({ i, error: e instanceof Error ? e.message : String(e) });
  }
});

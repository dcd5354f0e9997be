/** A thread that only replays (scripts/lib/bench-restore.ts): folds the log it is given and posts each fold's time. */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { replay, type Action } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';

const { scenario, seed, log, times } = workerData as { scenario: Scenario; seed: number; log: Action[]; times: number };
const ms: number[] = [];
for (let i = 0; i < times; i++) {
  const t0 = performance.now();
  replay(scenario, seed, log);
  ms.push(performance.now() - t0);
}
parentPort!.postMessage(ms);

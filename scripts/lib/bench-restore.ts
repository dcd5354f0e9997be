/**
 * Replay as a server restoring its sessions after a restart: on a thread that has done nothing
 * but replay. The benchmark's own thread has also applied the same rules through Immer's drafts,
 * which leaves the JIT's view of them less specialised; this figure says whether that is what
 * its replay figure measures.
 */
import type { Action } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { tsxWorker } from './game-pool';
import { quantile } from './stats';

/** Folds before the figure is taken: a restart restores many sessions, so the JIT is warm for most. */
export const RESTORE_WARM_UP = 10;
const RESTORE_TIMES = 30;

const WORKER = new URL('./restore-worker.ts', import.meta.url).href;

/** The median fold of `log` on a fresh thread, after its warm-up folds, in ms per 2,500 actions. */
export async function benchRestore(scenario: Scenario, seed: number, log: readonly Action[]): Promise<number> {
  const worker = tsxWorker(WORKER, { scenario, seed, log, times: RESTORE_WARM_UP + RESTORE_TIMES });
  try {
    const ms = await new Promise<number[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the replay thread stopped with code ${code}`)));
    });
    return Math.round(((quantile(ms.slice(RESTORE_WARM_UP), 0.5) * 2500) / log.length) * 100) / 100;
  } finally {
    await worker.terminate();
  }
}

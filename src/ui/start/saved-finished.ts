/** Whether a saved game has already ended: then the start screen offers its result, not to continue it. */
import { replay } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import type { SaveRecord } from '../save';
import { resolveScenario } from '../scenario-source';

export function savedGameFinished(record: Pick<SaveRecord, 'seed' | 'actions' | 'scenario'>, scenario?: Scenario): boolean {
  const resolved = scenario ?? (() => {
    const r = resolveScenario(record.scenario);
    return r.ok ? r.scenario : null;
  })();
  if (!resolved) return false;
  try {
    return replay(resolved, record.seed, record.actions).phase === 'concluded';
  } catch {
    // A log that no longer replays is explained when the player tries to resume it.
    return false;
  }
}

/**
 * Which disputes would get a sensitive measure vetoed now: the parties to a dispute at crisis
 * or worse, whose trust is below the scenario's bar, object to and cannot implement sensitive
 * measures (the engine's own test, `inSensitiveCrisis`). Shown on the measure before tabling it.
 */
import { inSensitiveCrisis } from '../../engine/common';
import type { DelegationId, GameState, ScenarioIndex } from '../../engine';

export interface CrisisVeto {
  flashpoint: string;
  parties: DelegationId[];
}

export function sensitiveVetoes(idx: ScenarioIndex, game: GameState, measure: string): CrisisVeto[] {
  const m = idx.measure.get(measure);
  if (!m || !idx.isSensitive(m)) return [];
  const byFlashpoint = new Map<string, DelegationId[]>();
  for (const id of game.players) {
    const fid = inSensitiveCrisis(idx, game, id);
    if (fid) byFlashpoint.set(fid, [...(byFlashpoint.get(fid) ?? []), id]);
  }
  return [...byFlashpoint].map(([flashpoint, parties]) => ({ flashpoint, parties }));
}

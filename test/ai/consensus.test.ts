import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scripts/lib/load-scenario';
import { buildContext } from '../../src/ai/context';
import { expectedObjections, expectedToObject, forecast, objectorsUpTo, UNMOVABLE } from '../../src/ai/consensus';
import { paramsFor, type Difficulty } from '../../src/ai/difficulty';
import { createAiPolicy } from '../../src/ai/policy';
import type { Question } from '../../src/ai/positions';
import { legalActions, playerView, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { runGame } from '../../src/sim/run-game';

function bundled(id: string): Scenario {
  const loaded = loadScenario(id);
  if (!loaded.ok) throw new Error(`cannot load ${id}`);
  return loaded.scenario;
}

/** Consultation states of a whole AI game, a few a round, each kept as it was. */
function consultationStates(scenario: Scenario, seed: number, every: number): GameState[] {
  const out: GameState[] = [];
  let n = 0;
  runGame(scenario, {
    seed, fallback: createAiPolicy('normal'), keepStates: true,
    onAction: (_a, state) => { if (state.phase === 'consultations' && n++ % every === 0) out.push(state); },
  });
  return out;
}

describe('the quick count of objectors', () => {
  // It weighs the least trusting voters first to stop early: the verdict must be the full forecast's.
  for (const [id, difficulty, every] of [['road-to-the-charter', 'normal', 15], ['preventive-diplomacy', 'hard', 3], ['energy-security', 'normal', 5]] as Array<[string, Difficulty, number]>) {
    it(`agrees with the full forecast on every subject a delegation may table (${id}, ${difficulty})`, () => {
      const scenario = bundled(id);
      let compared = 0;
      let cut = 0;
      let stopped = 0;
      for (const state of consultationStates(scenario, 3, every)) {
        for (const me of state.players.slice(0, 6)) {
          const ctx = buildContext(scenario, playerView(state, me), me, paramsFor(difficulty), () => 0.5);
          const tables = legalActions(scenario, state, me).filter((a) => a.type === 'proposal.table');
          for (const t of tables.slice(0, 5)) {
            const q: Question = { ids: [], subjects: [t.subject], proposer: me, amendments: [] };
            const full = forecast(ctx, q);
            const objectors = ctx.idx.voters.filter((v) => full.positions[v]!.stance === 'objection' && !full.positions[v]!.amendment);
            for (const limit of [0, 1, 4]) {
              const quick = objectorsUpTo(ctx, q, limit);
              expect(quick.complete).toBe(objectors.length <= limit);
              if (quick.complete) {
                expect(quick.objectors.map((o) => o.who)).toEqual(objectors);
                expect(quick.supporters).toBe(full.support.length);
              } else cut++;
              compared++;
            }
            // One voter weighed alone, as an offer's value asks: the same verdict as the whole forecast, and none for a non-voter.
            for (const v of state.players) expect(expectedToObject(ctx, v, q)).toBe(full.objection.includes(v));
            // The chair's count of objections, by which it orders the agenda.
            expect(expectedObjections(ctx, q)).toBe(full.objection.length);
            // Stopping at a hopeless count: only when more objectors than allowed include one nothing lifts.
            for (const allowed of [0, 1]) {
              const quick = objectorsUpTo(ctx, q, 4, allowed);
              const hopeless = objectors.length > allowed && objectors.some((v) => UNMOVABLE.includes(full.positions[v]!.reason.code));
              expect(quick.complete).toBe(objectors.length <= 4 && !hopeless);
              if (hopeless) stopped++;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(100);
      expect(cut).toBeGreaterThan(0);
      if (id === 'road-to-the-charter') expect(stopped).toBeGreaterThan(0);
    });
  }
});

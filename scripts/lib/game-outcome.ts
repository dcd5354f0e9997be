/** What one finished game amounts to, for the simulation and balance reports. */
import { collectiveOutcome, indexScenario, ranking, type GameState, type Grade } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { runGame } from '../../src/sim/run-game';
import type { Policy } from '../../src/sim/policy';
import { mean, percent, quantile, round1 } from './stats';

export interface GameOutcome {
  seed: number;
  rounds: number;
  grade: Grade;
  score: number;
  charterRound: number | null;
  cohesion: number;
  conflicts: number;
  prevented: number;
  top: { id: string; total: number };
  /** Every player's total score. */
  scores: Record<string, number>;
}

export function outcomeOf(scenario: Scenario, seed: number, state: GameState): GameOutcome {
  const idx = indexScenario(scenario);
  const o = collectiveOutcome(idx, state);
  const ranked = ranking(idx, state);
  return {
    seed, rounds: state.round, grade: o.grade, score: o.score, charterRound: o.charterRound, cohesion: o.cohesion,
    conflicts: o.conflicts, prevented: o.prevented,
    top: { id: ranked[0]!.id, total: ranked[0]!.total },
    scores: Object.fromEntries(ranked.map((r) => [r.id, r.total])),
  };
}

/** Plays AI-only games from consecutive seeds. */
export function playGames(
  scenario: Scenario, policy: Policy, seed: number, games: number, policies?: (g: number) => Record<string, Policy>, onGame?: (done: number) => void,
): Array<{ outcome: GameOutcome; state: GameState }> {
  const out: Array<{ outcome: GameOutcome; state: GameState }> = [];
  for (let g = 0; g < games; g++) {
    const { state } = runGame(scenario, { seed: seed + g, fallback: policy, ...(policies ? { policies: policies(g) } : {}) });
    out.push({ outcome: outcomeOf(scenario, seed + g, state), state });
    onGame?.(g + 1);
  }
  return out;
}

export interface Aggregate {
  games: number;
  charterAdopted: number;
  charterPercent: number;
  meanCharterRound: number | null;
  grades: Record<Grade, number>;
  meanScore: number;
  cohesion: { median: number; min: number; max: number };
  meanConflicts: number;
  meanPrevented: number;
}

export function aggregate(outcomes: readonly GameOutcome[]): Aggregate {
  const adopted = outcomes.filter((o) => o.charterRound !== null);
  const grades: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0, F: 0 };
  for (const o of outcomes) grades[o.grade] += 1;
  const coh = outcomes.map((o) => o.cohesion);
  return {
    games: outcomes.length,
    charterAdopted: adopted.length,
    charterPercent: percent(adopted.length, outcomes.length),
    meanCharterRound: adopted.length ? round1(mean(adopted.map((o) => o.charterRound!))) : null,
    grades,
    meanScore: round1(mean(outcomes.map((o) => o.score))),
    cohesion: { median: round1(quantile(coh, 0.5)), min: round1(Math.min(...coh)), max: round1(Math.max(...coh)) },
    meanConflicts: round1(mean(outcomes.map((o) => o.conflicts))),
    meanPrevented: round1(mean(outcomes.map((o) => o.prevented))),
  };
}

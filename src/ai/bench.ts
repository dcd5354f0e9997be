/**
 * Bench figures for the AI: the time all AI decisions of one phase take (the target is under
 * 50 ms for the largest scenario), and how many AI-only games a second the headless runner plays.
 * Decisions are recorded during real games, then timed again in isolation several times, keeping
 * the fastest run of each phase, so a busy machine disturbs the figure as little as possible.
 * Prints nothing: the caller reports.
 */
import type { Phase } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { Policy, PolicyInput } from '../sim/policy';
import { runGame } from '../sim/run-game';
import type { Difficulty } from './difficulty';
import { createAiPolicy } from './policy';

export interface BenchOptions {
  games?: number;
  seed?: number;
  difficulty?: Difficulty;
  /** How many times each phase's decisions are timed again (the fastest counts). */
  repeats?: number;
  /** A clock in milliseconds (defaults to `performance.now`). */
  now?: () => number;
}

export interface PhaseFigures {
  /** Phases of this kind timed (one per round per game). */
  phases: number;
  /** Mean number of AI decisions in one phase. */
  decisions: number;
  /** Mean and worst time of all AI decisions of one phase, in milliseconds. */
  meanMs: number;
  maxMs: number;
}

export interface AiBench {
  scenario: string;
  difficulty: Difficulty;
  games: number;
  delegations: number;
  phases: Partial<Record<Phase, PhaseFigures>>;
  /** The slowest phase of all, in milliseconds. */
  worstPhaseMs: number;
  /** AI-only games played per second, rules engine included. */
  gamesPerSecond: number;
  /** Mean time of one AI decision, in milliseconds. */
  meanDecisionMs: number;
}

interface Recorded {
  input: PolicyInput;
  draws: number[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function benchAi(scenario: Scenario, options: BenchOptions = {}): AiBench {
  const { games = 3, seed = 1, difficulty = 'normal', repeats = 3 } = options;
  const now = options.now ?? (() => performance.now());
  const ai = createAiPolicy(difficulty);
  const phases = new Map<string, { phase: Phase; calls: Recorded[] }>();
  for (let g = 0; g < games; g++) {
    const recording: Policy = (input) => {
      const draws: number[] = [];
      const random = () => {
        const v = input.random();
        draws.push(v);
        return v;
      };
      const key = `${g}:${input.view.round}:${input.view.phase}`;
      if (!phases.has(key)) phases.set(key, { phase: input.view.phase, calls: [] });
      phases.get(key)!.calls.push({ input, draws });
      return ai({ ...input, random });
    };
    // The recorded views are decided on again later, so they must stay as they were.
    runGame(scenario, { seed: seed + g, fallback: recording, keepStates: true });
  }
  // Games per second are timed apart from the recording above.
  const clean = now();
  for (let g = 0; g < games; g++) runGame(scenario, { seed: seed + g, fallback: ai });
  const cleanMs = now() - clean;
  const byKind = new Map<Phase, { times: number[]; decisions: number[] }>();
  let decisions = 0;
  let decisionMs = 0;
  for (const { phase, calls } of phases.values()) {
    let best = Infinity;
    for (let r = 0; r < repeats; r++) {
      const start = now();
      for (const { input, draws } of calls) {
        let i = 0;
        ai({ ...input, random: () => draws[i++] ?? 0 });
      }
      best = Math.min(best, now() - start);
    }
    const kind = byKind.get(phase) ?? { times: [], decisions: [] };
    kind.times.push(best);
    kind.decisions.push(calls.length);
    byKind.set(phase, kind);
    decisions += calls.length;
    decisionMs += best;
  }
  const figures: AiBench['phases'] = {};
  let worst = 0;
  for (const [phase, k] of byKind) {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const max = Math.max(...k.times);
    worst = Math.max(worst, max);
    figures[phase] = { phases: k.times.length, decisions: round2(mean(k.decisions)), meanMs: round2(mean(k.times)), maxMs: round2(max) };
  }
  return {
    scenario: scenario.meta.id,
    difficulty,
    games,
    delegations: scenario.delegations.length,
    phases: figures,
    worstPhaseMs: round2(worst),
    gamesPerSecond: round2(games / (cleanMs / 1000)),
    meanDecisionMs: round2(decisions ? decisionMs / decisions : 0),
  };
}

/** The figures as lines of text, for `npm run bench` to print. */
export function formatAiBench(b: AiBench): string[] {
  const lines = [`AI (${b.difficulty}): ${b.games} AI-only games of ${b.scenario}, ${b.delegations} delegations`];
  for (const [phase, f] of Object.entries(b.phases)) {
    lines.push(`  ${phase.padEnd(15)} ${f.decisions.toFixed(0).padStart(4)} decisions a phase, all of them in ${f.meanMs.toFixed(1)} ms (worst ${f.maxMs.toFixed(1)} ms; goal: under 50 ms)`);
  }
  lines.push(`  one decision            ${b.meanDecisionMs.toFixed(2)} ms on average`, `  AI-only games per second ${b.gamesPerSecond.toFixed(2)}`);
  return lines;
}

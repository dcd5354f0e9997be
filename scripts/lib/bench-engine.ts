/**
 * The engine section of `npm run bench`: whole AI-only games on one core, the engine's own share
 * (the same actions folded again), the same games folded with Immer as the baseline of the run,
 * legal-action listing on its own, and replay of a 2,500-action log.
 */
import { performance } from 'node:perf_hooks';
import { applyAction, applyActionInPlace, createGame, createWorkingGame, FACILITATOR, legalActions, replay, type Action } from '../../src/engine';
import { createAiPolicy } from '../../src/ai';
import { runGame } from '../../src/sim/run-game';
import type { Scenario } from '../../src/scenario/schema';
import { quantile } from './stats';

const median = (xs: readonly number[]) => quantile(xs, 0.5);

export interface EngineFigures {
  games: number;
  actionsPerGame: number;
  /** Median engine time of a whole game: its actions folded in place, as the runner does. */
  msPerGame: number;
  /** Median whole AI-only game: engine, legal-action lists and the AI's thinking. */
  msPerGameWithAi: number;
  /**
   * Median time listing every legal action at every step of a game, as the UI lists them. The
   * headless runner lists lazily (only what the AI asks for), so this is more than its share.
   */
  msPerGameLegal: number;
  /** The baseline of the run: the same logs folded through Immer, one produce an action. */
  msPerGameImmer: number;
  /** A whole AI-only game on the Immer runner (keepStates), median of a few. */
  msPerGameWithAiImmer: number;
  gamesPerSecond: number;
}

export interface ReplayFigures {
  /** Actions in the log replayed (the longest game's; scaled to 2,500 in ms2500). */
  actions: number;
  ms: number;
  ms2500: number;
  /** The same log folded with Immer. */
  msImmer: number;
  /**
   * `ms2500` on a thread that has only replayed, as a server restoring its sessions after a
   * restart (see bench-restore.ts); null until measured.
   */
  ms2500Fresh: number | null;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function time(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

function foldImmer(scenario: Scenario, seed: number, actions: readonly Action[]): void {
  let state = createGame(scenario, seed);
  for (const a of actions) {
    const r = applyAction(scenario, state, a);
    if (!r.ok) throw new Error(r.rejection.message);
    state = r.state;
  }
}

function listEveryStep(scenario: Scenario, seed: number, actions: readonly Action[]): void {
  const state = createWorkingGame(scenario, seed);
  for (const a of actions) {
    if (a.by !== FACILITATOR) legalActions(scenario, state, a.by);
    applyActionInPlace(scenario, state, a);
  }
}

export interface PlayedGame {
  seed: number;
  actions: Action[];
  ms: number;
}

/**
 * Games played before timing. A process's first games run slower as V8 compiles and re-compiles
 * the engine and the AI: measured on this machine, one seed played over and over took 469, 348,
 * 182 ms, and settled near 125 ms only from about the tenth game.
 */
export const WARM_UP_GAMES = 10;

/** Plays `games` AI-only games (after a warm-up) and times each. */
export function playTimed(scenario: Scenario, games: number, firstSeed = 1): PlayedGame[] {
  const policy = createAiPolicy('normal');
  // Warm up the JIT so the figures describe steady play, not start-up.
  for (let w = 0; w < WARM_UP_GAMES; w++) runGame(scenario, { seed: firstSeed + 999 + w, fallback: policy });
  const played: PlayedGame[] = [];
  for (let s = 0; s < games; s++) {
    let actions: Action[] = [];
    const ms = time(() => (actions = runGame(scenario, { seed: firstSeed + s, fallback: policy }).actions));
    played.push({ seed: firstSeed + s, actions, ms });
  }
  return played;
}

export function benchEngine(scenario: Scenario, games: number): { engine: EngineFigures; replay: ReplayFigures; log: { seed: number; actions: Action[] } } {
  const played = playTimed(scenario, games);
  const engine = played.map((g) => time(() => replay(scenario, g.seed, g.actions)));
  const immer = played.map((g) => time(() => foldImmer(scenario, g.seed, g.actions)));
  const legal = played.map((g) => time(() => listEveryStep(scenario, g.seed, g.actions)));
  const policy = createAiPolicy('normal');
  const immerGames = played.slice(0, Math.min(5, played.length)).map((g) => time(() => runGame(scenario, { seed: g.seed, fallback: policy, keepStates: true })));
  const total = played.reduce((a, g) => a + g.ms, 0);
  const actions = played.reduce((a, g) => a + g.actions.length, 0);
  const longest = played.reduce((a, g) => (g.actions.length > a.actions.length ? g : a));
  const log = longest.actions.slice(0, 2500);
  const replays = Array.from({ length: 15 }, () => time(() => replay(scenario, longest.seed, log)));
  const replaysImmer = Array.from({ length: 3 }, () => time(() => foldImmer(scenario, longest.seed, log)));
  const replayMs = median(replays);
  return {
    engine: {
      games,
      actionsPerGame: Math.round(actions / games),
      msPerGame: round(median(engine), 2),
      msPerGameWithAi: round(median(played.map((g) => g.ms))),
      // Listing folds the game too: take the fold off to leave the listing alone.
      msPerGameLegal: round(Math.max(0, median(legal) - median(engine))),
      msPerGameImmer: round(median(immer)),
      msPerGameWithAiImmer: round(median(immerGames)),
      gamesPerSecond: round((games / total) * 1000, 2),
    },
    replay: { actions: log.length, ms: round(replayMs, 2), ms2500: round((replayMs * 2500) / log.length, 2), msImmer: round(median(replaysImmer), 1), ms2500Fresh: null },
    log: { seed: longest.seed, actions: log },
  };
}

const x = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');

export function engineLines(e: EngineFigures, r: ReplayFigures): string[] {
  return [
    `AI-only games (normal): ${e.games}, ${e.actionsPerGame} actions a game, one core`,
    `  median game, engine only      ${e.msPerGame.toFixed(1)} ms (goal: under 20 ms); Immer fold of the same logs ${e.msPerGameImmer.toFixed(1)} ms: ${x(e.msPerGame, e.msPerGameImmer)}`,
    `  median game, with the AI      ${e.msPerGameWithAi.toFixed(0)} ms (goal: under 60 ms); Immer runner ${e.msPerGameWithAiImmer.toFixed(0)} ms: ${x(e.msPerGameWithAi, e.msPerGameWithAiImmer)}`,
    `  legal actions, all of them at every step ${e.msPerGameLegal.toFixed(0)} ms (the runner lists only what the AI asks for)`,
    `  games per second              ${e.gamesPerSecond.toFixed(2)}`,
    `  replay of ${r.actions} actions       ${r.ms.toFixed(2)} ms (${r.ms2500.toFixed(2)} ms per 2,500; goal: under 10 ms); Immer fold ${r.msImmer.toFixed(1)} ms: ${x(r.ms, r.msImmer)}`,
    ...(r.ms2500Fresh === null ? [] : [`  replay on a thread that only replays (a server's restore after a restart) ${r.ms2500Fresh.toFixed(2)} ms per 2,500`]),
  ];
}

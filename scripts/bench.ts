/**
 * Prints performance figures (never pass/fail): engine games per second on one core, replay time
 * of a 500-action log, AI decision times, and the built game in headless Chromium against a bare
 * Phaser scene (JS size, time to ready, frame time while panning, heap after a full game).
 * Usage: npm run bench [-- <scenario file or id>] [--games N] [--no-browser]
 */
import { performance } from 'node:perf_hooks';
import { replay, type Action } from '../src/engine';
import { createAiPolicy } from '../src/ai';
import { runGame } from '../src/sim/run-game';
import type { Scenario } from '../src/scenario/schema';
import { loadScenario } from './lib/load-scenario';
import { benchSections } from './lib/bench-sections';

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { scenario: string; games: number; browser: boolean } {
  let scenario = 'road-to-the-charter';
  let games = 30;
  let browser = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--games') {
      games = Number(argv[++i]);
      if (!Number.isInteger(games) || games < 1) fail('--games takes a whole number of at least 1');
    } else if (a === '--no-browser') browser = false;
    else if (a === '--no-server') continue; // read by scripts/bench-server.ts
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else scenario = a;
  }
  return { scenario, games, browser };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchEngine(scenario: Scenario, games: number): string[] {
  const policy = createAiPolicy('normal');
  // Warm up the JIT so the figures describe steady play, not start-up.
  runGame(scenario, { seed: 1000, fallback: policy });
  const played: Array<{ seed: number; actions: Action[]; ms: number }> = [];
  for (let s = 0; s < games; s++) {
    const t0 = performance.now();
    const r = runGame(scenario, { seed: s + 1, fallback: policy });
    played.push({ seed: s + 1, actions: r.actions, ms: performance.now() - t0 });
  }
  // The engine's own share: replaying each game's log applies exactly the same actions.
  const engine = played.map((g) => {
    const t0 = performance.now();
    replay(scenario, g.seed, g.actions);
    return performance.now() - t0;
  });
  const total = played.reduce((a, g) => a + g.ms, 0);
  const actions = played.reduce((a, g) => a + g.actions.length, 0);
  const longest = played.reduce((a, g) => (g.actions.length > a.actions.length ? g : a));
  const log = longest.actions.slice(0, 500);
  const replays: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    replay(scenario, longest.seed, log);
    replays.push(performance.now() - t0);
  }
  return [
    `AI-only games (normal): ${games}, ${(actions / games).toFixed(0)} actions a game`,
    `  games per second              ${((games / total) * 1000).toFixed(2)} on one core (AI decisions and legal-action lists included)`,
    `  median game, whole            ${median(played.map((g) => g.ms)).toFixed(0)} ms`,
    `  median game, engine only      ${median(engine).toFixed(1)} ms (goal: under 20 ms for 28 delegations and 8 rounds)`,
    `  engine actions per second     ${((actions / engine.reduce((a, b) => a + b, 0)) * 1000).toFixed(0)}`,
    `  replay of ${log.length} actions        ${median(replays).toFixed(1)} ms (median of 10)`,
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loaded = loadScenario(args.scenario);
  if (!loaded.ok) fail(`${args.scenario}: ${loaded.errors[0]?.message ?? 'cannot load the scenario'}`);
  const scenario = loaded.scenario;
  const lines = [`scenario: ${scenario.meta.id} (${scenario.delegations.length} delegations, ${scenario.calendar.rounds} rounds)`];
  lines.push(...benchEngine(scenario, args.games));
  for (const section of benchSections) lines.push(...(await section({ scenario, games: args.games, browser: args.browser })));
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();

/**
 * Prints performance figures (never pass/fail): whole AI-only games and the engine's share on one
 * core against the Immer fold measured in the same run, replay of a 2,500-action log, per-game
 * cost by the number of delegations, balance throughput on worker threads, AI decision times,
 * and the built game in headless Chromium against a bare Phaser scene.
 * Usage: npm run bench [-- <scenario file or id>] [--games N] [--balance-games N] [--no-browser] [--json]
 * `--json` prints one JSON document instead of the text (engine, replay, scale, balance, ai, browser:
 * `browser.readyRatio`, `frameRatio`, `jsRatio` and `clickToPaintMs` are null when not measured).
 */
import { loadScenario } from './lib/load-scenario';
import { benchEngine, engineLines } from './lib/bench-engine';
import { benchRestore } from './lib/bench-restore';
import { benchScale, scaleLines } from './lib/bench-scale';
import { balanceLines, benchBalance } from './lib/bench-balance';
import { benchSections, sectionResult } from './lib/bench-sections';
import { BENCH_HELP, wantsHelp } from './lib/help';

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

interface BenchArgs {
  scenario: string;
  games: number;
  balanceGames: number;
  browser: boolean;
  json: boolean;
}

function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${flag} takes a whole number of at least 1`);
  return n;
}

function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { scenario: 'road-to-the-charter', games: 30, balanceGames: 48, browser: true, json: false };
  if (wantsHelp(argv)) {
    process.stdout.write(`${BENCH_HELP}\n`);
    process.exit(0);
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--games') args.games = count(a, argv[++i]);
    else if (a === '--balance-games') args.balanceGames = count(a, argv[++i]);
    else if (a === '--no-browser') args.browser = false;
    else if (a === '--json') args.json = true;
    else if (a === '--no-server') continue; // read by scripts/bench-server.ts
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else args.scenario = a;
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loaded = loadScenario(args.scenario);
  if (!loaded.ok) fail(`${args.scenario}: ${loaded.errors[0]?.message ?? 'cannot load the scenario'}`);
  const scenario = loaded.scenario;
  const lines = [`scenario: ${scenario.meta.id} (${scenario.delegations.length} delegations, ${scenario.calendar.rounds} rounds)`];
  const { engine, replay, log } = benchEngine(scenario, args.games);
  replay.ms2500Fresh = await benchRestore(scenario, log.seed, log.actions);
  lines.push(...engineLines(engine, replay));
  const scale = benchScale(Math.max(3, Math.min(10, Math.ceil(args.games / 3))));
  lines.push(...scaleLines(scale));
  const balance = await benchBalance(scenario, args.balanceGames);
  lines.push(...balanceLines(balance));
  const doc: Record<string, unknown> = { scenario: scenario.meta.id, engine, replay, scale, balance };
  for (const [key, section] of Object.entries(benchSections)) {
    const r = sectionResult(await section({ scenario, games: args.games, browser: args.browser }));
    lines.push(...r.lines);
    doc[key] = r.figures;
  }
  process.stdout.write(args.json ? `${JSON.stringify(doc, null, 2)}\n` : `${lines.join('\n')}\n`);
}

await main();

/**
 * Plays AI-only games of a scenario and prints each game's outcome and an aggregate.
 * Usage: npm run simulate -- <scenario file or id> [--games N] [--seed S] [--json] [--difficulty easy|normal|hard] [--threads N]
 * The same arguments print the same bytes, whatever the number of threads the games are played
 * on (by default one per core from 8 games). Bad arguments: a one-line error on stderr, exit code 2.
 */
import { pathToFileURL } from 'node:url';
import { createAiPolicy } from '../src/ai/policy';
import { formatIssue } from '../src/scenario/issues';
import type { Scenario } from '../src/scenario/schema';
import { aggregate, playGames, type Aggregate, type GameOutcome } from './lib/game-outcome';
import { defaultThreads, playRun } from './lib/game-pool';
import { loadScenario } from './lib/load-scenario';
import { SIMULATE_HELP, wantsHelp } from './lib/help';
import { parseSimArgs, type SimArgs } from './lib/sim-cli';

export interface SimulationReport {
  scenario: string;
  difficulty: SimArgs['difficulty'];
  seed: number;
  games: Array<Omit<GameOutcome, 'scores'>>;
  aggregate: Aggregate;
}

export function simulate(scenario: Scenario, args: Omit<SimArgs, 'scenario' | 'json' | 'threads'>): SimulationReport {
  const played = playGames(scenario, createAiPolicy(args.difficulty), args.seed, args.games);
  return simulationReport(scenario, args, played.map((p) => p.outcome));
}

/** The report from every game's outcome, in seed order (however and wherever they were played). */
export function simulationReport(scenario: Scenario, args: Omit<SimArgs, 'scenario' | 'json' | 'threads'>, outcomes: readonly GameOutcome[]): SimulationReport {
  return {
    scenario: scenario.meta.id,
    difficulty: args.difficulty,
    seed: args.seed,
    games: outcomes.map(({ scores: _scores, ...rest }) => rest),
    aggregate: aggregate(outcomes),
  };
}

const pad = (v: unknown, n: number) => String(v).padStart(n);

export function formatSimulation(r: SimulationReport, scenario: Scenario): string {
  const lines = [
    `scenario: ${r.scenario} (${scenario.delegations.filter((d) => d.role === 'member').length} members of ${scenario.delegations.length} delegations, ${scenario.calendar.rounds} rounds), difficulty ${r.difficulty}, ${r.games.length} games from seed ${r.seed}`,
    ' seed rounds grade score charter cohesion conflicts prevented  top delegation',
  ];
  for (const g of r.games) {
    lines.push(`${pad(g.seed, 5)} ${pad(g.rounds, 6)} ${pad(g.grade, 5)} ${pad(g.score, 5)} ${pad(g.charterRound ?? '-', 7)} ${pad(g.cohesion.toFixed(1), 8)} ${pad(g.conflicts, 9)} ${pad(g.prevented, 9)}  ${g.top.id} ${g.top.total.toFixed(1)}`);
  }
  const a = r.aggregate;
  const grades = Object.entries(a.grades).map(([k, v]) => `${k} ${v}`).join(', ');
  const track = scenario.transformation.enabled && scenario.transformation.clusters.length > 0;
  lines.push(
    track
      ? `charter adopted: ${a.charterAdopted}/${a.games} (${a.charterPercent}%)${a.meanCharterRound !== null ? `, mean round ${a.meanCharterRound}` : ''}`
      : 'charter: this scenario has no transformation track',
    `grades: ${grades}; mean score ${a.meanScore}`,
    `cohesion at the end: median ${a.cohesion.median} (min ${a.cohesion.min}, max ${a.cohesion.max})`,
    `conflicts per game: ${a.meanConflicts}; flashpoints kept below crisis per game: ${a.meanPrevented}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Runs the command; returns the exit code (at once for bad arguments, else once the games are played). */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  if (wantsHelp(argv)) {
    out(`${SIMULATE_HELP}\n`);
    return 0;
  }
  const parsed = parseSimArgs(argv, { games: 10 });
  if (!parsed.ok) {
    err(`simulate: ${parsed.error}\n`);
    return 2;
  }
  const loaded = loadScenario(parsed.args.scenario);
  if (!loaded.ok) {
    const e = loaded.errors[0];
    err(`simulate: ${e ? formatIssue(e) : `cannot load ${parsed.args.scenario}`}\n`);
    return 2;
  }
  const { args } = parsed;
  const scenario = loaded.scenario;
  return playRun({ kind: 'simulate', scenario, seed: args.seed, difficulty: args.difficulty }, args.games, args.threads ?? defaultThreads(args.games)).then((outcomes) => {
    const report = simulationReport(scenario, args, outcomes);
    out(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatSimulation(report, scenario));
    return 0;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void Promise.resolve(main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s))).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`simulate: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

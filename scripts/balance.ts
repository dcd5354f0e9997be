/**
 * The balance simulator: AI-only games of a scenario, summarised for tuning (see
 * scripts/lib/balance-report.ts for what is measured and the targets).
 * Usage: npm run balance -- <scenario file or id> [--games N] [--seed S] [--json] [--difficulty easy|normal|hard] [--threads N]
 * Deterministic: the same arguments print the same bytes, whatever the number of threads the
 * games are played on (by default one per core from 8 games). Bad arguments: one line on stderr, exit 2.
 */
import { pathToFileURL } from 'node:url';
import { formatIssue } from '../src/scenario/issues';
import { balanceReport, formatBalance } from './lib/balance-report';
import { defaultThreads, playBalance } from './lib/game-pool';
import { loadScenario } from './lib/load-scenario';
import { BALANCE_HELP, wantsHelp } from './lib/help';
import { parseSimArgs } from './lib/sim-cli';

/** Runs the command; returns the exit code (at once for bad arguments, else once the games are played). */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  if (wantsHelp(argv)) {
    out(`${BALANCE_HELP}\n`);
    return 0;
  }
  const parsed = parseSimArgs(argv, { games: 20 });
  if (!parsed.ok) {
    err(`balance: ${parsed.error}\n`);
    return 2;
  }
  const loaded = loadScenario(parsed.args.scenario);
  if (!loaded.ok) {
    const e = loaded.errors[0];
    err(`balance: ${e ? formatIssue(e) : `cannot load ${parsed.args.scenario}`}\n`);
    return 2;
  }
  const { args } = parsed;
  const scenario = loaded.scenario;
  // The report's agency games are several times the run's own: the pool plays them too.
  return playBalance(scenario, args, args.threads ?? defaultThreads(args.games)).then(({ played, agency }) => {
    const report = balanceReport(scenario, args, played, agency);
    out(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatBalance(report));
    return 0;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void Promise.resolve(main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s))).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`balance: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

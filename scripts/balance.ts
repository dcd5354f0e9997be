/**
 * The balance simulator: AI-only games of a scenario, summarised for tuning (see
 * scripts/lib/balance-report.ts for what is measured and the targets).
 * Usage: npm run balance -- <scenario file or id> [--games N] [--seed S] [--json] [--difficulty easy|normal|hard]
 * Deterministic: the same arguments print the same bytes. Bad arguments: one line on stderr, exit 2.
 */
import { pathToFileURL } from 'node:url';
import { formatIssue } from '../src/scenario/issues';
import { balance, formatBalance } from './lib/balance-report';
import { loadScenario } from './lib/load-scenario';
import { BALANCE_HELP, wantsHelp } from './lib/help';
import { parseSimArgs } from './lib/sim-cli';

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
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
  const report = balance(loaded.scenario, parsed.args);
  out(parsed.args.json ? `${JSON.stringify(report, null, 2)}\n` : formatBalance(report));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}

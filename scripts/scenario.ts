/**
 * The scenario tool for authors and CI.
 *
 *   npm run scenario -- check [--warnings] <file-or-id...>   check files; exit 0 if all are valid, 1 if not
 *   npm run scenario -- schema                              regenerate scenarios/scenario.schema.json
 *
 * Bad arguments exit 2. Every problem is one line; the tool never prints a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../src/scenario/issues';
import { SCHEMA_FILE, scenarioJsonSchemaText } from '../src/scenario/json-schema';
import { loadScenario, SCENARIOS_DIR } from './lib/load-scenario';
import { summarizeScenario } from './lib/summarize-scenario';

const USAGE = 'usage: npm run scenario -- check [--warnings] <file-or-id...> | schema';

function usageError(message: string): number {
  process.stderr.write(`scenario: ${message}; ${USAGE}\n`);
  return 2;
}

function check(args: string[]): number {
  const showWarnings = args.includes('--warnings') || args.includes('-w');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--warnings' && a !== '-w');
  if (unknown) return usageError(`unknown option ${unknown}`);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length === 0) return usageError('check needs at least one scenario file (or bundled id)');
  let failed = 0;
  const out: string[] = [];
  for (const file of files) {
    const result = loadScenario(file);
    const lines = result.ok
      ? [summarizeScenario(file, result.scenario, result.warnings.length)]
      : result.errors.map(formatIssue);
    if (!result.ok) failed++;
    if (showWarnings) lines.push(...result.warnings.map(formatIssue));
    out.push(lines.join('\n'));
  }
  process.stdout.write(`${out.join('\n\n')}\n`);
  if (failed > 0 && files.length > 1) process.stdout.write(`\n${failed} of ${files.length} files have errors.\n`);
  return failed > 0 ? 1 : 0;
}

function schema(args: string[]): number {
  if (args.length > 0) return usageError(`schema takes no arguments (got ${args.join(' ')})`);
  const target = resolve(SCENARIOS_DIR, '..', SCHEMA_FILE);
  const text = scenarioJsonSchemaText();
  let before = '';
  try {
    before = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply written fresh.
  }
  writeFileSync(target, text);
  process.stdout.write(`${before === text ? 'unchanged' : 'wrote'} ${SCHEMA_FILE}\n`);
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('name a command');
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'check') return check(rest);
  if (command === 'schema') return schema(rest);
  return usageError(`unknown command "${command}"`);
}

// `npm run scenario -- check x | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`scenario: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

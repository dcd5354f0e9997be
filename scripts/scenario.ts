/**
 * The scenario tool for authors and CI.
 *
 *   npm run scenario -- check [--warnings] <file-or-id...>   check files; exit 0 if all are valid, 1 if not
 *   npm run scenario -- new [<file>] [--json] [--force]     write a complete minimal scenario to start from
 *   npm run scenario -- schema                              regenerate scenarios/scenario.schema.json
 *   npm run scenario -- --help                              the commands and their options
 *
 * Bad arguments exit 2. Every problem is one line; the tool never prints a stack trace.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { formatIssue } from '../src/scenario/issues';
import { SCHEMA_FILE, scenarioJsonSchemaText } from '../src/scenario/json-schema';
import { loadScenario, SCENARIOS_DIR } from './lib/load-scenario';
import { SCENARIO_HELP, wantsHelp } from './lib/help';
import { summarizeScenario } from './lib/summarize-scenario';

const USAGE = 'usage: npm run scenario -- check [--warnings] <file-or-id...> | new [<file>] [--json] [--force] | schema (--help for more)';
const TEMPLATE = fileURLToPath(new URL('../src/scenario/template.yaml', import.meta.url));

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

/** Writes the complete minimal template (the one the workbench starts from) to a new file. */
function newScenario(args: string[]): number {
  const json = args.includes('--json');
  const force = args.includes('--force');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json' && a !== '--force');
  if (unknown) return usageError(`unknown option ${unknown}`);
  const names = args.filter((a) => !a.startsWith('-'));
  if (names.length > 1) return usageError(`new writes one file (got ${names.join(', ')})`);
  const target = resolve(names[0] ?? resolve(SCENARIOS_DIR, `my-scenario.${json ? 'json' : 'yaml'}`));
  if (existsSync(target) && !force) {
    process.stderr.write(`scenario: ${target} already exists; choose another name or add --force to overwrite it\n`);
    return 1;
  }
  // Editors find the JSON Schema (completion and hover) through this path, relative to the new file.
  const schemaPath = relative(dirname(target), resolve(SCENARIOS_DIR, '..', SCHEMA_FILE)).split('\\').join('/');
  const ref = schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}`;
  const yaml = readFileSync(TEMPLATE, 'utf8').replace('$schema=./scenario.schema.json', `$schema=${ref}`);
  const text = json ? `${JSON.stringify({ $schema: ref, ...(parseYaml(yaml) as object) }, null, 2)}\n` : yaml;
  writeFileSync(target, text);
  process.stdout.write(`wrote ${relative(process.cwd(), target) || target}: a complete minimal scenario; check it with npm run scenario -- check ${relative(process.cwd(), target)}\n`);
  return 0;
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
  if (command === '--help' || command === '-h' || command === 'help' || wantsHelp(rest)) {
    process.stdout.write(`${SCENARIO_HELP}\n`);
    return 0;
  }
  if (command === 'check') return check(rest);
  if (command === 'new') return newScenario(rest);
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

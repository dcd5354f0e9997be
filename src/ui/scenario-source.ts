/**
 * Turning a scenario source (bundled id or opened file) into a checked scenario. Bundled
 * scenarios were checked at build time (see scenario/bundled.ts); opened files are parsed here.
 *
 * The checker of files (YAML, the schema, the semantic checks) is loaded on demand: the start
 * page needs it only when a file is opened or a saved game comes from one. Whatever makes a
 * file source loads it first: the file picker, the workbench and the classroom register it, and
 * main.ts loads it before the first render when the browser keeps a file-based game or file.
 */
import { bundledScenario, bundledScenarios, DEFAULT_SCENARIO_ID } from '../scenario/bundled';
import { fileError, type ScenarioResult } from '../scenario/issues';
import type { parseScenario } from '../scenario/parse';
import type { ScenarioSource } from './save';

/** The checker of scenario files (`parseScenario`). */
export type ScenarioParser = typeof parseScenario;

const cache = new Map<string, ScenarioResult>();
let parser: ScenarioParser | null = null;

/** Makes the checker of files available to `resolveScenario` (a module that holds it already). */
export function setScenarioParser(parse: ScenarioParser): void {
  parser = parse;
}

/** The checker of files, if it is loaded. */
export function scenarioParser(): ScenarioParser | null {
  return parser;
}

/** Loads the checker of files (once). */
export async function loadScenarioParser(): Promise<ScenarioParser> {
  parser ??= (await import('../scenario/parse')).parseScenario;
  return parser;
}

/** The checked scenario for a source; never throws. */
export function resolveScenario(source: ScenarioSource): ScenarioResult {
  if (source.kind === 'file') {
    if (parser) return parser(source.text, source.fileName);
    // Not reached when the rule above holds; said as a located error rather than thrown.
    const reason = 'the scenario checker is not loaded yet';
    return fileError(source.fileName, 'unreadable-file', `the file could not be read (${reason})`, 1, 1, { params: { reason } });
  }
  const hit = cache.get(source.id);
  if (hit) return hit;
  const bundled = bundledScenario(source.id);
  const result = bundled
    ? bundled.result
    : fileError(`${source.id}.yaml`, 'unknown-scenario', `the game has no bundled scenario "${source.id}"`, 1, 1, { params: { id: source.id } });
  cache.set(source.id, result);
  return result;
}

/** The bundled scenarios that check cleanly, the default first. */
export function bundledChoices(): Array<{ id: string; result: ScenarioResult }> {
  return bundledScenarios().map((b) => ({ id: b.id, result: resolveScenario({ kind: 'bundled', id: b.id }) }));
}

export { DEFAULT_SCENARIO_ID };

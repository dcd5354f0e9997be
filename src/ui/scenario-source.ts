/**
 * Turning a scenario source (bundled id or opened file) into a checked scenario. Bundled
 * scenarios were checked at build time (see scenario/bundled.ts); opened files are parsed here.
 */
import { bundledScenario, bundledScenarios, DEFAULT_SCENARIO_ID } from '../scenario/bundled';
import { fileError, type ScenarioResult } from '../scenario/issues';
import { parseScenario } from '../scenario/parse';
import type { ScenarioSource } from './save';

const cache = new Map<string, ScenarioResult>();

/** The checked scenario for a source; never throws. */
export function resolveScenario(source: ScenarioSource): ScenarioResult {
  if (source.kind === 'file') return parseScenario(source.text, source.fileName);
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

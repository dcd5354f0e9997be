/**
 * The scenarios shipped with the game. They go through the same `parseScenario` as a file a
 * user loads, so a bundled scenario gets no special treatment, but at build time: the Vite
 * plugin in scripts/vite/bundled-scenarios.ts checks them and bundles the result, so the
 * browser parses no YAML to show the start page.
 */
import prebuilt from 'virtual:bundled-scenarios';
import type { ScenarioResult } from './issues';

/** The scenario a new game starts with when the player picks nothing else. */
export const DEFAULT_SCENARIO_ID = 'road-to-the-charter';

export interface BundledScenario {
  /** The file name without `.yaml`, such as `road-to-the-charter`. */
  id: string;
  fileName: string;
  /** What the checker made of the file at build time. */
  result: ScenarioResult;
}

/** Every bundled scenario, the default first and the rest by id. */
export function bundledScenarios(): BundledScenario[] {
  const all = prebuilt.map((s) => ({ id: s.id, fileName: s.fileName, result: s.result }));
  return all.sort((a, b) => Number(b.id === DEFAULT_SCENARIO_ID) - Number(a.id === DEFAULT_SCENARIO_ID) || a.id.localeCompare(b.id));
}

/** One bundled scenario by id, if the game ships it. */
export function bundledScenario(id: string): BundledScenario | undefined {
  return bundledScenarios().find((s) => s.id === id);
}

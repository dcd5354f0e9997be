/**
 * The scenarios shipped with the game, as raw text bundled by Vite. They go through the same
 * `parseScenario` as a file a user loads, so a bundled scenario gets no special treatment.
 */

/** The scenario a new game starts with when the player picks nothing else. */
export const DEFAULT_SCENARIO_ID = 'road-to-the-charter';

export interface BundledScenario {
  /** The file name without `.yaml`, such as `road-to-the-charter`. */
  id: string;
  source: string;
  fileName: string;
}

const files = import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Every bundled scenario, the default first and the rest by id. */
export function bundledScenarios(): BundledScenario[] {
  const all = Object.entries(files).map(([path, source]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    return { id: fileName.replace(/\.yaml$/, ''), source, fileName };
  });
  return all.sort((a, b) => Number(b.id === DEFAULT_SCENARIO_ID) - Number(a.id === DEFAULT_SCENARIO_ID) || a.id.localeCompare(b.id));
}

/** One bundled scenario by id, if the game ships it. */
export function bundledScenario(id: string): BundledScenario | undefined {
  return bundledScenarios().find((s) => s.id === id);
}

/**
 * The bundled scenarios: the registry the browser uses, and every scenarios/*.yaml file passing
 * the checker. (The scenario files are written separately; these tests fail until they exist.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenario, bundledScenarios, DEFAULT_SCENARIO_ID } from '../../src/scenario/bundled';
import { formatIssue } from '../../src/scenario/issues';
import { parseScenario } from '../../src/scenario/parse';
import { loadScenario } from '../../scripts/lib/load-scenario';
import { REPO_ROOT } from './helpers';

const files = readdirSync(join(REPO_ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).sort();

describe('bundled scenarios', () => {
  it('ships the default scenario first in the registry', () => {
    const all = bundledScenarios();
    expect(all[0]?.id).toBe(DEFAULT_SCENARIO_ID);
    expect(bundledScenario(DEFAULT_SCENARIO_ID)?.fileName).toBe(`${DEFAULT_SCENARIO_ID}.yaml`);
  });

  it('registers every scenarios/*.yaml file', () => {
    expect(bundledScenarios().map((s) => s.fileName).sort()).toEqual(files);
  });

  it.each(files)('%s passes the checker', (file) => {
    const result = loadScenario(join(REPO_ROOT, 'scenarios', file));
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
  });

  it.each(bundledScenarios().map((s) => [s.id, s] as const))('%s is in the browser registry exactly as the checker parses the file', (_, s) => {
    const result = parseScenario(readFileSync(join(REPO_ROOT, 'scenarios', s.fileName), 'utf8'), s.fileName);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.meta.id).toBe(s.id);
    // Built into JSON: the registry holds the same plain data, nothing lost on the way.
    expect(s.result).toEqual(JSON.parse(JSON.stringify(result)));
    expect(s.result).toEqual(result);
  });
});

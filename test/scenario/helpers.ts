/** Shared fixtures for the scenario checker's tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScenarioIssue, ScenarioResult } from '../../src/scenario/issues';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_PATH = fileURLToPath(new URL('./fixtures/small.yaml', import.meta.url));

/** The small valid scenario's text. */
export function fixtureText(): string {
  return readFileSync(FIXTURE_PATH, 'utf8');
}

let parsed: Scenario | undefined;

/** The small valid scenario, parsed once; a fresh copy each call so tests can mutate it. */
export function fixtureScenario(): Scenario {
  if (!parsed) {
    const result = parseScenario(fixtureText(), 'small.yaml');
    if (!result.ok) throw new Error(`the fixture is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
    parsed = result.scenario;
  }
  return structuredClone(parsed);
}

/** The errors of a result (none when it is ok). */
export function errorsOf(result: ScenarioResult): ScenarioIssue[] {
  return result.ok ? [] : result.errors;
}

/** What a test usually compares: code, line and path of each error. */
export function brief(issues: ScenarioIssue[]): { code: string; line: number; path: string }[] {
  return issues.map(({ code, line, path }) => ({ code, line, path }));
}

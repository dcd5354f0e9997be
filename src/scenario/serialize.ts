/**
 * Writes a scenario back out as YAML or JSON, so that parsing the output gives an equal
 * scenario: the `makeX` to `parseScenario`'s `parseX`.
 */
import { stringify } from 'yaml';
import type { Scenario } from './schema';

export type ScenarioFormat = 'yaml' | 'json';

/** The scenario as text; defaults the parser filled in are written out explicitly. */
export function serializeScenario(scenario: Scenario, format: ScenarioFormat): string {
  if (format === 'json') return `${JSON.stringify(scenario, null, 2)}\n`;
  // No line folding and no anchors: the file stays easy to read and to edit by hand.
  return stringify(scenario, { lineWidth: 0, aliasDuplicateObjects: false });
}

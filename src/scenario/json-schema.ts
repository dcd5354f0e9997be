/**
 * The JSON Schema of a scenario file, generated from the zod schema so the two cannot drift.
 * Editors such as VS Code use it for completion and inline errors when a scenario starts with
 * `$schema: ./scenario.schema.json` (JSON) or `# yaml-language-server: $schema=./scenario.schema.json` (YAML).
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema';

/** Where `npm run scenario -- schema` writes the schema, relative to the repository root. */
export const SCHEMA_FILE = 'scenarios/scenario.schema.json';

/** The schema of what an author writes (defaults are optional), with a title and description. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'CICA negotiation simulator scenario',
    description:
      'A scenario for the CICA negotiation simulator: delegations, calendar, rules, flashpoints, measures, ' +
      'energy and transformation tracks, events and debrief. Generated from src/scenario/schema.ts by ' +
      '`npm run scenario -- schema`; do not edit by hand. See docs/authoring-scenarios.md.',
    ...rest,
  };
}

/** The schema file's exact text, as written to disk and compared by the staleness test. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

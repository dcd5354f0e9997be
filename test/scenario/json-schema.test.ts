/** The committed JSON Schema must match the zod schema; regenerate with `npm run scenario -- schema`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema';
import { REPO_ROOT } from './helpers';

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with src/scenario/schema.ts (run `npm run scenario -- schema` if not)', () => {
    const committed = readFileSync(join(REPO_ROOT, SCHEMA_FILE), 'utf8');
    expect(committed === scenarioJsonSchemaText(), 'scenarios/scenario.schema.json is stale: run `npm run scenario -- schema`').toBe(true);
  });

  it('describes what an author writes: a titled draft 2020-12 schema where defaulted fields are optional', () => {
    const schema = scenarioJsonSchema() as {
      $schema: string;
      title: string;
      required: string[];
      properties: { rules: unknown; meta: { required: string[] } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/scenario/i);
    expect(schema.required).toEqual(['meta', 'calendar', 'delegations']);
    expect(schema.properties.meta.required).not.toContain('version');
  });
});

/** serializeScenario is parseScenario's inverse: parse → serialise → parse gives an equal scenario. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import type { Scenario } from '../../src/scenario/schema';
import { serializeScenario, type ScenarioFormat } from '../../src/scenario/serialize';
import { fixtureScenario } from './helpers';

const FORMATS: ScenarioFormat[] = ['yaml', 'json'];

function reparse(s: Scenario, format: ScenarioFormat): Scenario {
  const result = parseScenario(serializeScenario(s, format), `round-trip.${format}`);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.scenario;
}

describe('serializeScenario', () => {
  it.each(FORMATS)('round-trips the fixture through %s', (format) => {
    const s = fixtureScenario();
    expect(reparse(s, format)).toEqual(s);
  });

  it.each(FORMATS)('round-trips the minimal English-only scenario through %s', (format) => {
    const source = readFileSync(fileURLToPath(new URL('./fixtures/minimal.yaml', import.meta.url)), 'utf8');
    const first = parseScenario(source, 'minimal.yaml');
    expect(first.ok).toBe(true);
    if (first.ok) expect(reparse(first.scenario, format)).toEqual(first.scenario);
  });

  it('writes JSON that JSON.parse reads, and YAML without anchors', () => {
    const s = fixtureScenario();
    expect(JSON.parse(serializeScenario(s, 'json'))).toEqual(JSON.parse(JSON.stringify(s)));
    expect(serializeScenario(s, 'yaml')).not.toMatch(/[&*][a-z]+\d/);
  });

  // Texts YAML could misread if written bare: booleans, numbers, nulls, indicators, comments, line breaks.
  const awkward = fc.oneof(
    fc.constantFrom('yes', 'no', 'true', 'null', '~', '0x1F', '1e3', '.inf', '- item', '# note', 'a: b', '"quoted"', "it's", '@x', '%TAG', '---', '[x]', '{y}', ' lead', 'trail ', 'two\nlines', 'tab\there', 'Ёлка, ёж'),
    fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0 && !t.includes('\u0000') && !t.includes('\uFFFD')),
  );

  it.each(FORMATS)('round-trips awkward texts and numbers through %s', (format) => {
    fc.assert(
      fc.property(awkward, awkward, fc.integer({ min: 0, max: 100 }), fc.double({ min: -20, max: 20, noNaN: true, noDefaultInfinity: true }), (title, ru, tension, drift) => {
        const s = fixtureScenario();
        s.meta.title = { en: title, ru };
        s.measures[0]!.description = title;
        s.flashpoints[0]!.tension = tension;
        s.flashpoints[0]!.drift = Object.is(drift, -0) ? 0 : drift;
        expect(reparse(s, format)).toEqual(s);
      }),
      { numRuns: 25 },
    );
  });
});

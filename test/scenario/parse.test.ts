/** parseScenario: the guards on raw text, YAML problems, and the wording and place of shape errors. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issues';
import { parseScenario } from '../../src/scenario/parse';
import { brief, errorsOf, fixtureText } from './helpers';

function only(source: string) {
  const errors = errorsOf(parseScenario(source, 'test.yaml'));
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

/** The fixture with one line replaced (the line must exist). */
function edit(from: string, to: string): string {
  const text = fixtureText();
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('parseScenario on the valid fixture', () => {
  it('returns the scenario with defaults filled in and no warnings', () => {
    const result = parseScenario(fixtureText(), 'small.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.scenario.delegations.map((d) => d.id)).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM']);
    expect(result.scenario.rules.costs.talks).toBe(1);
    expect(result.scenario.measures[0]!.effects).toEqual({ trust: 3, tension: 0, prestige: 1 });
  });

  it('reads a file with a byte-order mark or Windows line endings the same way', () => {
    const plain = parseScenario(fixtureText(), 'a.yaml');
    const bom = parseScenario(`\uFEFF${fixtureText()}`, 'a.yaml');
    const crlf = parseScenario(fixtureText().replace(/\n/g, '\r\n'), 'a.yaml');
    expect(bom).toEqual(plain);
    expect(crlf).toEqual(plain);
  });
});

describe('guards on the raw text', () => {
  it.each([
    ['an empty string', 'empty-file', 1, ''],
    ['only blank lines', 'empty-file', 1, '\n\n   \n'],
    ['only comments', 'empty-file', 1, '# a scenario\n# to come\n'],
    ['a list at the top', 'not-a-mapping', 1, '- a\n- b\n'],
    ['a single value', 'not-a-mapping', 1, 'hello\n'],
    ['a NUL byte', 'binary-content', 2, 'meta:\n  id: x\u0000y\n'],
    ['a replacement character from bad bytes', 'invalid-encoding', 3, 'meta:\n\n  title: Caf\uFFFD\n'],
    ['a tab for indentation', 'yaml-syntax', 2, 'meta:\n\tid: x\n'],
    ['an unclosed quote', 'yaml-syntax', 3, 'meta:\n  title: "Road\n'],
  ])('%s gives one %s issue at line %i', (_, code, line, source) => {
    const issue = only(source);
    expect({ code: issue.code, line: issue.line, severity: issue.severity }).toEqual({ code, line, severity: 'error' });
  });

  it('refuses a file over 2 MB, counting bytes rather than characters', () => {
    expect(only('a'.repeat(2 * 1024 * 1024 + 1)).code).toBe('file-too-large');
    // 1.1 million Cyrillic letters are 2.2 MB of UTF-8.
    expect(only(`# ${'я'.repeat(1_100_000)}`).code).toBe('file-too-large');
    expect(errorsOf(parseScenario(`# ${'я'.repeat(1_000_000)}\n`, 'a.yaml'))[0]!.code).toBe('empty-file');
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(only(`${lines.join('\n')}\n`).code).toBe('yaml-alias');
  });

  it.each([
    ['brackets', '['.repeat(50_000)],
    ['braces', '{"a": '.repeat(5_000)],
    ['compact lists', `${'- '.repeat(50_000)}x`],
    ['indentation', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
  ])('refuses absurdly deep %s before the YAML parser recurses into them', (_, source) => {
    expect(only(source).code).toBe('too-deep');
  });

  it('survives input that is not a string', () => {
    expect(parseScenario(undefined as unknown as string, 'x.yaml').ok).toBe(false);
    expect(parseScenario(42 as unknown as string, 'x.yaml').ok).toBe(false);
  });

  it('names a duplicated key by its path', () => {
    const issue = only(edit('  durationMinutes: 45\n', '  durationMinutes: 45\n  durationMinutes: 50\n'));
    expect(brief([issue])).toEqual([{ code: 'duplicate-key', line: 13, path: 'meta.durationMinutes' }]);
  });

  it('keeps YAML warnings (an unknown tag) as warnings', () => {
    const result = parseScenario(edit('  durationMinutes: 45', '  durationMinutes: !!weird 45'), 'a.yaml');
    expect(result.warnings.map((w) => w.code)).toContain('yaml-warning');
  });
});

describe('shape errors in plain sentences', () => {
  it.each([
    ['an enum value', '    weight: large', '    weight: huge', 'delegations[0].weight must be one of small, medium, large; found "huge"'],
    ['a missing field', '  durationMinutes: 45\n', '', 'meta.durationMinutes is required'],
    ['a misspelt field', '  durationMinutes: 45', '  durationMinuts: 45', 'meta.durationMinuts is not a field here; did you mean durationMinutes?'],
    ['a number out of range', '  durationMinutes: 45', '  durationMinutes: 5', 'meta.durationMinutes must be at least 10; found 5'],
    ['a fraction for a whole number', '  rounds: 4', '  rounds: 4.5', 'calendar.rounds must be a whole number; found 4.5'],
    ['a word for a number', '  rounds: 4', '  rounds: four', 'calendar.rounds must be a number; found "four"'],
    ['a number for a text', '  title: { en: Fergana Valley test, ru: Ферганская долина (тест) }', '  title: 42', 'meta.title must be a text (a plain string, or en: and ru: translations); found 42'],
    ['a wrong language key', '  title: { en: Fergana Valley test, ru: Ферганская долина (тест) }', '  title: { en: Test, fr: Essai }', 'meta.title.fr is not a field here; the fields here are en, ru'],
    ['an empty text', '  title: { en: Fergana Valley test, ru: Ферганская долина (тест) }', '  title: ""', 'meta.title is empty'],
    ['a code in lower case', '  chairs: [KAZ, KGZ, TJK]', '  chairs: [kaz]', 'calendar.chairs[0] "kaz" is not in the right form: use a three-letter ISO 3166 code in capitals (like "KAZ")'],
    ['an unknown effect type', '      - { type: energy-shock, delta: 2 }', '      - { type: energy-shok, delta: 2 }', 'events[2].effects[0].type must be one of trust, trust-all, tension, influence, prestige, measure-availability, energy-shock, message; found "energy-shok"; did you mean energy-shock?'],
    ['an empty section', 'calendar:\n  startYear: 2026\n  rounds: 4\n  summitRounds: [4]\n  chairs: [KAZ, KGZ, TJK]\n', 'calendar:\n', 'calendar must be a mapping of fields; found an empty value'],
  ])('%s', (_, from, to, message) => {
    const errors = errorsOf(parseScenario(edit(from, to), 'a.yaml'));
    expect(errors.map((e) => e.message)).toContain(message);
  });

  it('does not also call a field missing when a misspelling explains it', () => {
    const errors = errorsOf(parseScenario(edit('  durationMinutes: 45', '  durationMinuts: 45'), 'a.yaml'));
    expect(errors.map((e) => e.code)).toEqual(['unknown-field']);
  });

  it('points at the value for a bad value, at the key for an unknown field, at the parent for a missing one', () => {
    const bad = only(edit('    weight: large', '    weight: huge'));
    expect([bad.line, bad.column]).toEqual([32, 13]);
    const unknown = only(edit('    weight: large', '    wieght: large'));
    expect([unknown.line, unknown.column, unknown.code]).toEqual([32, 5, 'unknown-field']);
    const missing = only(edit('    weight: large\n', ''));
    expect([missing.line, missing.column, missing.path]).toEqual([30, 5, 'delegations[0].weight']);
  });

  it('reports every error of a file, sorted by place, each with the file name', () => {
    const source = edit('    weight: large', '    weight: huge').replace('  rounds: 4', '  rounds: 0');
    const errors = errorsOf(parseScenario(source, 'mine.yaml'));
    expect(brief(errors)).toEqual([
      { code: 'too-small', line: 17, path: 'calendar.rounds' },
      { code: 'invalid-choice', line: 32, path: 'delegations[0].weight' },
    ]);
    expect(formatIssue(errors[0]!)).toBe('mine.yaml:17:11  calendar.rounds  calendar.rounds must be at least 1; found 0');
  });
});

/**
 * The scenario checker's findings in the catalogue: every code it can emit has an English and
 * a Russian template, every template's placeholders come with the findings' params, and the
 * English template renders exactly the sentence the checker (and its command line) prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/engine';
import { isMessageKey, translator } from '../../src/i18n';
import { checkerEn, type CheckerKey } from '../../src/i18n/checker-en';
import { checkerRu } from '../../src/i18n/checker-ru';
import { issueText, wordParams } from '../../src/i18n/checker-text';
import { placeholders } from '../../src/i18n/format';
import { messageId } from '../../src/scenario/issues';
import { REF_KINDS } from '../../src/scenario/semantic-context';
import { restoreSession } from '../../src/ui/restore';
import { corpusSamples, extraSamples, type Sample } from './checker-samples';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const SOURCES = [
  ...readdirSync(`${SRC}scenario`).filter((f) => f.endsWith('.ts')).map((f) => `scenario/${f}`),
  'ui/scenario-source.ts',
];

/** The code literals at the places the checker makes findings, read from its source. */
function grepCodes(): Set<string> {
  const codes = new Set<string>();
  const literal = /'([a-z]+(?:-[a-z]+)*)'/g;
  const sites = [
    /\b(?:error|warn)\(\s*ctx,\s*(?:\[[^\]]*\]|[\w.]+),\s*'([a-z-]+)'/g,
    /\bone\(\s*(?:\[[^\]]*\]|\w+),\s*'([a-z-]+)'/g,
    /\bfileError\(\s*[^,]+,\s*'([a-z-]+)'/g,
    /\buniqueEntries\(.*?'([a-z-]+)',\s*'[^']*'(?:,\s*'[a-z-]+')?\)/g,
  ];
  for (const file of SOURCES) {
    const text = readFileSync(SRC + file, 'utf8');
    for (const site of sites) for (const m of text.matchAll(site)) codes.add(m[1]!);
    // `code: 'too-deep'` and `code: isDuplicate ? 'duplicate-key' : ...`
    for (const m of text.matchAll(/\bcode:\s*([^,\n]+)/g)) for (const l of m[1]!.matchAll(literal)) codes.add(l[1]!);
    if (text.includes('`unknown-${kind}`')) for (const kind of REF_KINDS) codes.add(`unknown-${kind}`);
  }
  return codes;
}

const TEMPLATE_KEYS = Object.keys(checkerEn) as CheckerKey[];
/** Keys that word a param's value rather than a whole finding. */
const VOCABULARY = /^checker\.(?:type|found|rule)\.|^checker\.or$/;

/**
 * Sentences no sample reaches: yaml's warnings are about tags and directives, so only the
 * `other` wording has been seen; the other indentation rules catch yaml's BAD_INDENT first; and
 * a value that is nothing is reported as a missing field. They stay so no finding goes unworded.
 */
const UNREACHED = new Set<string>([
  'checker.yaml-syntax.indent',
  'checker.yaml-warning.unclosed',
  'checker.yaml-warning.tab',
  'checker.yaml-warning.column',
  'checker.yaml-warning.lines',
  'checker.yaml-warning.key',
  'checker.yaml-warning.indent',
  'checker.found.nothing',
]);

const en = translator('en');
const ru = translator('ru');
let corpus: Sample[] = [];
let samples: Sample[] = [];

beforeAll(async () => {
  corpus = corpusSamples();
  samples = [...corpus, ...(await extraSamples())];
});

const keyOf = (s: Sample) => `checker.${messageId(s.issue)}`;
const label = (s: Sample) => `${s.from}: ${messageId(s.issue)}`;

describe('the checker’s templates', () => {
  it('give English and Russian the same keys', () => {
    expect(Object.keys(checkerRu).sort()).toEqual(Object.keys(checkerEn).sort());
    for (const key of TEMPLATE_KEYS) expect(isMessageKey(key), key).toBe(true);
  });

  it('cover every code the checker emits on the corpus, in the exact variant', () => {
    expect(corpus.length).toBeGreaterThan(40);
    const missing = corpus.filter((s) => !isMessageKey(keyOf(s))).map(label);
    expect(missing).toEqual([]);
  });

  it('cover every code literal in the checker’s source', () => {
    const codes = grepCodes();
    // The grep must see what the corpus sees, or it is not reading the sources right.
    for (const s of corpus) expect(codes, s.issue.code).toContain(s.issue.code);
    expect(codes.size).toBeGreaterThanOrEqual(50);
    const uncovered = [...codes].filter((code) => !TEMPLATE_KEYS.some((k) => k === `checker.${code}` || k.startsWith(`checker.${code}.`)));
    expect(uncovered).toEqual([]);
  });

  it('give every finding params, and the params every placeholder its template uses', () => {
    for (const s of samples) {
      const params = s.issue.params;
      expect(params, label(s)).toBeDefined();
      const key = keyOf(s) as CheckerKey;
      expect(isMessageKey(key), label(s)).toBe(true);
      const given = Object.keys(params ?? {});
      const wanted = [...placeholders(checkerEn[key]), ...placeholders(checkerRu[key])];
      const rule = params?.rule;
      if (typeof rule === 'string') {
        const ruleKey = `checker.rule.${rule}` as CheckerKey;
        expect(checkerEn[ruleKey], `${label(s)}: rule ${rule}`).toBeDefined();
        wanted.push(...placeholders(checkerEn[ruleKey]), ...placeholders(checkerRu[ruleKey]));
      }
      expect({ at: label(s), missing: wanted.filter((p) => !given.includes(p)) }).toEqual({ at: label(s), missing: [] });
    }
  });

  it('word every expected type and every found kind', () => {
    for (const s of samples) {
      const expected = s.issue.params?.expected;
      if (typeof expected === 'string') {
        for (const type of expected.split('|')) if (type !== 'bigint') expect(checkerEn, `${label(s)}: ${type}`).toHaveProperty([`checker.type.${type}`]);
      }
    }
  });

  it('render in English exactly the sentence the checker wrote', () => {
    const differing = samples.filter((s) => issueText(en, s.issue) !== s.issue.message).map((s) => ({
      at: label(s),
      message: s.issue.message,
      rendered: issueText(en, s.issue),
    }));
    expect(differing).toEqual([]);
  });

  it('render in Russian with every placeholder filled and no English value words', () => {
    for (const s of samples) {
      const text = issueText(ru, s.issue);
      expect(text, label(s)).not.toBe(s.issue.message);
      expect(text, label(s)).not.toMatch(/\{[A-Za-z]\w*(?:\|[^{}]*)?\}/);
      expect(text, label(s)).not.toMatch(/\b(?:a list|a mapping|an empty value|did you mean|must be|is required)\b/);
    }
  });

  it('quote the author’s texts the Russian way, unless JSON had to escape them', () => {
    expect(wordParams(ru, { found: '"huge"' }).found).toBe('«huge»');
    expect(wordParams(ru, { found: '"k\\"z"' }).found).toBe('"k\\"z"');
    expect(wordParams(ru, { found: 'list', expected: 'number|array' })).toEqual({ found: 'список', expected: 'число или список' });
    expect(wordParams(en, { found: '4.5' }).found).toBe('4.5');
  });

  it('fall back to the English sentence for a finding without params or template', () => {
    const folder = { code: 'not-a-file', message: 'this is a folder, not a scenario file' };
    expect(issueText(ru, folder)).toBe(folder.message);
    expect(issueText(ru, { ...folder, code: 'missing-field' })).toBe(folder.message);
    expect(issueText(ru, { code: 'no-such-code', message: 'x', params: {} })).toBe('x');
  });

  it('explain a saved game whose scenario no longer loads in the reader’s language', () => {
    const save = { version: 1, rulesVersion: RULES_VERSION, savedAt: '', scenario: { kind: 'bundled', id: 'nowhere' }, seed: 1, seats: {}, me: 'KAZ', difficulty: 'easy', actions: [] };
    const r = restoreSession(save as Parameters<typeof restoreSession>[0], null, ru);
    expect(!r.ok && r.reason).toBe('nowhere.yaml:1:1 в игре нет встроенного сценария «nowhere»');
  });

  it('are all reached by some sample, except the few no file can produce today', () => {
    const reached = new Set(samples.map(keyOf));
    for (const s of samples) {
      const { rule, expected, found, key } = s.issue.params ?? {};
      if (typeof rule === 'string') reached.add(`checker.rule.${rule}`);
      if (typeof expected === 'string') for (const type of expected.split('|')) reached.add(`checker.type.${type}`);
      if (typeof expected === 'string' && expected.includes('|')) reached.add('checker.or');
      for (const value of [found, key]) {
        if (typeof value !== 'string') continue;
        reached.add(value.startsWith('"') ? 'checker.found.quoted' : `checker.found.${value}`);
      }
    }
    const unreached = TEMPLATE_KEYS.filter((k) => !reached.has(k) && !UNREACHED.has(k));
    expect(unreached).toEqual([]);
    // An entry here that a sample now reaches should leave the list.
    expect([...UNREACHED].filter((k) => reached.has(k))).toEqual([]);
    expect(TEMPLATE_KEYS.filter((k) => !VOCABULARY.test(k)).length).toBeGreaterThan(100);
  });
});

/**
 * Mutation tests: random damage to a valid scenario, as text and as data, never makes
 * parseScenario throw, and every result it returns is well formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { ScenarioResult } from '../../src/scenario/issues';
import { parseScenario } from '../../src/scenario/parse';
import { fixtureText } from './helpers';

const TEXT = fixtureText();
const DATA = parseYaml(TEXT) as Json;
// FUZZ_RUNS=5000 npx vitest run test/scenario/fuzz.test.ts for a long hunt.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

function expectWellFormed(result: ScenarioResult): void {
  const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (result.ok) expect(result.scenario.meta).toBeDefined();
  else expect(result.errors.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(i.line).toBeGreaterThanOrEqual(1);
    expect(i.column).toBeGreaterThanOrEqual(1);
    expect(i.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(i.message.length).toBeGreaterThan(0);
    expect(i.message).not.toContain('\n');
    expect(i.code).not.toBe('internal-error');
  }
}

// Characters that mean something to YAML, plus the junk a broken file may hold.
const SIGNIFICANT = fc.constantFrom(':', '-', '[', ']', '{', '}', '"', "'", '#', '&', '*', '!', '|', '>', '\t', '\n', ' ', '%', '@', '`', ',', '?', '\u0000', '\uFFFD', '\uFEFF', 'я', '0', 'x');
const position = fc.nat({ max: TEXT.length });

type TextEdit = (t: string) => string;
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.tuple(position, fc.nat({ max: 200 })).map(([at, n]): TextEdit => (t) => t.slice(0, at) + t.slice(at + n)),
  fc.tuple(position, SIGNIFICANT).map(([at, c]): TextEdit => (t) => t.slice(0, at) + c + t.slice(at + 1)),
  fc.tuple(position, fc.string({ maxLength: 12 })).map(([at, s]): TextEdit => (t) => t.slice(0, at) + s + t.slice(at)),
  position.map((at): TextEdit => (t) => t.slice(0, at)),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): TextEdit => (t) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  }),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function parentOf(root: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let here: Json = root;
  for (const part of path.slice(0, -1)) here = (here as Record<string | number, Json>)[part]!;
  return { parent: here as Record<string | number, Json>, key: path[path.length - 1]! };
}

// Replacements that often keep the shape valid (so the semantic checks run) and some that do not.
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>('KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'kaz', 'info-exchange', 'fergana-border', 'charter-text', 'power-ring', 'nope', '', 0, 1, 4, 5, 100, -1, 1.5, true, false, null, [], {}),
  fc.integer({ min: -5, max: 120 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type DataEdit = { pick: number; kind: 'delete' | 'replace' | 'swap-type'; value: Json };
const dataEdit: fc.Arbitrary<DataEdit> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'swap-type'),
  value: replacement,
});

function swapType(v: Json): Json {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return Number.isNaN(Number(v)) ? [v] : Number(v);
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v && typeof v === 'object') return Object.values(v);
  return v === null ? 0 : !v;
}

function applyEdit(root: Json, edit: DataEdit): void {
  const all = paths(root);
  const target = parentOf(root, all[edit.pick % all.length]!);
  if (!target) return;
  const { parent, key } = target;
  if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = edit.kind === 'replace' ? edit.value : swapType(parent[key]!);
}

describe('parseScenario under random damage', () => {
  it('never throws on a damaged text', () => {
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edits.reduce((t, e) => e(t), TEXT);
        expectWellFormed(parseScenario(text, 'fuzz.yaml'));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on damaged data, written as YAML or JSON', () => {
    fc.assert(
      fc.property(fc.array(dataEdit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, asJson) => {
        const data = structuredClone(DATA);
        for (const e of edits) applyEdit(data, e);
        const text = asJson ? JSON.stringify(data) : stringifyYaml(data);
        expectWellFormed(parseScenario(text ?? '', asJson ? 'fuzz.json' : 'fuzz.yaml'));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(parseScenario(text, 'noise.yaml'));
      }),
      { numRuns: RUNS },
    );
  });
});

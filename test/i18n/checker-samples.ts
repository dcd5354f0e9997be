/**
 * Findings to render through the catalogue: the broken-scenario corpus, plus samples for the
 * sentences the corpus does not reach (file-level guards, YAML, semantic checks on a mutated
 * fixture, and zod issues the schema cannot raise today but the converter words all the same).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { parseScenario } from '../../src/scenario/parse';
import type { ScenarioResult, UnlocatedIssue } from '../../src/scenario/issues';
import { loadScenarioFile, parseScenarioBytes } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { SCHEMA_RULES } from '../../src/scenario/schema-rules';
import { checkScenario } from '../../src/scenario/semantic';
import { convertIssue, DEFAULT_MESSAGE } from '../../src/scenario/zod-messages';
import { resolveScenario } from '../../src/ui/scenario-source';
import { fixtureScenario, fixtureText } from '../scenario/helpers';

/** What a sample is: where it came from, and the finding. */
export interface Sample {
  from: string;
  issue: UnlocatedIssue | { code: string; message: string; params?: Record<string, string | number>; variant?: string };
}

const BROKEN = fileURLToPath(new URL('../scenario/broken/', import.meta.url));

function all(result: ScenarioResult): Sample['issue'][] {
  return [...(result.ok ? [] : result.errors), ...result.warnings];
}

/** Every error and warning the checker reports on the broken corpus. */
export function corpusSamples(): Sample[] {
  return readdirSync(BROKEN)
    .sort()
    .flatMap((file) => all(parseScenarioBytes(readFileSync(BROKEN + file), file)).map((issue) => ({ from: file, issue })));
}

/** The fixture with one piece of text replaced (the piece must exist). */
function edit(from: string, to: string): string {
  const text = fixtureText();
  if (!text.includes(from)) throw new Error(`the fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const TEXTS: Record<string, string> = {
  'an empty file': '',
  'a tab': 'meta:\n\tid: x\n',
  'a line out of column': 'a:\n  b: c\n d\n',
  'a single value': 'hello\n',
  'a line indented under a value': 'a:\n  b\n  c: 1\n',
  'a field after a plain value': 'a: b: c\n',
  'an unterminated block text': 'a: "x\ny\n',
  'an unknown tag': edit('  durationMinutes: 45', '  durationMinutes: !!weird 45'),
  'deep brackets': '['.repeat(70),
  'deep indentation': Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
  'a key given twice around an empty one': 'a: { x: 1 }\nb:\na: { y: 2 }\n',
  'a duplicated key': edit('  durationMinutes: 45\n', '  durationMinutes: 45\n  durationMinutes: 50\n'),
  'an alias bomb': (() => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    }
    return `${lines.join('\n')}\n`;
  })(),
  'a file over 2 MB': 'a'.repeat(2 * 1024 * 1024 + 1),
  'an empty text': edit('  title: { en: Fergana Valley test, ru: Ферганская долина (тест) }', '  title: ""'),
  'a missing enum field': edit('    weight: large\n', ''),
  'an enum value close to one': edit('    weight: large', '    weight: lage'),
  'an unknown effect type far from any': edit('      - { type: energy-shock, delta: 2 }', '      - { type: zzzzzzzzzz, delta: 2 }'),
  'a missing effect type': edit('      - { type: energy-shock, delta: 2 }', '      - { delta: 2 }'),
  'a misspelt field with a space': edit('    weight: large', '    weigh t: large'),
  'a fraction for a whole number': edit('  rounds: 4', '  rounds: 4.5'),
  'a list for a plain text': edit('    region: central-asia', '    region: [a]'),
  'a number below its minimum': edit('  durationMinutes: 45', '  durationMinutes: 5'),
  'a word for a number': edit('  rounds: 4', '  rounds: four'),
  'an empty section': edit('calendar:\n  startYear: 2026\n  rounds: 4\n  summitRounds: [4]\n  chairs: [KAZ, KGZ, TJK]\n', 'calendar:\n'),
  'a list for a text': edit('  title: { en: Fergana Valley test, ru: Ферганская долина (тест) }', '  title: [a, b]'),
  'a wrong language key': edit('  title: { en: Fergana Valley test, ru: Ферганская долина (тест) }', '  title: { en: Test, fr: Essai }'),
  'an organisation in lower case': edit('    memberships: [SCO, EAEU, OIC]', '    memberships: [sco]'),
  'a map id of two digits': edit('    mapId: "398"', '    mapId: "39"'),
  'no objectives': edit('  objectives:\n    - { en: Act before a dispute escalates, ru: Действовать до обострения спора }\n    - { en: Compare consensus and a plurilateral bloc, ru: Сравнить консенсус и многосторонний блок }\n', '  objectives: []\n'),
  'an event without effects': edit(
    '    effects:\n      - { type: tension, flashpoint: fergana-border, delta: 5 }\n      - { type: trust, a: KGZ, b: TJK, delta: -3 }\n      - { type: message, text: { en: Both sides blame the other., ru: Стороны обвиняют друг друга. } }\n',
    '    effects: []\n',
  ),
  'an unclosed bracket': edit('  chairs: [KAZ, KGZ, TJK]', '  chairs: [KAZ, KGZ, TJK'),
  'no chairs': edit('  chairs: [KAZ, KGZ, TJK]', '  chairs: []'),
  'a lower-case code with a quote': edit('  chairs: [KAZ, KGZ, TJK]', '  chairs: [\'k"z\']'),
};

/** The fixture as JSON, broken in each way strict JSON forbids. */
const JSON_TEXTS: Record<string, string> = (() => {
  const json = JSON.stringify(fixtureScenario(), null, 2);
  const at = (find: string, put: string) => json.replace(find, put);
  return {
    'a trailing comma': at('"KAZ",\n', '"KAZ",,\n'),
    'a trailing comma before }': at('"version": 1\n', '"version": 1,\n'),
    'a comment': at('{\n', '{\n  // a note\n'),
    'a single quote': at('"meta"', "'meta'"),
    'a bare word': at('"version": 1', '"version": one'),
    'no colon': at('"version": 1', '"version" 1'),
    'text after the end': `${json}\nx`,
    'a cut-off file': json.slice(0, json.lastIndexOf('}')),
    'a bare field name': at('"id": "fergana-test"', 'id: "fergana-test"'),
    'a missing comma between fields': at('"version": 1\n', '"version": 1\n"extra": 2\n'),
    'a missing comma between items': at('"KAZ",\n', '"KAZ"\n'),
    'a text not closed': at('"version": 1', '"version": "1'),
  };
})();

type Mutation = (s: Scenario) => void;
const d = (s: Scenario, id: string) => s.delegations.find((x) => x.id === id)!;

const MUTATIONS: Record<string, Mutation> = {
  'an observer with a red line': (s) => { d(s, 'TKM').profile.redLines = [{ type: 'energy-bloc-under-cica' }]; },
  'a non-playing member with a red line': (s) => { d(s, 'KGZ').player = false; d(s, 'KGZ').profile.redLines = [{ type: 'military-while-crisis' }]; },
  'an observer implementing': (s) => { d(s, 'TKM').objectives[0]!.goal = { type: 'measure-implemented', measure: 'info-exchange' }; },
  'a charter objective without a charter track': (s) => { s.transformation.enabled = false; },
  'a bloc objective without the energy track': (s) => { s.energy.enabled = false; },
  'a tension below 0': (s) => { d(s, 'KGZ').objectives[0]!.goal = { type: 'tension-below', flashpoint: 'fergana-border', value: 0 }; },
  'an observer party to a dispute': (s) => { s.flashpoints[0]!.parties.push('TKM'); s.measures[0]!.effects.tension = 5; },
  'a non-playing party to a dispute': (s) => { d(s, 'KGZ').player = false; s.measures[0]!.effects.tension = 5; },
  'a member that does not play as chair': (s) => { d(s, 'KGZ').player = false; },
  'a trust condition on one delegation': (s) => { s.events[2]!.trigger.when[1] = { type: 'trust', a: 'KAZ', b: 'KAZ', below: 70 }; },
  'a delegation twice on a route': (s) => { s.energy.corridors[0]!.route.push('KAZ'); },
  'an objective needing more measures than exist': (s) => { d(s, 'TJK').objectives[1]!.goal = { type: 'implemented-in-dimension', dimension: 'threats', count: 2 }; },
  'a condition with no threshold': (s) => { s.events[1]!.trigger.when[1] = { type: 'cohesion' }; },
  'a debrief question on a missing objective': (s) => { s.debrief.questions[1]!.objective = 2; },
  'more implementations than measures': (s) => { s.rules.charter.minImplemented = 8; },
  'a cohesion threshold of 100': (s) => { s.rules.charter.minCohesion = 100; },
  'more dimensions than have measures': (s) => { s.rules.charter.minDimensions = 5; s.measures = s.measures.filter((x) => x.dimension !== 'human'); },
  'dimensions with no measures at all': (s) => { s.measures = []; s.rules.charter.minImplemented = 0; },
  'a charter track with nothing in it': (s) => { s.transformation.clusters = []; s.calendar.summitRounds = []; s.events[2]!.trigger.when.pop(); },
  'a measure that requires an unavailable one': (s) => { s.measures[1]!.requires = ['youth-exchange']; s.events[1]!.effects.shift(); },
  'a bloc without enough producers': (s) => { d(s, 'TKM').player = false; },
  'a bloc measure with the energy track off': (s) => { s.energy.enabled = false; },
  'no member that plays': (s) => { for (const x of s.delegations) x.player = false; },
  'unknown ids far from any': (s) => {
    s.calendar.chairs.push('ZZZ');
    s.measures[0]!.requires = ['zzzzzz'];
    s.flashpoints[0]!.parties.push('QQQ');
  },
  'near-miss ids': (s) => {
    s.events[0]!.trigger.when[0] = { type: 'tension', flashpoint: `${s.flashpoints[0]!.id}x`, atLeast: 30 };
    s.events[2]!.trigger.when[2] = { type: 'cluster-agreed', cluster: `${s.transformation.clusters[0]!.id}x`, value: true };
    d(s, 'KGZ').objectives[1]!.goal = { type: 'corridor-built', corridor: `${s.energy.corridors[0]!.id}x` };
  },
};

type ZodIssue = z.core.$ZodIssue;
const zodIssue = (issue: Record<string, unknown>): ZodIssue => ({ path: ['xs'], message: DEFAULT_MESSAGE, input: undefined, ...issue }) as unknown as ZodIssue;

/** Zod issues the schema cannot raise today, with the data they are about; the converter must word them too. */
const ZOD: Record<string, [ZodIssue, unknown, string[]]> = {
  'a list over its maximum': [zodIssue({ code: 'too_big', origin: 'array', maximum: 3, inclusive: true }), { xs: [1, 2, 3, 4] }, []],
  'a list at an exclusive maximum': [zodIssue({ code: 'too_big', origin: 'array', maximum: 3, inclusive: false }), { xs: [1, 2, 3] }, []],
  'a list over a worded maximum': [zodIssue({ code: 'too_big', origin: 'array', maximum: 3, message: SCHEMA_RULES['chairs-min'] }), { xs: [1, 2, 3, 4] }, []],
  'a text too long': [zodIssue({ code: 'too_big', origin: 'string', maximum: 20 }), { xs: 'x'.repeat(30) }, []],
  'a number at an exclusive maximum': [zodIssue({ code: 'too_big', origin: 'number', maximum: 5, inclusive: false }), { xs: 5 }, []],
  'a number over a worded maximum': [zodIssue({ code: 'too_big', origin: 'number', maximum: 5, message: SCHEMA_RULES.slug }), { xs: 6 }, []],
  'a number at an exclusive minimum': [zodIssue({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }), { xs: 0 }, []],
  'a number under a worded minimum': [zodIssue({ code: 'too_small', origin: 'number', minimum: 1, message: SCHEMA_RULES['parties-min'] }), { xs: 0 }, []],
  'a short list without a worded rule': [zodIssue({ code: 'too_small', origin: 'array', minimum: 3 }), { xs: [1] }, []],
  'a text against a pattern': [zodIssue({ code: 'invalid_format', format: 'regex', pattern: '/^a$/' }), { xs: 'b' }, []],
  'a text against a format': [zodIssue({ code: 'invalid_format', format: 'email' }), { xs: 'b' }, []],
  'a key of the wrong form': [
    zodIssue({ code: 'invalid_key', origin: 'record', path: ['trust', 'kgz'], issues: [{ code: 'custom', message: DEFAULT_MESSAGE, path: [] }] }),
    { trust: { kgz: 1 } },
    [],
  ],
  'an invalid value of no other kind': [zodIssue({ code: 'custom' }), { xs: { a: 1 } }, []],
  'a field in a mapping without fields': [zodIssue({ code: 'unrecognized_keys', keys: ['b'], path: [] }), { b: 1 }, []],
  'a comma in a mapping without fields': [zodIssue({ code: 'unrecognized_keys', keys: ['b c'], path: [] }), { 'b c': 1 }, []],
  'a near-miss after a comma': [zodIssue({ code: 'unrecognized_keys', keys: ['titel x'], path: [] }), { 'titel x': 1 }, ['titel xy']],
  'true or false expected': [zodIssue({ code: 'invalid_type', expected: 'boolean' }), { xs: null }, []],
  'a list expected': [zodIssue({ code: 'invalid_type', expected: 'array' }), { xs: { a: 1 } }, []],
  'a mapping expected': [zodIssue({ code: 'invalid_type', expected: 'record' }), { xs: [1] }, []],
  'an unnamed type expected': [zodIssue({ code: 'invalid_type', expected: 'bigint' }), { xs: 'x' }, []],
  'one of two types expected': [
    zodIssue({ code: 'invalid_union', errors: [[{ code: 'invalid_type', expected: 'number', path: [] }], [{ code: 'invalid_type', expected: 'array', path: [] }]] }),
    { xs: true },
    [],
  ],
  'a missing type of a union': [zodIssue({ code: 'invalid_union', errors: [[{ code: 'invalid_type', expected: 'number', path: [] }]] }), {}, []],
};

/** The samples beyond the corpus, each labelled. */
export async function extraSamples(): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const [from, text] of Object.entries(TEXTS)) for (const issue of all(parseScenario(text, 'a.yaml'))) out.push({ from, issue });
  for (const [from, text] of Object.entries(JSON_TEXTS)) for (const issue of all(parseScenario(text, 'a.json'))) out.push({ from, issue });
  for (const [from, mutate] of Object.entries(MUTATIONS)) {
    const s = fixtureScenario();
    mutate(s);
    for (const issue of checkScenario(s)) out.push({ from, issue });
  }
  for (const [from, [issue, data, fields]] of Object.entries(ZOD)) {
    for (const found of convertIssue(issue, data, () => fields)) out.push({ from, issue: found });
  }
  const failing = { name: 'gone.yaml', size: 10, arrayBuffer: () => Promise.reject(new Error('gone')) };
  const fileLevel: [string, ScenarioResult][] = [
    ['an unreadable file', await loadScenarioFile(failing)],
    ['an unknown bundled scenario', resolveScenario({ kind: 'bundled', id: 'no-such-scenario' })],
    ['a checker failure', parseScenario({ toString: () => { throw new Error('boom'); } } as unknown as string, 'x.yaml')],
    ['a latin-1 file', parseScenarioBytes(new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]), 'x.yaml')],
    ['a NUL byte', parseScenario('a: \u0000\n', 'x.yaml')],
    ['only comments', parseScenario('# nothing\n', 'x.yaml')],
  ];
  for (const [from, result] of fileLevel) for (const issue of all(result)) out.push({ from, issue });
  return out;
}

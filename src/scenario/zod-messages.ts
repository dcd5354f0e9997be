/**
 * Turns zod's issues into findings an instructor can act on: a stable code and one plain
 * sentence naming the field, what it must be and what the file says instead, with the params
 * (and variant) that word the same sentence in the game's other languages.
 */
import type { z } from 'zod';
import { formatPath, type IssueParams, type IssuePath, type UnlocatedIssue, type Wording, wordingOf } from './issues';
import { schemaRuleOf } from './schema-rules';
import type { Target } from './source-map';
import { closest } from './suggest';

/** Returned by the per-parse error map, so a message still equal to it was not written in the schema. */
export const DEFAULT_MESSAGE = '\u0000default';

/** A finding from the shape check, with whether it points at a field's key or its value. */
export interface ShapeIssue extends UnlocatedIssue {
  target: Target;
  /** For a misspelt field: the path of the field it was probably meant to be. */
  meant?: IssuePath;
}

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
};

/** A short, quoted rendering of what the author wrote, for "found ..." clauses. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? '.nan' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** The value at a path in the parsed data, or undefined when any step is missing. */
export function valueAt(data: unknown, path: IssuePath): unknown {
  let here: unknown = data;
  for (const part of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[part];
  }
  return here;
}

/** The field names a mapping at this path allows, for "did you mean" on unknown fields. */
export type FieldLister = (path: IssuePath) => string[];

/**
 * What was found, as a template parameter: a word for the kinds of value (`list`, `mapping`,
 * `null`, `nothing`), which a translation words itself, or the value as `describeValue` quotes it.
 */
export function foundParam(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return describeValue(value);
}

function custom(issue: { message: string }): string | undefined {
  return issue.message === DEFAULT_MESSAGE ? undefined : issue.message;
}

/**
 * The wording of a rule the schema stated in a sentence: its id as the `rule` parameter, or
 * no parameters for a sentence without an id, so the English sentence is shown as it is.
 */
function ruleWording(sentence: string, params: IssueParams, variant?: string): Wording {
  const rule = schemaRuleOf(sentence);
  return rule === undefined ? {} : { params: { ...params, rule }, variant };
}

function list(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function suggestionFor(value: unknown, options: readonly unknown[]): string | undefined {
  return typeof value === 'string' ? closest(value, options.filter((o): o is string => typeof o === 'string')) : undefined;
}

/** "; did you mean X?" and the variant and parameter that word it, or nothing when no option is close. */
function hint(suggestion: string | undefined): { text: string; variant?: string; params: IssueParams } {
  return suggestion === undefined ? { text: '', params: {} } : { text: `; did you mean ${suggestion}?`, variant: 'suggest', params: { suggestion } };
}

function bound(issue: { inclusive?: boolean }, value: number | bigint, big: boolean): string {
  const n = Number(value);
  if (issue.inclusive === false) return big ? `less than ${n}` : `more than ${n}`;
  return big ? `at most ${n}` : `at least ${n}`;
}

/** The variant of a bound's sentence: "at least"/"at most" by default, "more than"/"less than" for an exclusive one. */
function boundVariant(issue: { inclusive?: boolean }): string | undefined {
  return issue.inclusive === false ? 'exclusive' : undefined;
}

function one(path: IssuePath, code: string, message: string, wording: Wording, target: Target = 'value'): ShapeIssue {
  return { path, code, message, severity: 'error', target, ...wordingOf(wording) };
}

function convertTooSmall(issue: Extract<Issue, { code: 'too_small' }>, path: IssuePath, name: string, value: unknown): ShapeIssue {
  if (issue.origin === 'string') return one(path, 'empty-text', `${name} is empty`, { params: { path: name } });
  const rule = custom(issue);
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    const min = Number(issue.minimum);
    const why = rule ?? `list at least ${min}`;
    const params = { path: name, count, min };
    const variant = count === 0 ? 'none' : undefined;
    const wording = rule === undefined ? { params: { ...params, rule: 'min-items' }, variant } : ruleWording(rule, params, variant);
    return one(path, 'too-few', `${name} has ${count === 0 ? 'no items' : `only ${count}`}: ${why}`, wording);
  }
  if (rule !== undefined) return one(path, 'too-small', rule, ruleWording(rule, { path: name }, 'rule'));
  const found = describeValue(value);
  const params = { path: name, min: Number(issue.minimum), found: foundParam(value) };
  return one(path, 'too-small', `${name} must be ${bound(issue, issue.minimum, false)}; found ${found}`, { params, variant: boundVariant(issue) });
}

function convertTooBig(issue: Extract<Issue, { code: 'too_big' }>, path: IssuePath, name: string, value: unknown): ShapeIssue {
  const rule = custom(issue);
  const max = Number(issue.maximum);
  if (issue.origin === 'array') {
    if (rule !== undefined) return one(path, 'too-many', rule, ruleWording(rule, { path: name }, 'rule'));
    return one(path, 'too-many', `${name} must list ${bound(issue, issue.maximum, true)} items`, { params: { path: name, max }, variant: boundVariant(issue) });
  }
  if (issue.origin === 'string') return one(path, 'too-long', `${name} is longer than ${max} characters`, { params: { path: name, max } });
  if (rule !== undefined) return one(path, 'too-big', rule, ruleWording(rule, { path: name }, 'rule'));
  const params = { path: name, max, found: foundParam(value) };
  return one(path, 'too-big', `${name} must be ${bound(issue, issue.maximum, true)}; found ${describeValue(value)}`, { params, variant: boundVariant(issue) });
}

function convertFormat(issue: Extract<Issue, { code: 'invalid_format' }>, path: IssuePath, name: string, value: unknown): ShapeIssue {
  const found = describeValue(value);
  const params = { path: name, found: foundParam(value) };
  const message = (rule: string) => `${name} ${found} is not in the right form: ${rule}`;
  const rule = custom(issue);
  if (rule !== undefined) return one(path, 'bad-format', message(rule), ruleWording(rule, params));
  if ('pattern' in issue && issue.pattern) {
    const pattern = String(issue.pattern);
    return one(path, 'bad-format', message(`it must match ${pattern}`), { params: { ...params, pattern, rule: 'pattern' } });
  }
  return one(path, 'bad-format', message(`it must be a valid ${issue.format}`), { params: { ...params, format: issue.format, rule: 'format' } });
}

function convertKey(issue: Extract<Issue, { code: 'invalid_key' }>, path: IssuePath): ShapeIssue {
  const key = JSON.stringify(String(path[path.length - 1]));
  const inner = issue.issues[0];
  const owner = formatPath(path.slice(0, -1));
  const params = { owner, key };
  const message = (rule: string) => `${owner} has the key ${key}, which is not in the right form: ${rule}`;
  if (inner && inner.message !== DEFAULT_MESSAGE) return one(path, 'bad-key', message(inner.message), ruleWording(inner.message, params), 'key');
  return one(path, 'bad-key', message('it is not an allowed key here'), { params: { ...params, rule: 'not-allowed' } }, 'key');
}

function convertUnknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>, path: IssuePath, fields: FieldLister): ShapeIssue[] {
  const allowed = fields(path);
  return issue.keys.map((key) => {
    const where = formatPath([...path, key]);
    const meant = closest(key, allowed);
    const suggested = hint(meant);
    const listed = suggested.text === '' && allowed.length > 0;
    const tail = listed ? `; the fields here are ${allowed.join(', ')}` : suggested.text;
    // In `{ en: Hello, world }` YAML splits the text at the comma and reads "world" as a field.
    const isComma = /\s/.test(key) || key === '';
    const comma = isComma ? '; if this is the rest of a text that contains a comma, put the whole text in quotes' : '';
    const parts = [listed ? 'fields' : suggested.variant, isComma ? 'comma' : undefined].filter((p) => p !== undefined);
    const params = { path: where, ...suggested.params, ...(listed && { fields: allowed.join(', ') }) };
    const variant = parts.length > 0 ? parts.join('-') : undefined;
    const finding = one([...path, key], 'unknown-field', `${where} is not a field here${tail}${comma}`, { params, variant }, 'key');
    return meant === undefined ? finding : { ...finding, meant: [...path, meant] };
  });
}

/** Converts one zod issue (and, for unions, the branch that fits the value) into findings. */
export function convertIssue(issue: Issue, data: unknown, fields: FieldLister, base: IssuePath = []): ShapeIssue[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  const name = formatPath(path) || 'the file';
  const value = valueAt(data, path);
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [one(path, 'missing-field', `${name} is required`, { params: { path: name } })];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      // Codes such as mapId "398" look like numbers, and YAML reads `yes`/`no` as true/false.
      const quote = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
      const wording = { params: { path: name, expected: issue.expected, found: foundParam(value) }, variant: quote ? 'quote' : undefined };
      return [one(path, 'wrong-type', `${name} must be ${expected}; found ${found}${quote ? ' (put it in quotes)' : ''}`, wording)];
    }
    case 'invalid_value': {
      const choices = list(issue.values);
      if (value === undefined) {
        return [one(path, 'missing-field', `${name} is required; use one of ${choices}`, { params: { path: name, choices }, variant: 'choices' })];
      }
      const suggested = hint(suggestionFor(value, issue.values));
      const wording = { params: { path: name, choices, found: foundParam(value), ...suggested.params }, variant: suggested.variant };
      return [one(path, 'invalid-choice', `${name} must be one of ${choices}; found ${found}${suggested.text}`, wording)];
    }
    case 'unrecognized_keys':
      return convertUnknownKeys(issue, path, fields);
    case 'too_small':
      return [convertTooSmall(issue, path, name, value)];
    case 'too_big':
      return [convertTooBig(issue, path, name, value)];
    case 'invalid_format':
      return [convertFormat(issue, path, name, value)];
    case 'invalid_key':
      return [convertKey(issue, path)];
    case 'invalid_union':
      return convertUnion(issue, path, name, value, data, fields);
    default:
      return [one(path, 'invalid-value', `${name} is not valid here; found ${found}`, { params: { path: name, found: foundParam(value) } })];
  }
}

function convertUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: IssuePath,
  name: string,
  value: unknown,
  data: unknown,
  fields: FieldLister,
): ShapeIssue[] {
  if ('discriminator' in issue && issue.discriminator !== undefined) {
    const values = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]) : undefined;
    const choices = values ? list(values) : '';
    if (value === undefined) {
      return [one(path, 'missing-field', `${name} is required; use one of ${choices}`, { params: { path: name, choices }, variant: 'choices' })];
    }
    const suggested = hint(values ? suggestionFor(value, values) : undefined);
    const wording = { params: { path: name, choices, found: foundParam(value), ...suggested.params }, variant: suggested.variant };
    return [one(path, 'unknown-type', `${name} must be one of ${choices}; found ${describeValue(value)}${suggested.text}`, wording)];
  }
  // A branch that failed on a field, not on its own type, is the one the author meant.
  const fitting = issue.errors.find((branch) => !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0));
  if (fitting) return fitting.flatMap((b) => convertIssue(b, data, fields, path));
  if (value === undefined) return [one(path, 'missing-field', `${name} is required`, { params: { path: name } })];
  const expected = issue.errors.flatMap((branch) => branch.filter((b) => b.code === 'invalid_type').map((b) => b.expected));
  const isText = expected.includes('string') && expected.includes('object');
  const what = isText
    ? 'a text (a plain string, or en: and ru: translations)'
    : expected.map((e) => TYPE_WORDS[e] ?? e).join(' or ');
  // Several expected types travel as one parameter, `number|array`, which a translation joins in its own words.
  const params = { path: name, expected: isText ? 'text' : expected.join('|'), found: foundParam(value) };
  return [one(path, 'wrong-type', `${name} must be ${what}; found ${describeValue(value)}`, { params })];
}

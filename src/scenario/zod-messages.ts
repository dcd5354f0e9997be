/**
 * Turns zod's issues into findings an instructor can act on: a stable code and one plain
 * sentence naming the field, what it must be and what the file says instead.
 */
import type { z } from 'zod';
import { formatPath, type IssuePath, type UnlocatedIssue } from './issues';
import type { Target } from './source-map';
import { closest, didYouMean } from './suggest';

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

function custom(issue: Issue): string | undefined {
  return issue.message === DEFAULT_MESSAGE ? undefined : issue.message;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function hintFor(value: unknown, options: readonly unknown[]): string {
  return typeof value === 'string' ? didYouMean(value, options.filter((o): o is string => typeof o === 'string')) : '';
}

function bound(issue: Issue & { inclusive?: boolean }, value: number | bigint, big: boolean): string {
  const n = Number(value);
  if (issue.inclusive === false) return big ? `less than ${n}` : `more than ${n}`;
  return big ? `at most ${n}` : `at least ${n}`;
}

function one(path: IssuePath, code: string, message: string, target: Target = 'value'): ShapeIssue {
  return { path, code, message, severity: 'error', target };
}

/** Converts one zod issue (and, for unions, the branch that fits the value) into findings. */
export function convertIssue(issue: Issue, data: unknown, fields: FieldLister, base: IssuePath = []): ShapeIssue[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  const name = formatPath(path) || 'the file';
  const value = valueAt(data, path);
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [one(path, 'missing-field', `${name} is required`)];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      // Codes such as mapId "398" look like numbers, and YAML reads `yes`/`no` as true/false.
      const quote = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ' (put it in quotes)' : '';
      return [one(path, 'wrong-type', `${name} must be ${expected}; found ${found}${quote}`)];
    }
    case 'invalid_value':
      if (value === undefined) return [one(path, 'missing-field', `${name} is required; use one of ${list(issue.values)}`)];
      return [one(path, 'invalid-choice', `${name} must be one of ${list(issue.values)}; found ${found}${hintFor(value, issue.values)}`)];
    case 'unrecognized_keys': {
      const allowed = fields(path);
      return issue.keys.map((key) => {
        const where = formatPath([...path, key]);
        const meant = closest(key, allowed);
        const hint = didYouMean(key, allowed);
        const tail = hint === '' && allowed.length > 0 ? `; the fields here are ${allowed.join(', ')}` : hint;
        // In `{ en: Hello, world }` YAML splits the text at the comma and reads "world" as a field.
        const comma = /\s/.test(key) || key === '' ? '; if this is the rest of a text that contains a comma, put the whole text in quotes' : '';
        const finding = one([...path, key], 'unknown-field', `${where} is not a field here${tail}${comma}`, 'key');
        return meant === undefined ? finding : { ...finding, meant: [...path, meant] };
      });
    }
    case 'too_small':
      if (issue.origin === 'string') return [one(path, 'empty-text', `${name} is empty`)];
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        const why = custom(issue) ?? `list at least ${Number(issue.minimum)}`;
        return [one(path, 'too-few', `${name} has ${count === 0 ? 'no items' : `only ${count}`}: ${why}`)];
      }
      return [one(path, 'too-small', custom(issue) ?? `${name} must be ${bound(issue, issue.minimum, false)}; found ${found}`)];
    case 'too_big':
      if (issue.origin === 'array') {
        return [one(path, 'too-many', custom(issue) ?? `${name} must list ${bound(issue, issue.maximum, true)} items`)];
      }
      if (issue.origin === 'string') return [one(path, 'too-long', `${name} is longer than ${Number(issue.maximum)} characters`)];
      return [one(path, 'too-big', custom(issue) ?? `${name} must be ${bound(issue, issue.maximum, true)}; found ${found}`)];
    case 'invalid_format': {
      const rule = custom(issue) ?? ('pattern' in issue && issue.pattern ? `it must match ${issue.pattern}` : `it must be a valid ${issue.format}`);
      return [one(path, 'bad-format', `${name} ${found} is not in the right form: ${rule}`)];
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues[0];
      const rule = inner && inner.message !== DEFAULT_MESSAGE ? inner.message : 'it is not an allowed key here';
      const owner = formatPath(path.slice(0, -1));
      return [one(path, 'bad-key', `${owner} has the key ${JSON.stringify(String(key))}, which is not in the right form: ${rule}`, 'key')];
    }
    case 'invalid_union':
      return convertUnion(issue, path, name, value, data, fields);
    default:
      return [one(path, 'invalid-value', `${name} is not valid here; found ${found}`)];
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
    const options = 'options' in issue && Array.isArray(issue.options) ? list(issue.options as unknown[]) : '';
    if (value === undefined) return [one(path, 'missing-field', `${name} is required; use one of ${options}`)];
    const hint = 'options' in issue && Array.isArray(issue.options) ? hintFor(value, issue.options as unknown[]) : '';
    return [one(path, 'unknown-type', `${name} must be one of ${options}; found ${describeValue(value)}${hint}`)];
  }
  // A branch that failed on a field, not on its own type, is the one the author meant.
  const fitting = issue.errors.find((branch) => !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0));
  if (fitting) return fitting.flatMap((b) => convertIssue(b, data, fields, path));
  if (value === undefined) return [one(path, 'missing-field', `${name} is required`)];
  const expected = issue.errors.flatMap((branch) => branch.filter((b) => b.code === 'invalid_type').map((b) => b.expected));
  const isText = expected.includes('string') && expected.includes('object');
  const what = isText
    ? 'a text (a plain string, or en: and ru: translations)'
    : expected.map((e) => TYPE_WORDS[e] ?? e).join(' or ');
  return [one(path, 'wrong-type', `${name} must be ${what}; found ${describeValue(value)}`)];
}

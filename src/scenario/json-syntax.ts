/**
 * A strict JSON syntax check for files named `.json`. JSON is also YAML, and the YAML parser
 * (which gives the later checks their source map) quietly accepts what JSON forbids, such as a
 * trailing comma or a comment; a JSON file that other tools will reject must not pass here.
 * Reports the first mistake only, at its offset: after it, a parser is guessing.
 */
import type { Wording } from './issues';

export interface JsonProblem extends Wording {
  offset: number;
  message: string;
}

/** The English sentence of each mistake; the catalogue words the same variants (checker.json-syntax.*). */
const SENTENCES: Record<string, string> = {
  comment: 'JSON has no comments; remove this comment (or name the file .yaml)',
  'single-quote': 'JSON texts and keys are written in double quotes ("), not single quotes',
  value: 'expected a value (a text in double quotes, a number, true, false, null, { or [) here, found {found}',
  key: 'expected a field name in double quotes here, found {found}',
  colon: 'expected a colon (:) after the field name, found {found}',
  'after-end': 'the JSON is complete before {found}; remove what follows it',
  end: 'the file ends before the JSON is complete: a closing }, ] or " is missing',
  'trailing-comma': 'a comma before {close} is not allowed in JSON; remove the last comma',
  unclosed: 'a {open} is not closed with {close}; found {found}',
  'missing-comma': 'a comma is missing between two fields',
  'missing-comma-item': 'a comma is missing between two list items',
  'unclosed-string': 'a text in double quotes is not closed with " on its line',
};

export function jsonSyntaxProblem(text: string): JsonProblem | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (variant: string, params: Record<string, string> = {}, at = i): never => {
    const message = SENTENCES[variant]!.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
    throw { offset: at, message, variant, params } satisfies JsonProblem;
  };
  const unexpected = (variant: string) => {
    if (i >= text.length) fail('end');
    if (text.startsWith('//', i) || text.startsWith('/*', i)) fail('comment');
    if (text[i] === "'") fail('single-quote');
    fail(variant, { found: JSON.stringify(text[i]) });
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('unclosed-string', {}, start);
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail('unclosed-string', {}, start);
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return container('}', true);
    if (ch === '[') return container(']', false);
    if (ch === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return unexpected('value');
    i += m[0].length;
  };
  const container = (close: string, keyed: boolean): void => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (keyed) {
        if (text[i] !== '"') unexpected('key');
        string();
        ws();
        if (text[i] !== ':') unexpected('colon');
        i++;
      }
      value();
      ws();
      if (text[i] === ',') {
        const comma = i++;
        ws();
        if (text[i] === '}' || text[i] === ']') fail('trailing-comma', { close: text[i]! }, comma);
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      if (i >= text.length) fail('end');
      if (text[i] === '}' || text[i] === ']') fail('unclosed', { open: keyed ? '{' : '[', close, found: JSON.stringify(text[i]) });
      fail(keyed ? 'missing-comma' : 'missing-comma-item');
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail('after-end', { found: JSON.stringify(text[i]) });
    return null;
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'offset' in e) return e as JsonProblem;
    throw e;
  }
}

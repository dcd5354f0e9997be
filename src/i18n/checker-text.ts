/**
 * The scenario checker's findings in the reader's language: the template named by the issue's
 * code (and variant), filled with its params, or the checker's English sentence when the issue
 * has no params or no template (a finding made outside the checker, or a new code).
 */
import { messageId, type IssueParams } from '../scenario/issues';
import type { Params } from './format';
import { isMessageKey, type Translate } from './index';

/** The parts of a finding its text is made from. */
export interface IssueWords {
  code: string;
  message: string;
  params?: IssueParams;
  variant?: string;
}

/** Kinds of value the checker names with a word (`found a list`), not by quoting the value. */
const FOUND_WORDS = new Set(['nothing', 'null', 'list', 'mapping']);

function lookup(t: Translate, key: string, params?: Params): string | undefined {
  return isMessageKey(key) ? t(key, params) : undefined;
}

/** A value the author wrote, as the checker quotes it: a kind in words, a text in the language's quotes. */
function valueText(t: Translate, value: string): string {
  if (FOUND_WORDS.has(value)) return lookup(t, `checker.found.${value}`) ?? value;
  if (!value.startsWith('"')) return value;
  try {
    const text: unknown = JSON.parse(value);
    // Only a text that JSON quoted without escapes reads the same between other quotes.
    if (typeof text === 'string' && JSON.stringify(text) === `"${text}"`) return t('checker.found.quoted', { text });
  } catch {
    // Not JSON after all: shown as it is.
  }
  return value;
}

/**
 * The params with the ones that carry vocabulary worded in the reader's language: `expected`
 * (type names joined by `|`), `found` and `key` (values the author wrote) and `rule` (a rule id).
 */
export function wordParams(t: Translate, params: IssueParams): Params {
  const out: Record<string, string | number> = { ...params };
  const { expected, found, key, rule } = params;
  if (typeof expected === 'string') {
    out.expected = expected.split('|').map((type) => lookup(t, `checker.type.${type}`) ?? type).join(t('checker.or'));
  }
  if (typeof found === 'string') out.found = valueText(t, found);
  if (typeof key === 'string') out.key = valueText(t, key);
  if (typeof rule === 'string') out.rule = lookup(t, `checker.rule.${rule}`, params) ?? rule;
  return out;
}

/** A finding's sentence in the language of `t`. */
export function issueText(t: Translate, issue: IssueWords): string {
  const key = `checker.${messageId(issue)}`;
  if (issue.params === undefined || !isMessageKey(key)) return issue.message;
  return t(key, wordParams(t, issue.params));
}

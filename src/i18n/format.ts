/**
 * Message templates: `{name}` inserts a parameter; `{count|form|form...}` picks a plural form
 * for the number `count` by the language's plural rules, with `#` inside a form standing for
 * the number itself ("{n|# point|# points}", "{n|# очко|# очка|# очков}").
 */
import type { Language } from '../scenario/text';

export type Params = Readonly<Record<string, string | number>>;

/** Which form (by position) each CLDR plural category takes, per language. */
const FORM_INDEX: Record<Language, Partial<Record<Intl.LDMLPluralRule, number>>> = {
  en: { one: 0, other: 1 },
  // Russian fractions ("54,3") take the genitive singular, the same form as "few".
  ru: { one: 0, few: 1, many: 2, other: 1 },
};

const rulesCache = new Map<Language, Intl.PluralRules>();
const numberCache = new Map<Language, Intl.NumberFormat>();

function rules(lang: Language): Intl.PluralRules {
  let r = rulesCache.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rulesCache.set(lang, r);
  }
  return r;
}

/** A number as the language writes it (decimal comma in Russian), at most one decimal. */
export function formatNumber(lang: Language, n: number): string {
  let f = numberCache.get(lang);
  if (!f) {
    // No grouping: the game's numbers are small, and years must read 2026, not 2,026.
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, useGrouping: false });
    numberCache.set(lang, f);
  }
  return f.format(n);
}

/**
 * A level of trust, as a whole number: trust moves by fractions as talks and events add up, but
 * the thresholds the delegations weigh it against are whole, and a level read 52 in one round
 * and 52.5 in the next looks like two different scales.
 */
export function formatTrust(lang: Language, trust: number): string {
  return formatNumber(lang, Math.round(trust));
}

/** The position of the plural form for `n` among the forms a template gives. */
export function pluralForm(lang: Language, n: number, forms: number): number {
  const index = FORM_INDEX[lang][rules(lang).select(n)] ?? forms - 1;
  return Math.min(index, forms - 1);
}

const PLACEHOLDER = /\{([A-Za-z][\w]*)(?:\|([^{}]*))?\}/g;

/** Fills a template; a missing parameter is left visible as `{name}` so it is noticed, not hidden. */
export function format(lang: Language, template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, forms?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const shown = typeof value === 'number' ? formatNumber(lang, value) : value;
    if (forms === undefined) return shown;
    const list = forms.split('|');
    const n = typeof value === 'number' ? value : Number(value);
    const form = list[pluralForm(lang, Math.abs(n), list.length)] ?? '';
    return form.replaceAll('#', shown);
  });
}

/** The parameter names a template uses, for checking that translations agree. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** A signed number for deltas: "+4", "−2" (with a true minus sign), "0". */
export function signed(lang: Language, n: number): string {
  const abs = formatNumber(lang, Math.abs(n));
  return n > 0 ? `+${abs}` : n < 0 ? `\u2212${abs}` : abs;
}

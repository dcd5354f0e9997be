/**
 * Every generated sentence reads correctly for every delegation of every bundled scenario.
 *
 * The Russian rules (docs/translation.md explains them for translators):
 *  R1. Names are never declined. A delegation name, a list of names, or a scenario title
 *      (measure, proposal, flashpoint, corridor, event) stands only where the nominative is
 *      right whatever the name: at the start before a colon or a dash, after a colon or a dash,
 *      in parentheses, or in «…» after a noun that carries the case («против меры «{measure}»»).
 *      So no word touches the name on either side: neither a preposition or governing noun before
 *      it («с Вьетнам», «делегации Израиль») nor a verb after it («Израиль вносит», which would
 *      also need a plural verb for «Объединённые Арабские Эмираты»).
 *  R2. Nothing agrees with a delegation in gender or number: templates that take a delegation
 *      (and every AI reason, whose subject is the delegation) use nouns and impersonal or present
 *      forms («возражение: …», «сделка принята»), no past-tense verb and no third-person pronoun
 *      (она, её, его, их…), which would have to agree with a name of unknown gender.
 *  R3. Nothing is left unfilled: no `{param}` survives rendering.
 * The English rules:
 *  E1. A number before a counted noun uses a plural selector ("{n|# pledge|# pledges}").
 *  E2. A list of names that is the subject of a verb agrees with the list's length: the template
 *      selects its words by the count it takes with the list.
 *
 * Templates are discovered, not listed: every catalogue key and every AI reason is rendered with
 * the parameters it declares, classified by parameter name (below), so new templates are checked.
 */
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGES } from '../../src/ai/reason-messages';
import { format, translator, type Language, type Params } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/all';
import { placeholders } from '../../src/i18n/format';
import { bundledScenarios } from '../../src/scenario/bundled';
import type { Scenario } from '../../src/scenario/schema';
import { localize } from '../../src/scenario/text';

/** Parameters that carry one delegation's name. */
const DELEGATION = new Set(['name', 'from', 'to', 'a', 'b', 'chair', 'requester', 'proposer', 'with', 'by']);
/** Parameters that carry a list of delegation names. */
const LIST = new Set(['names', 'who']);
/** Parameters that carry a scenario title, by which list of titles fills them. */
const TITLE: Record<string, 'measure' | 'flashpoint' | 'corridor' | 'event'> = {
  measure: 'measure', proposal: 'measure', theirs: 'measure', first: 'measure', title: 'event', flashpoint: 'flashpoint', corridor: 'corridor',
};
/** Parameters filled with a term of the game rather than a number. */
const TERM: Record<string, string> = {
  dimension: 'dimension.economic', profile: 'energy.profile.producer', tool: 'tool.hotline', amendment: 'amendment.phase-in',
  status: 'replay.offer-status.open', from: 'stage.strained', to: 'stage.crisis',
};
/** Scenario-checker messages speak of files: only `{names}` there is a list of delegations. */
const isChecker = (key: string) => key.startsWith('checker.');

type Kind = 'delegation' | 'list' | 'title' | 'other';
function kindOf(key: string, param: string): Kind {
  if (LIST.has(param)) return 'list';
  if (isChecker(key)) return 'other';
  if (key.startsWith('chronicle.stage.') && (param === 'from' || param === 'to')) return 'other';
  if (DELEGATION.has(param)) return 'delegation';
  if (param in TITLE) return 'title';
  return 'other';
}

interface Template { key: string; lang: Language; text: string; reason: boolean }

/** Every template in both languages; an AI reason is read after its delegation's name. */
function templates(lang: Language): Template[] {
  const catalogue = CATALOGUES[lang];
  const line = catalogue['reason.line'];
  return [
    ...Object.entries(catalogue).map(([key, text]) => ({ key, lang, text, reason: false })),
    ...Object.entries(REASON_MESSAGES[lang]).map(([code, text]) => ({ key: `reason:${code}`, lang, text: line.replace('{reason}', text), reason: true })),
  ];
}

interface World { id: string; scenario: Scenario; names: Record<Language, string[]>; titles: Record<Language, Record<string, string[]>> }

const worlds: World[] = bundledScenarios().map(({ id, result: parsed, fileName }) => {
  if (!parsed.ok) throw new Error(`${fileName} does not parse`);
  const s = parsed.scenario;
  const by = (lang: Language) => ({
    measure: s.measures.map((m) => localize(m.title, lang)),
    flashpoint: s.flashpoints.map((f) => localize(f.name, lang)),
    corridor: (s.energy?.corridors ?? []).map((c) => localize(c.name, lang)),
    event: s.events.map((e) => localize(e.title, lang)),
  });
  return {
    id, scenario: s,
    names: { en: s.delegations.map((d) => localize(d.name, 'en')), ru: s.delegations.map((d) => localize(d.name, 'ru')) },
    titles: { en: by('en'), ru: by('ru') },
  };
});

interface Rendered { text: string; inserted: { value: string; kind: Kind }[] }

/** Renders a template for the i-th combination: delegation i, a list of `listSize` names from i, title i. */
function render(tpl: Template, w: World, i: number, listSize: number, mark = false): Rendered {
  const t = translator(tpl.lang);
  const names = w.names[tpl.lang];
  const params: Record<string, string | number> = {};
  const inserted: Rendered['inserted'] = [];
  placeholders(tpl.text).forEach((p, k) => {
    const kind = kindOf(tpl.key, p);
    let value: string | number;
    if (kind === 'delegation') value = names[(i + k) % names.length]!;
    else if (kind === 'list') value = new Intl.ListFormat(tpl.lang, { type: 'conjunction' }).format(Array.from({ length: listSize }, (_, j) => names[(i + j) % names.length]!));
    else if (kind === 'title') {
      const list = w.titles[tpl.lang][TITLE[p]!]!;
      value = list.length ? list[(i + k) % list.length]! : 'X';
    } else if (p in TERM && !(isChecker(tpl.key))) value = t(TERM[p] as never);
    else value = listSize;
    params[p] = mark && typeof value === 'string' && kind !== 'other' ? `\uE000${value}\uE001` : value;
    if (typeof value === 'string' && kind !== 'other') inserted.push({ value, kind });
  });
  return { text: format(tpl.lang, tpl.text, params as Params), inserted };
}

/** How many combinations cover every delegation and every title of a scenario. */
function spread(w: World, lang: Language): number {
  return Math.max(w.names[lang].length, ...Object.values(w.titles[lang]).map((l) => l.length));
}

const WORD = /[\p{L}\p{N}]/u;
const RU_PAST = /^[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)$/;
/** Words that end like a past tense but are not verbs. */
const NOT_PAST = new Set(['или', 'ли', 'мало', 'числа', 'число', 'правила', 'правило', 'дела', 'цели', 'роли', 'сила', 'начало', 'дали', 'модели', 'мысли']);
const RU_PRONOUN = new Set(['он', 'она', 'оно', 'они', 'его', 'её', 'ее', 'ему', 'ей', 'им', 'ими', 'их', 'него', 'неё', 'нему', 'ней', 'ним', 'них', 'нём']);

/** R1: a name touches no word on either side (values are marked where they are inserted). */
function touchingWords(r: Rendered): string[] {
  const bad: string[] = [];
  for (const m of r.text.matchAll(/\uE000([^\uE000\uE001]*)\uE001/g)) {
    const before = r.text.slice(0, m.index).replace(/[\uE000\uE001]/g, '').trimEnd();
    const after = r.text.slice(m.index + m[0].length).replace(/[\uE000\uE001]/g, '').trimStart();
    if (before && WORD.test(before.at(-1)!)) bad.push(`…${before.slice(-20)} [${m[1]}]`);
    if (after && WORD.test(after[0]!)) bad.push(`[${m[1]}] ${after.slice(0, 20)}…`);
  }
  return bad;
}

/** R2: words of the template itself that would agree with a delegation. */
function agreeingWords(template: string): string[] {
  const words = template.replace(/\{[^{}]*\}/g, ' ').toLowerCase().match(/[а-яё]+/g) ?? [];
  return words.filter((w) => (RU_PAST.test(w) && !NOT_PAST.has(w)) || RU_PRONOUN.has(w));
}

const takesNames = (tpl: Template) => tpl.reason || placeholders(tpl.text).some((p) => kindOf(tpl.key, p) !== 'other');

describe.each(worlds.map((w) => [w.id, w] as const))('generated sentences in %s', (_id, w) => {
  it.each(['en', 'ru'] as const)('leave no parameter unfilled in %s (R3)', (lang) => {
    const left: string[] = [];
    for (const tpl of templates(lang)) {
      for (let i = 0; i < spread(w, lang); i++) {
        const r = render(tpl, w, i, 1 + (i % 3));
        if (/\{[A-Za-z]\w*(?:\|[^{}]*)?\}/.test(r.text)) left.push(`${tpl.key}: ${r.text}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('never declines a name in Russian: no word touches a name or a title (R1)', () => {
    const bad = new Set<string>();
    for (const tpl of templates('ru').filter(takesNames)) {
      for (let i = 0; i < spread(w, 'ru'); i++) {
        const found = touchingWords(render(tpl, w, i, 1 + (i % 3), true));
        // One example per template is enough to read the failure.
        if (found.length) { bad.add(`${tpl.key}: ${found[0]}`); break; }
      }
    }
    expect([...bad]).toEqual([]);
  });
});

describe('generated sentences, rules on the templates themselves', () => {
  it('make nothing agree with a delegation in Russian: no past tense, no pronoun (R2)', () => {
    const bad = templates('ru').filter(takesNames).flatMap((tpl) => agreeingWords(tpl.text).map((word) => `${tpl.key}: ${word}`));
    expect(bad).toEqual([]);
  });

  it('count nouns in English with a plural selector (E1)', () => {
    const counted = /\{(\w+)\} (?:[a-z]+ )?(?:members|pledges|objections|reservations|delegations|rounds|points|items|measures|proposals)\b/g;
    const bad = templates('en').filter((tpl) => [...tpl.text.matchAll(counted)].some((m) => kindOf(tpl.key, m[1]!) === 'other'));
    expect(bad.map((tpl) => `${tpl.key}: ${tpl.text}`)).toEqual([]);
  });

  it('make a verb after a list of names agree with its length in English (E2)', () => {
    const w = worlds[0]!;
    const bad: string[] = [];
    for (const tpl of templates('en')) {
      // A past tense ("completed") agrees with any number; only a present verb needs the count.
      if (!/\{(?:names|who)\} (?![a-z]+ed\b)[a-z]/.test(tpl.text)) continue;
      // One name and three names: the words around the list must change with the count.
      const strip = (r: Rendered) => r.inserted.reduce((s, x) => s.replace(x.value, '…'), r.text).replace(/\d+/g, '#');
      if (strip(render(tpl, w, 0, 1)) === strip(render(tpl, w, 0, 3))) bad.push(`${tpl.key}: ${tpl.text}`);
    }
    expect(bad).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isMessageKey, translator, formatTrust } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/all';
import { en } from '../../src/i18n/en';
import { format, placeholders, pluralForm, signed } from '../../src/i18n/format';
import { ru } from '../../src/i18n/ru';
import { legendMessageKeys } from '../../src/map/legend';
import { REASON_CODES } from '../../src/ai/reasons';
import { REASON_MESSAGES } from '../../src/ai/reason-messages';
import type { RejectionCode } from '../../src/engine';

const REJECTIONS: RejectionCode[] = [
  'wrong-phase', 'unknown-delegation', 'not-a-player', 'not-a-member', 'already-ready', 'insufficient-influence',
  'not-allowed', 'unknown-target', 'already-done', 'limit-reached', 'precondition', 'not-your-turn', 'malformed',
];

describe('message catalogue', () => {
  it('has the same keys in English and Russian', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(CATALOGUES))('has no empty message in %s', (_lang, catalogue) => {
    const empty = Object.entries(catalogue).filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(en).filter((k) => {
      const key = k as keyof typeof en;
      return placeholders(en[key]).join(',') !== placeholders(ru[key]).join(',');
    });
    expect(mismatched).toEqual([]);
  });

  it('gives every plural in Russian three or four forms and in English two', () => {
    const forms = (s: string) => [...s.matchAll(/\{\w+\|([^{}]*)\}/g)].map((m) => m[1]!.split('|').length);
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      for (const n of forms(en[k])) expect(n, k).toBe(2);
      for (const n of forms(ru[k])) expect(n, k).toBeGreaterThanOrEqual(3);
    }
  });

  it('translates every engine refusal code', () => {
    for (const code of REJECTIONS) expect(isMessageKey(`rejection.${code}`), code).toBe(true);
  });

  it('translates every key of the map legend', () => {
    expect(legendMessageKeys().filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it('has an English and a Russian sentence for every AI reason code', () => {
    for (const code of REASON_CODES) {
      expect(REASON_MESSAGES.en[code], code).toBeTruthy();
      expect(REASON_MESSAGES.ru[code], code).toBeTruthy();
    }
  });
});

describe('format', () => {
  it('fills parameters and leaves a missing one visible', () => {
    expect(format('en', 'Hold talks with {name}', { name: 'China' })).toBe('Hold talks with China');
    expect(format('en', 'Hello {who}')).toBe('Hello {who}');
  });

  it.each([
    [1, '1 раунд'], [2, '2 раунда'], [4, '4 раунда'], [5, '5 раундов'], [11, '11 раундов'], [21, '21 раунд'], [22, '22 раунда'], [25, '25 раундов'],
  ])('picks the Russian plural for %i', (n, expected) => {
    expect(format('ru', '{n|# раунд|# раунда|# раундов}', { n })).toBe(expected);
  });

  it('picks the English plural and writes decimals the local way', () => {
    expect(format('en', '{n|# round|# rounds}', { n: 1 })).toBe('1 round');
    expect(format('en', '{n|# round|# rounds}', { n: 3 })).toBe('3 rounds');
    expect(format('ru', '{n}', { n: 54.3 })).toBe('54,3');
    expect(format('en', '{year}', { year: 2026 })).toBe('2026');
    expect(pluralForm('ru', 1.5, 3)).toBe(1);
  });

  it('signs deltas with a true minus', () => {
    expect(signed('en', 4)).toBe('+4');
    expect(signed('en', -2)).toBe('\u22122');
    expect(signed('ru', -0.5)).toBe('\u22120,5');
  });

  it('counts the measures implemented against the catalogue, not as a bare number', () => {
    expect(translator('en')('results.implemented.value', { n: 32, total: 40 })).toBe('32 of the 40 measures, by at least one delegation');
    expect(translator('ru')('results.implemented.value', { n: 32, total: 40 })).toBe('32 из 40 мер хотя бы одной делегацией');
    expect(translator('ru')('results.implemented.value', { n: 3, total: 21 })).toBe('3 из 21 меры хотя бы одной делегацией');
  });

  it('gives trust as a whole number, in every round alike', () => {
    expect(formatTrust('en', 50)).toBe('50');
    expect(formatTrust('en', 52.5)).toBe('53');
    expect(formatTrust('ru', 47.3)).toBe('47');
  });

  it('translates live in either language', () => {
    expect(translator('en')('tab.plenary')).toBe('Plenary');
    expect(translator('ru')('tab.plenary')).toBe('Пленарное заседание');
    expect(translator('ru')('waiting.count', { n: 3 })).toBe('3 другие делегации');
  });
});

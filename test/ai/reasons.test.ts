import { describe, expect, it } from 'vitest';
import { REASON_CODES, isReasonCode, type ReasonParams } from '../../src/ai/reasons';
import { REASON_MESSAGES } from '../../src/ai/reason-messages';
import { createAiDecider } from '../../src/ai/policy';
import { runGame } from '../../src/sim/run-game';
import type { Reason } from '../../src/engine';
import { smallScenario } from './fixtures';
// The catalogue's own reading of a template, plural selectors ("{n|# member|# members}") included.
import { placeholders } from '../../src/i18n/format';


describe('reason codes and their messages', () => {
  it.each(REASON_CODES)('%s has an English and a Russian template with the same placeholders', (code) => {
    const en = REASON_MESSAGES.en[code];
    const ru = REASON_MESSAGES.ru[code];
    expect(en.length).toBeGreaterThan(0);
    expect(ru.length).toBeGreaterThan(0);
    expect(placeholders(ru)).toEqual(placeholders(en));
  });

  it('lists every code once, and only codes', () => {
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
    expect(Object.keys(REASON_MESSAGES.en).sort()).toEqual([...REASON_CODES].sort());
    expect(isReasonCode('red-line-measure')).toBe(true);
    expect(isReasonCode('whatever')).toBe(false);
  });

  it('every reason an AI gives has a known code and every parameter its template uses', () => {
    const decide = createAiDecider('normal');
    const seen = new Set<string>();
    const check = (r: Reason) => {
      expect(isReasonCode(r.code)).toBe(true);
      seen.add(r.code);
      const wanted = placeholders(REASON_MESSAGES.en[r.code as keyof ReasonParams]);
      expect(Object.keys(r.params ?? {})).toEqual(expect.arrayContaining(wanted));
    };
    for (const seed of [1, 2, 3, 4]) {
      runGame(smallScenario((s) => { s.flashpoints![0]!.tension = 55; }), {
        seed,
        fallback: (input) => {
          const d = decide(input);
          check(d.reason);
          return d.action;
        },
      });
    }
    expect(seen.size).toBeGreaterThan(8);
  });
});

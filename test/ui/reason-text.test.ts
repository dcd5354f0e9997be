/** A delegation's reason names what it is about in the player's language, never by its id. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { CONFLICT_REASON_MESSAGES, REASON_MESSAGES } from '../../src/ai/reason-messages';
import { placeholders } from '../../src/i18n/format';
import { flashpointStageIn } from '../../src/ui/names';
import { preview } from '../../src/ui/previews';
import { reasonText } from '../../src/ui/reason-text';
import { en, ru, scenario } from './support';

describe('reason texts', () => {
  it('name the Charter cluster a delegation wants to slow down by its title, not its id', () => {
    const game = createGame(scenario, 1);
    const reason = { code: 'transformation-pace', params: { cluster: 'charter-text', proposer: 'AAA' } };
    for (const c of [en, ru]) {
      const text = reasonText(c, game, reason)!;
      expect(text).toContain('Charter text');
      expect(text).not.toContain('charter-text');
    }
  });
});

describe('reasons about a dispute at crisis or worse', () => {
  const at = (stage: 'crisis' | 'conflict') => {
    const game = createGame(scenario, 1);
    return { ...game, flashpoints: { ...game.flashpoints, fp: { ...game.flashpoints.fp!, stage } } };
  };

  it.each(['red-line-military-crisis', 'flashpoint-crisis', 'red-line-military-crisis-exempt'] as const)('%s names armed conflict when the dispute is in it, and crisis otherwise', (code) => {
    const reason = { code, params: { flashpoint: 'fp', measure: 'm4' } };
    expect(reasonText(en, at('conflict'), reason)).toContain(code === 'red-line-military-crisis-exempt' ? 'B-C, now in armed conflict' : 'B-C is in armed conflict');
    expect(reasonText(en, at('crisis'), reason)).toContain(code === 'red-line-military-crisis-exempt' ? 'until the crisis ends' : 'B-C is in crisis');
    expect(reasonText(en, at('crisis'), reason)).not.toMatch(/is in armed conflict|now in armed conflict/);
    expect(reasonText(ru, at('conflict'), reason)).toMatch(/вооружённ/);
    expect(reasonText(ru, at('crisis'), reason)).not.toMatch(/в состоянии вооружённого конфликта|сейчас — вооружённый конфликт/);
  });

  it('keeps the placeholders of each armed-conflict wording those of the reason it replaces', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const [code, text] of Object.entries(CONFLICT_REASON_MESSAGES[lang])) {
        expect(placeholders(text)).toEqual(placeholders(REASON_MESSAGES[lang][code as keyof typeof CONFLICT_REASON_MESSAGES.en]));
      }
    }
  });

  it('names the stage in the UI texts about a dispute in crisis or armed conflict', () => {
    for (const stage of ['crisis', 'conflict'] as const) {
      const game = at(stage);
      const words = stage === 'crisis' ? 'in crisis' : 'in armed conflict';
      expect(en.t('term.crisis-warning', { measure: 'M', parties: 'B', flashpoint: 'B-C', stage: flashpointStageIn(en, game, 'fp') })).toContain(`B-C is ${words};`);
      expect(en.t('implementation.why-not.crisis', { flashpoint: 'B-C', stage: flashpointStageIn(en, game, 'fp') })).toContain(`is ${words} with low trust`);
      expect(preview({ ...en, game, me: 'AAA' }, { type: 'diplomacy.good-offices', by: 'AAA', flashpoint: 'fp' })).toContain(`+1 influence: the dispute is already ${words}`);
    }
    expect(flashpointStageIn(ru, at('conflict'), 'fp')).toBe('в состоянии вооружённого конфликта');
  });
});

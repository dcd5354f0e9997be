/** A refusal at the engine's door is told in the player's language, naming the field. */
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, FIELD_PROBLEMS, type Rejection } from '../../src/engine';
import { isMessageKey, translator } from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/all';
import { rejectionText } from '../../src/ui/rejection-text';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();
const refusal = (action: unknown): Rejection => {
  const r = applyAction(scenario, createGame(scenario, 1), action);
  if (r.ok) throw new Error('accepted');
  return r.rejection;
};

describe('rejection texts', () => {
  it('have a message for every field problem and the internal error, in both languages', () => {
    for (const p of FIELD_PROBLEMS) expect(isMessageKey(`rejection.field.${p}`)).toBe(true);
    for (const lang of ['en', 'ru'] as const) {
      expect(CATALOGUES[lang]['rejection.internal-error']).toBeTruthy();
      expect(CATALOGUES[lang]['rejection.field.unknown']).toContain('{field}');
    }
  });

  it.each([
    [{ type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: Infinity }, ask: { kind: 'influence', amount: 1 } }, 'give.amount', 'wrong kind', 'неверного типа'],
    [{ type: 'ready', by: 'AAA', constructor: 'x' }, 'constructor', 'does not take', 'быть не может'],
    [{ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'toString' } }, 'subject.measure', 'does not have', 'нет'],
  ])('%j is told naming its field', (action, field, en, ru) => {
    const r = refusal(action);
    const inEnglish = rejectionText(translator('en'), r);
    const inRussian = rejectionText(translator('ru'), r);
    expect(inEnglish).toContain(`“${field}”`);
    expect(inEnglish).toContain(en);
    expect(inRussian).toContain(`«${field}»`);
    expect(inRussian).toContain(ru);
  });

  it('keeps the plain message of a rule\'s refusal', () => {
    const r = refusal({ type: 'plenary.decide', by: 'AAA', proposal: 'p1' });
    expect(rejectionText(translator('en'), r)).toBe(translator('en')('rejection.wrong-phase'));
  });
});

/**
 * A rejection in the player's words: a refusal for an action's shape names the field and what
 * is wrong with it; every other refusal has one message per code.
 */
import { FIELD_PROBLEMS, type Rejection } from '../engine';
import type { MessageKey, Translate } from '../i18n';

export function rejectionText(t: Translate, rejection: Rejection): string {
  const field = rejection.params?.field;
  const problem = rejection.params?.problem;
  if (typeof field === 'string' && field !== 'action' && field !== 'type') {
    if (rejection.code === 'malformed' && (FIELD_PROBLEMS as readonly unknown[]).includes(problem)) {
      return t(`rejection.field.${problem}` as MessageKey, { field });
    }
    if (rejection.code === 'unknown-target' || (rejection.code === 'unknown-delegation' && field !== 'by')) return t('rejection.field.unknown', { field });
  }
  return t(`rejection.${rejection.code}`);
}

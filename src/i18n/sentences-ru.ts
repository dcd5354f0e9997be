/**
 * Ключи для порождаемых фраз, которые соединяют название делегации с её действием (правила —
 * в docs/translation.md). Включаются в `ru`.
 */
import type { sentencesEn } from './sentences-en';

export const sentencesRu: Record<keyof typeof sentencesEn, string> = {
  // Причина ИИ по-русски — именная группа после тире: «Израиль — возражение: …», без согласования.
  'reason.line': '{name} — {reason}',
};

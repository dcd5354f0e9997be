import type { Text } from './schema';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The author's text in the wanted language, falling back to English when no translation is given. */
export function localize(text: Text, lang: Language): string {
  if (typeof text === 'string') return text;
  return (lang === 'ru' ? text.ru : undefined) ?? text.en;
}

/** Whether an author's text has a translation into the language (plain strings count as English only). */
export function hasTranslation(text: Text, lang: Language): boolean {
  if (lang === 'en') return true;
  return typeof text !== 'string' && typeof text.ru === 'string' && text.ru.length > 0;
}

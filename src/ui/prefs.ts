/**
 * The player's display preferences (language, large text), kept apart from the saved game so
 * that switching language never touches the game record.
 */
import { asLanguage } from '../i18n';
import type { Language } from '../scenario/text';

export const PREFS_KEY = 'cica-negotiation.prefs';

export interface Prefs {
  lang: Language;
  largeText: boolean;
}

/** Reads saved preferences; the URL (?lang=ru) and then the browser's language decide when none are saved. */
export function loadPrefs(storage: Pick<Storage, 'getItem'> | null, search: string, browserLang: string): Prefs {
  const fromUrl = new URLSearchParams(search).get('lang');
  let saved: Partial<Prefs>;
  try {
    saved = JSON.parse(storage?.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>;
  } catch {
    saved = {};
  }
  const lang = fromUrl ? asLanguage(fromUrl) : saved.lang ? asLanguage(saved.lang) : asLanguage(browserLang.slice(0, 2));
  return { lang, largeText: saved.largeText === true };
}

export function savePrefs(storage: Pick<Storage, 'setItem'> | null, prefs: Prefs): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Preferences are a convenience; a full or disabled storage must not break the game.
  }
}

/**
 * The message catalogue: `en.ts` defines the keys, `ru.ts` must give exactly the same keys
 * (its type enforces it), and `translator(lang)` returns the `t(key, params)` every component uses.
 */
import { LANGUAGES, type Language } from '../scenario/text';
import { en } from './en';
import { format, type Params } from './format';
import { ru } from './ru';

export type MessageKey = keyof typeof en;
/** A full catalogue: one template per key. */
export type Catalogue = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Record<Language, Catalogue> = { en, ru };

/** A `t` function bound to one language. */
export function translator(lang: Language): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) => format(lang, catalogue[key] ?? en[key] ?? key, params);
}

/** Whether a string computed at run time (an engine code, a reason code) has a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** A language code from any string, falling back to English. */
export function asLanguage(value: string | null | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';
}

export { format, formatNumber, signed, type Params } from './format';
export type { Language };

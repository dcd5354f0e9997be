/**
 * The message catalogue: `en.ts` defines the keys, `ru.ts` must give exactly the same keys
 * (its type enforces it), and `translator(lang)` returns the `t(key, params)` every component uses.
 *
 * English is always here; another language's catalogue is loaded on demand (`loadCatalogue`),
 * so the start page does not carry a language nobody chose. The app loads the catalogue before
 * it switches to that language (main.ts, app.tsx); Node (scripts, tests) registers every
 * catalogue at once through `all.ts`.
 */
import { LANGUAGES, type Language } from '../scenario/text';
import { en } from './en';
import { format, type Params } from './format';

export type MessageKey = keyof typeof en;
/** A full catalogue: one template per key. */
export type Catalogue = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Params) => string;

const loaded: Partial<Record<Language, Catalogue>> = { en };

/** Makes a language's catalogue available to `translator` (done by `loadCatalogue` and `all.ts`). */
export function addCatalogue(lang: Language, catalogue: Catalogue): void {
  loaded[lang] = catalogue;
}

/** Whether `translator(lang)` speaks that language already. */
export function hasCatalogue(lang: Language): boolean {
  return loaded[lang] !== undefined;
}

const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  ru: () => import('./ru').then((m) => m.ru),
};

/** Loads a language's catalogue (once); resolves when `translator(lang)` speaks it. */
export async function loadCatalogue(lang: Language): Promise<void> {
  if (!hasCatalogue(lang)) addCatalogue(lang, await LOADERS[lang]());
}

/** A `t` function bound to one language (English until that language's catalogue is loaded). */
export function translator(lang: Language): Translate {
  const catalogue = loaded[lang] ?? en;
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

export { format, formatNumber, formatTrust, signed, type Params } from './format';
export type { Language };

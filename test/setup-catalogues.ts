/**
 * Vitest setup: every message catalogue registered, as in Node's scripts. The browser loads a
 * language on demand (src/i18n/index.ts); tests ask `translator('ru')` at once.
 */
import '../src/i18n/all';

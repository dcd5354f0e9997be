/**
 * Every catalogue at once, for Node (scripts and tests): importing this module registers them
 * with `translator`. The browser loads a language only when it is chosen (see index.ts).
 */
import type { Language } from '../scenario/text';
import { en } from './en';
import { addCatalogue, type Catalogue } from './index';
import { ru } from './ru';

export const CATALOGUES: Record<Language, Catalogue> = { en, ru };

for (const [lang, catalogue] of Object.entries(CATALOGUES) as Array<[Language, Catalogue]>) addCatalogue(lang, catalogue);

/** Shared setup for UI helper tests: the mini scenario and an English and a Russian name context. */
import { translator } from '../../src/i18n';
import type { NameContext } from '../../src/ui/names';
import { miniScenario } from '../engine/fixtures';

export const scenario = miniScenario();
export const en: NameContext = { scenario, lang: 'en', t: translator('en') };
export const ru: NameContext = { scenario, lang: 'ru', t: translator('ru') };

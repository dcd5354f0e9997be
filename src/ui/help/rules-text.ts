/**
 * The rules shown in the game, from the same files as the documentation: docs/how-to-play.md
 * and its Russian counterpart, bundled as raw text and parsed once per language.
 */
import type { Language } from '../../scenario/text';
import en from '../../../docs/how-to-play.md?raw';
import ru from '../../../docs/how-to-play.ru.md?raw';
import { parseMarkdown, type Block } from './markdown';

const SOURCES: Record<Language, string> = { en, ru };
const parsed = new Map<Language, Block[]>();

export function rulesBlocks(lang: Language): Block[] {
  let blocks = parsed.get(lang);
  if (!blocks) {
    blocks = parseMarkdown(SOURCES[lang]);
    parsed.set(lang, blocks);
  }
  return blocks;
}

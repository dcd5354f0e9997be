import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, type Block, type MdList } from '../../../src/ui/help/markdown';

const doc = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../docs', name), 'utf8');

function headings(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

describe('the rules reader', () => {
  it('splits bold and italic from text, and leaves an unclosed marker as text', () => {
    expect(parseInline('by **consensus**: *one* blocks')).toEqual([
      { kind: 'text', text: 'by ' }, { kind: 'strong', text: 'consensus' }, { kind: 'text', text: ': ' },
      { kind: 'em', text: 'one' }, { kind: 'text', text: ' blocks' },
    ]);
    expect(parseInline('2 * 3')).toEqual([{ kind: 'text', text: '2 * 3' }]);
  });

  it('joins wrapped lines into one paragraph or list item and nests bullet lists in numbered items', () => {
    const blocks = parseMarkdown('# T\n\nOne\ntwo.\n\n1. **A.** first\n   still first\n   - sub *x*\n     more\n2. second\n');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'T' });
    expect(blocks[1]).toEqual({ kind: 'paragraph', inline: [{ kind: 'text', text: 'One two.' }] });
    const list = blocks[2] as MdList;
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(2);
    expect(list.items[0]!.inline).toEqual([{ kind: 'strong', text: 'A.' }, { kind: 'text', text: ' first still first' }]);
    expect(list.items[0]!.children?.ordered).toBe(false);
    expect(list.items[0]!.children?.items[0]!.inline).toEqual([{ kind: 'text', text: 'sub ' }, { kind: 'em', text: 'x' }, { kind: 'text', text: ' more' }]);
  });

  it('reads how-to-play and its Russian counterpart into the same outline', () => {
    const en = parseMarkdown(doc('how-to-play.md'));
    const ru = parseMarkdown(doc('how-to-play.ru.md'));
    expect(headings(en)).toHaveLength(headings(ru).length);
    expect(en.map((b) => b.kind)).toEqual(ru.map((b) => b.kind));
    const rounds = (blocks: Block[]) => blocks.find((b): b is MdList => b.kind === 'list')!;
    expect(rounds(ru).items).toHaveLength(rounds(en).items.length);
    expect(rounds(ru).items[1]!.children?.items).toHaveLength(rounds(en).items[1]!.children!.items.length);
    // Nothing from the files is left as Markdown syntax.
    expect(JSON.stringify(en)).not.toMatch(/\*\*|^#/m);
  });
});

/**
 * A small reader for the rules' Markdown (docs/how-to-play*.md): headings, paragraphs, ordered
 * and nested bullet lists, **bold** and *italic*. It produces plain data that the help dialog
 * renders as elements, so nothing in the file is ever inserted as HTML.
 */

export type Inline = { kind: 'text' | 'strong' | 'em'; text: string };

export interface ListItem {
  inline: Inline[];
  children: MdList | null;
}

export interface MdList {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; inline: Inline[] }
  | MdList;

/** `**bold**`, `*italic*` and text, in order; an unclosed marker stays as text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push(m[1] !== undefined ? { kind: 'strong', text: m[1] } : { kind: 'em', text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const ITEM = /^(\s*)(?:(\d+)\.|[-*])\s+(.*)$/;

interface OpenList { indent: number; list: MdList }

/** The blocks of a Markdown document, in order. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let stack: OpenList[] = [];
  // The item whose text a continuation line extends, with the raw text gathered so far.
  let open: { item: ListItem; raw: string } | null = null;

  const closeItem = () => {
    if (open) open.item.inline = parseInline(open.raw);
    open = null;
  };
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', inline: parseInline(para.join(' ')) });
    para = [];
    closeItem();
    stack = [];
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = ITEM.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[3 - 1]!.trim() });
    } else if (item) {
      if (para.length) flush();
      closeItem();
      const indent = item[1]!.length;
      const ordered = item[2] !== undefined;
      while (stack.length && stack[stack.length - 1]!.indent > indent) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.indent < indent) {
        const list: MdList = { kind: 'list', ordered, items: [] };
        const parent = top?.list.items[top.list.items.length - 1];
        if (parent) parent.children = list;
        else blocks.push(list);
        top = { indent, list };
        stack.push(top);
      }
      const li: ListItem = { inline: [], children: null };
      top.list.items.push(li);
      open = { item: li, raw: item[3]!.trim() };
    } else if (open) {
      open.raw += ` ${line.trim()}`;
    } else {
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}

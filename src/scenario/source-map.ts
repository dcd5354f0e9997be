/**
 * Finds where a path of keys and indices sits in the author's YAML or JSON text, so every issue
 * can name a line and column. A path that does not exist (a missing field) falls back to the
 * nearest parent that does.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { IssuePath } from './issues';

export interface Position {
  line: number;
  column: number;
}

/** Whether to point at a field's value (the usual case) or at its key (an unknown field). */
export type Target = 'value' | 'key';

interface Step {
  /** The node the path reaches at this step, if it has one (`title:` with no value has none). */
  node: Node | null;
  /** Where a reader should look for this step: the key for a mapping field, the node for an item. */
  offset: number;
  keyOffset: number;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

function start(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}

/** A source position lookup over one parsed document. */
export class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The line and column for a path; the nearest existing ancestor when the path is missing. */
  locate(path: IssuePath, target: Target = 'value'): Position {
    const steps = this.walk(path);
    const last = steps[steps.length - 1];
    let offset: number;
    if (last === undefined) offset = start(this.doc.contents) ?? 0;
    else if (steps.length === path.length) {
      // A whole section (a mapping or list) is best shown by its key, where the reader's eye goes.
      const isSection = last.node !== null && (isMap(last.node) || isSeq(last.node));
      const valueStart = start(last.node);
      offset = target === 'key' || isSection || valueStart === undefined ? last.keyOffset : valueStart;
    } else offset = last.offset;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  private walk(path: IssuePath): Step[] {
    const steps: Step[] = [];
    let node: Node | null = this.doc.contents as Node | null;
    for (const part of path) {
      if (node && isAlias(node)) node = (node.resolve(this.doc) as Node | undefined) ?? null;
      if (node && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(part));
        if (!pair) break;
        const keyOffset = start(pair.key as Node | null) ?? start(node) ?? 0;
        const value = (pair.value as Node | null) ?? null;
        steps.push({ node: value, offset: keyOffset, keyOffset });
        node = value;
      } else if (node && isSeq(node) && typeof part === 'number') {
        const item = (node.items[part] as Node | null | undefined) ?? null;
        const offset = start(item) ?? start(node);
        if (item === null || offset === undefined) break;
        steps.push({ node: item, offset, keyOffset: offset });
        node = item;
      } else break;
    }
    return steps;
  }
}

/**
 * Where in a scenario the cursor is, read from the text alone (the text being edited is often
 * not valid yet): the path of keys from the root, with `[]` for a list item, and whether the
 * cursor is on a field name or on a value. For the editor's completion and hover help.
 */

export interface CursorPlace {
  /** The mapping the cursor is in (for a key) or the field whose value it is on (for a value). */
  path: string[];
  /** On a field name (complete field names) or on a value (complete that field's values). */
  on: 'key' | 'value';
  /** What is typed so far of the word at the cursor. */
  prefix: string;
  /** Where that word starts, as an offset into the text. */
  from: number;
}

const KEY = /^([A-Za-z_$][\w$-]*)\s*:/;

/** A YAML line's list dashes and the key after them: `  - - id: x` has dashes at 2 and 4, key at 6. */
function lineShape(line: string): { dashes: number[]; keyCol: number; key: string | null } {
  const dashes: number[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
      dashes.push(i);
      i += 1;
    } else break;
  }
  const m = KEY.exec(line.slice(i));
  return { dashes, keyCol: i, key: m ? m[1]! : null };
}

/** The keys of the `{ ... }` and `[ ... ]` still open before the cursor on one line (flow style). */
function flowPath(before: string): { path: string[]; rest: string } | null {
  const stack: string[] = [];
  let last = 0;
  let opened = false;
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') {
      const key = /([A-Za-z_$][\w$-]*)\s*:\s*$/.exec(before.slice(last, i))?.[1];
      stack.push(...(key ? [key] : []), ...(ch === '[' ? ['[]'] : []));
      last = i + 1;
      opened = true;
    } else if (ch === '}' || ch === ']') {
      // A closed flow collection leaves the path as it was before it opened.
      return null;
    } else if (ch === ',') last = i + 1;
  }
  return opened ? { path: stack, rest: before.slice(last) } : null;
}

export function yamlPlace(text: string, pos: number): CursorPlace {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  const lines = text.slice(0, lineStart).split('\n');
  const here = lineShape(before);
  const parents: string[] = [];
  let indent = here.keyCol;
  for (let k = here.dashes.length - 1; k >= 0; k--) parents.unshift('[]');
  if (here.dashes.length) indent = here.dashes[0]!;
  for (let n = lines.length - 1; n >= 0 && indent > 0; n--) {
    const line = lines[n]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const s = lineShape(line);
    if (s.key === null && !s.dashes.length) continue;
    if (s.key !== null && s.keyCol < indent) {
      parents.unshift(s.key);
      indent = s.keyCol;
    }
    if (s.keyCol <= indent || s.key === null) {
      for (let k = s.dashes.length - 1; k >= 0; k--) {
        if (s.dashes[k]! < indent) {
          parents.unshift('[]');
          indent = s.dashes[k]!;
        }
      }
    }
  }
  const flow = flowPath(before.slice(here.keyCol));
  const path = flow ? [...parents, ...flow.path] : parents;
  const rest = flow ? flow.rest : before.slice(here.keyCol);
  const word = /[\w$-]*$/.exec(rest)![0];
  const keyed = KEY.exec(rest.trimStart());
  if (keyed) return { path: [...path, keyed[1]!], on: 'value', prefix: word, from: pos - word.length };
  return { path, on: 'key', prefix: word, from: pos - word.length };
}

/** The same for JSON, by a small scan that skips strings and tracks open objects and arrays. */
export function jsonPlace(text: string, pos: number): CursorPlace {
  const stack: Array<{ key: string | null; list: boolean }> = [];
  let pendingKey: string | null = null;
  let lastString: string | null = null;
  let afterColon = false;
  let i = 0;
  for (; i < pos; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const start = i + 1;
      i++;
      while (i < pos && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (i >= pos) {
        const prefix = text.slice(start, pos);
        const path = pathOf(stack);
        if (afterColon) return { path: [...path, pendingKey ?? ''], on: 'value', prefix, from: start };
        return { path, on: stack.at(-1)?.list ? 'value' : 'key', prefix, from: start };
      }
      lastString = text.slice(start, i);
    } else if (ch === ':') {
      pendingKey = lastString;
      afterColon = true;
    } else if (ch === '{' || ch === '[') {
      stack.push({ key: afterColon ? pendingKey : null, list: ch === '[' });
      afterColon = false;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      afterColon = false;
    } else if (ch === ',') afterColon = false;
  }
  const word = /[\w$-]*$/.exec(text.slice(0, pos))![0];
  const path = pathOf(stack);
  if (afterColon) return { path: [...path, pendingKey ?? ''], on: 'value', prefix: word, from: pos - word.length };
  return { path, on: stack.at(-1)?.list ? 'value' : 'key', prefix: word, from: pos - word.length };
}

/** The path of the innermost open container: each container's key in its parent, `[]` inside a list. */
function pathOf(stack: ReadonlyArray<{ key: string | null; list: boolean }>): string[] {
  const out: string[] = [];
  for (let k = 1; k < stack.length; k++) out.push(stack[k - 1]!.list ? '[]' : stack[k]!.key ?? '');
  if (stack.at(-1)?.list) out.push('[]');
  return out;
}

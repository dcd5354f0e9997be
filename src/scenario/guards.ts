/**
 * Checks on the raw text before any parsing: files that are too large, binary or not text at
 * all get one clear sentence instead of a cascade of YAML errors.
 */
import type { Wording } from './issues';

/** The largest scenario file accepted, in bytes of UTF-8: the default scenario is well under 200 KB. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

/** A problem with the file as a whole, with the offset it was found at (when it has one). */
export interface TextProblem extends Wording {
  code: string;
  message: string;
  offset: number;
}

/** The UTF-8 length of a string without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A file too large to be a scenario, judged on its size in bytes. */
export function sizeProblem(bytes: number): TextProblem | undefined {
  if (bytes <= MAX_SCENARIO_BYTES) return undefined;
  const size = megabytes(bytes);
  const limit = megabytes(MAX_SCENARIO_BYTES);
  return {
    code: 'file-too-large',
    message: `the file is ${size} MB, larger than the ${limit} MB a scenario may be; is it the right file?`,
    offset: 0,
    params: { size, limit },
  };
}

/** Deeper than any scenario needs (the deepest real path is about 8 levels); see `nestingProblem`. */
export const MAX_NESTING = 64;
/** How far right a line's content may start, after its indentation and any `- ` or `? ` indicators. */
const MAX_CONTENT_COLUMN = 160;

/** Where a line's content starts once its indentation and block indicators (`- - `, `? `) are skipped. */
function contentColumn(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    const c = text[i];
    const next = text[i + 1];
    if ((c === '-' || c === '?' || c === ':') && (next === ' ' || next === '\t')) i += 2;
    else return i - from;
  }
}

/**
 * Absurdly deep nesting, found by a linear scan before the YAML parser recurses into it: a
 * stack overflow inside the parser can leave the JavaScript engine unable to compile regular
 * expressions later, which takes the whole page or process down. Brackets inside quoted texts
 * are counted too; only a text with dozens of unclosed brackets could trip that.
 */
export function nestingProblem(text: string): TextProblem | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (i === 0 || text.charCodeAt(i - 1) === 0x0a) {
      const column = contentColumn(text, i);
      if (column > MAX_CONTENT_COLUMN) {
        return {
          code: 'too-deep',
          message: `a line is indented (or nested with - or ?) more than ${MAX_CONTENT_COLUMN} columns deep; a scenario never nests that deep`,
          offset: i,
          params: { max: MAX_CONTENT_COLUMN },
          variant: 'indent',
        };
      }
    }
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
    if (depth > MAX_NESTING) {
      return {
        code: 'too-deep',
        message: `the file nests [ ] or { } more than ${MAX_NESTING} levels deep; a scenario never nests that deep`,
        offset: i,
        params: { max: MAX_NESTING },
        variant: 'brackets',
      };
    }
  }
  return undefined;
}

/** The first problem with the text as a whole: too large, binary, badly encoded, empty or absurdly deep. */
export function textProblem(text: string): TextProblem | undefined {
  // Every UTF-16 unit is at least one byte, so only a long text needs counting.
  const size = text.length > MAX_SCENARIO_BYTES ? text.length : text.length * 3 > MAX_SCENARIO_BYTES ? utf8Length(text) : 0;
  const tooLarge = sizeProblem(size);
  if (tooLarge) return tooLarge;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      code: 'binary-content',
      message: 'the file contains binary data (a NUL byte), not text; save the scenario as plain UTF-8 text (.yaml or .json)',
      offset: nul,
      params: {},
    };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return {
      code: 'invalid-encoding',
      message: 'the file is not valid UTF-8 text (some bytes here cannot be read as letters); save it with the UTF-8 encoding (in most editors: Save with Encoding, UTF-8)',
      offset: bad,
      params: {},
    };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { code: 'empty-file', message: 'the file is empty; a scenario starts with meta:, calendar: and delegations:', offset: 0, params: {} };
  }
  return nestingProblem(text);
}

/** The 1-based line and column of an offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

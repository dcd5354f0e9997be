/**
 * Reads a scenario file (YAML or JSON) into a validated `Scenario`, or into a list of located,
 * plain-English issues. Never throws: the game calls it on whatever file a user drops in.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { positionOf, textProblem } from './guards';
import { fileError, formatPath, type ScenarioIssue, type ScenarioResult, type UnlocatedIssue, type Wording, wordingOf } from './issues';
import { ScenarioSchema } from './schema';
import { jsonSyntaxProblem } from './json-syntax';
import { fieldsAt } from './schema-walk';
import { checkScenario } from './semantic';
import { SourceMap, type Target } from './source-map';
import { convertIssue, DEFAULT_MESSAGE } from './zod-messages';

/** Aliases a file may expand; more is a "billion laughs" file, not a scenario. */
const MAX_ALIASES = 1000;

/** The paths of the keys that start at the given offsets, found in one walk, for naming duplicated keys. */
function keyPaths(doc: Document, offsets: ReadonlySet<number>): Map<number, (string | number)[]> {
  const found = new Map<number, (string | number)[]>();
  if (offsets.size === 0) return found;
  visit(doc, {
    Pair(_, pair, ancestors) {
      const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (at === undefined || !offsets.has(at) || !isScalar(pair.key)) return;
      const path: (string | number)[] = [];
      ancestors.forEach((node, i) => {
        const next = ancestors[i + 1];
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node) && next) path.push(node.items.indexOf(next as never));
      });
      found.set(at, [...path, String(pair.key.value)]);
    },
  });
  return found;
}

/** One of yaml's errors, reworded: the English sentence and what renders it in another language. */
interface YamlWording extends Wording {
  message: string;
  variant: string;
}

/**
 * yaml's wording for the mistakes authors make most, rephrased for people who do not know
 * YAML. `lastLine` is where the error's range ends, when that is a later line.
 */
function plainYamlMessage(code: string, message: string, line: number, lastLine: number): YamlWording {
  const first = message.split('\n')[0] ?? '';
  const unclosed = /end with an? ([\]}])/.exec(first);
  if (unclosed) {
    const close = unclosed[1]!;
    const open = close === ']' ? '[' : '{';
    return { message: `a ${open} is not closed with ${close} (or the line after it is not indented enough)`, variant: 'unclosed', params: { open, close } };
  }
  if (code === 'TAB_AS_INDENT') return { message: 'a tab is used for indentation; indent with spaces only', variant: 'tab', params: {} };
  if (/must start at the same column/.test(first)) {
    return {
      message: 'this line does not line up with the ones above it: the fields of one mapping (or the items of one list) must start at the same column',
      variant: 'column',
      params: {},
    };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    return lastLine > line
      ? {
          message: `lines ${line} and ${lastLine} do not fit together: the second is indented more than the first, or the first is missing a colon`,
          variant: 'lines',
          params: { line, lastLine },
        }
      : { message: 'a field cannot start here: is a colon missing, or is a text with ": " in it not in quotes?', variant: 'key', params: {} };
  }
  if (code === 'BAD_INDENT') {
    return { message: 'the indentation does not fit here: a line is indented more (or less) than the fields around it', variant: 'indent', params: {} };
  }
  // yaml's own sentence stays English in every language: it is the parser's, not ours.
  const detail = `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  return { message: `the file is not valid YAML here: ${detail}`, variant: 'other', params: { detail } };
}

function yamlIssue(file: string, e: YAMLError, lines: LineCounter, keys?: Map<number, (string | number)[]>, lastLine = 0): ScenarioIssue {
  const pos = lines.linePos(e.pos[0]);
  const isDuplicate = e.code === 'DUPLICATE_KEY';
  const keyPath = isDuplicate ? keys?.get(e.pos[0]) : undefined;
  const warning = e.name === 'YAMLWarning';
  const plain = plainYamlMessage(e.code, e.message, pos.line, lastLine);
  let wording: Wording = { params: plain.params, variant: plain.variant };
  let message = warning ? `YAML warning: ${plain.message}` : plain.message;
  if (isDuplicate) {
    message = keyPath
      ? `${formatPath(keyPath)} is given twice in the same mapping; write each field once`
      : 'a key is given twice in the same mapping; write each field once';
    wording = keyPath ? { params: { path: formatPath(keyPath) } } : { params: {}, variant: 'unnamed' };
  }
  return {
    file,
    line: pos.line,
    column: pos.col,
    path: keyPath ? formatPath(keyPath) : '',
    code: isDuplicate ? 'duplicate-key' : warning ? 'yaml-warning' : 'yaml-syntax',
    message,
    severity: warning ? 'warning' : 'error',
    ...wordingOf(wording),
  };
}

function syntaxErrors(file: string, doc: Document, lines: LineCounter): ScenarioIssue[] {
  const duplicates = new Set(doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]));
  const keys = keyPaths(doc, duplicates);
  // Errors that start together describe one mistake; the furthest end shows which lines are involved.
  const lastLine = new Map<number, number>();
  for (const e of doc.errors) {
    const end = lines.linePos(Math.max(e.pos[0], e.pos[1] - 1)).line;
    lastLine.set(e.pos[0], Math.max(end, lastLine.get(e.pos[0]) ?? 0));
  }
  const all = doc.errors.map((e) => yamlIssue(file, e, lines, keys, lastLine.get(e.pos[0])));
  // After the first real syntax error the parser is guessing; duplicate keys are independent.
  const firstSyntax = all.find((i) => i.code !== 'duplicate-key');
  return all.filter((i) => i.code === 'duplicate-key' || i === firstSyntax);
}

function aliasError(file: string, doc: Document, lines: LineCounter, reason: string): ScenarioResult {
  const unresolved = /Unresolved alias.*: (.+)$/.exec(reason)?.[1];
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (offset === undefined && (unresolved === undefined || node.source === unresolved)) offset = node.range?.[0];
    },
  });
  const { line, col } = lines.linePos(offset ?? 0);
  if (unresolved) {
    const message = `the file uses *${unresolved}, but no &${unresolved} anchor comes before it`;
    return fileError(file, 'yaml-alias', message, line, col, { params: { alias: unresolved }, variant: 'unresolved' });
  }
  const message = `the file's anchors and aliases (& and *) expand to too much data to be a scenario (${reason})`;
  return fileError(file, 'yaml-alias', message, line, col, { params: { reason }, variant: 'too-much' });
}

function sortByPlace(issues: ScenarioIssue[]): ScenarioIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

function locator(file: string, map: SourceMap) {
  return (issue: UnlocatedIssue & { target?: Target }): ScenarioIssue => {
    const { line, column } = map.locate(issue.path, issue.target ?? 'value');
    const { code, message, severity } = issue;
    return { file, line, column, path: formatPath(issue.path), code, message, severity, ...wordingOf(issue) };
  };
}

function parseUnchecked(source: string, file: string): ScenarioResult {
  const problem = textProblem(source);
  if (problem) {
    const { line, column } = positionOf(source, problem.offset);
    return fileError(file, problem.code, problem.message, line, column, problem);
  }
  const text = source.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(file)) {
    const bad = jsonSyntaxProblem(text);
    if (bad) {
      const { line, column } = positionOf(text, bad.offset);
      return fileError(file, 'json-syntax', bad.message, line, column, bad);
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const yamlWarnings = doc.warnings.map((w) => yamlIssue(file, w, lines));
  if (doc.errors.length > 0) return { ok: false, errors: syntaxErrors(file, doc, lines), warnings: yamlWarnings };
  const contents = doc.contents;
  if (contents === null) {
    const message = 'the file has no content, only comments; a scenario starts with meta:, calendar: and delegations:';
    return fileError(file, 'empty-file', message, 1, 1, { params: {}, variant: 'comments' });
  }
  if (!isMap(contents)) {
    const list = isSeq(contents);
    const { line, col } = lines.linePos(contents.range?.[0] ?? 0);
    const message = `the file must be a mapping of sections (meta:, calendar:, delegations: ...); found ${list ? 'a list' : 'a single value'}`;
    return fileError(file, 'not-a-mapping', message, line, col, { params: {}, variant: list ? 'list' : 'value' });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return aliasError(file, doc, lines, e instanceof Error ? e.message : String(e));
  }
  const map = new SourceMap(doc, lines);
  const locate = locator(file, map);
  const parsed = ScenarioSchema.safeParse(data, { error: () => DEFAULT_MESSAGE });
  if (!parsed.success) {
    const fields = (path: readonly (string | number)[]) => fieldsAt(data, path);
    const shape = parsed.error.issues.flatMap((i) => convertIssue(i, data, fields));
    // "titel is not a field; did you mean title?" already explains why title is missing.
    const explained = new Set(shape.flatMap((i) => (i.meant ? [formatPath(i.meant)] : [])));
    const seen = new Set<string>();
    const errors = shape
      .filter((i) => {
        const key = `${formatPath(i.path)}|${i.message}`;
        if (seen.has(key) || (i.code === 'missing-field' && explained.has(formatPath(i.path)))) return false;
        seen.add(key);
        return true;
      })
      .map(locate);
    return { ok: false, errors: sortByPlace(errors), warnings: yamlWarnings };
  }
  const found = checkScenario(parsed.data).map(locate);
  const errors = sortByPlace(found.filter((i) => i.severity === 'error'));
  const warnings = [...yamlWarnings, ...sortByPlace(found.filter((i) => i.severity === 'warning'))];
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, scenario: parsed.data, warnings };
}

/**
 * Parses and checks a scenario from its text. `fileName` only labels the issues (and may be any
 * name the user's file had). A name ending in `.json` is checked as strict JSON first (JSON is
 * also YAML, but YAML accepts trailing commas and comments that JSON tools refuse).
 */
export function parseScenario(source: string, fileName: string): ScenarioResult {
  try {
    return parseUnchecked(typeof source === 'string' ? source : String(source), fileName);
  } catch (e) {
    // Only a bug in the checker gets here; the player still gets a sentence, not a crash.
    const reason = e instanceof Error ? e.message : String(e);
    const message = `the checker failed on this file (${reason}); please report it with the file attached`;
    return fileError(fileName, 'internal-error', message, 1, 1, { params: { reason } });
  }
}

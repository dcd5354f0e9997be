/**
 * Reads a scenario file (YAML or JSON) into a validated `Scenario`, or into a list of located,
 * plain-English issues. Never throws: the game calls it on whatever file a user drops in.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { positionOf, textProblem } from './guards';
import { fileError, formatPath, type ScenarioIssue, type ScenarioResult, type UnlocatedIssue } from './issues';
import { ScenarioSchema } from './schema';
import { fieldsAt } from './schema-walk';
import { checkScenario } from './semantic';
import { SourceMap, type Target } from './source-map';
import { convertIssue, DEFAULT_MESSAGE } from './zod-messages';

/** Aliases a file may expand; more is a "billion laughs" file, not a scenario. */
const MAX_ALIASES = 1000;

/** The path and name of the key that starts at an offset, for naming a duplicated key. */
function keyAt(doc: Document, offset: number): { path: (string | number)[]; key: string } | undefined {
  let hit: { path: (string | number)[]; key: string } | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (hit || !isScalar(pair.key) || pair.key.range?.[0] !== offset) return;
      const path: (string | number)[] = [];
      ancestors.forEach((node, i) => {
        const next = ancestors[i + 1];
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node) && next) path.push(node.items.indexOf(next as never));
      });
      const key = String(pair.key.value);
      hit = { path: [...path, key], key };
      return visit.BREAK;
    },
  });
  return hit;
}

function yamlIssue(file: string, e: YAMLError, lines: LineCounter, doc?: Document): ScenarioIssue {
  const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
  // The yaml package appends " at line L, column C:" and a code frame; we report those ourselves.
  const first = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const duplicate = e.code === 'DUPLICATE_KEY' ? keyAt(doc!, e.pos[0]) : undefined;
  return {
    file,
    line: pos.line,
    column: pos.col,
    path: duplicate ? formatPath(duplicate.path) : '',
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : e.name === 'YAMLWarning' ? 'yaml-warning' : 'yaml-syntax',
    message: duplicate
      ? `${formatPath(duplicate.path)} is given twice in the same mapping; write each field once`
      : e.code === 'DUPLICATE_KEY'
        ? 'a key is given twice in the same mapping; write each field once'
        : `the file is not valid YAML here: ${first.charAt(0).toLowerCase()}${first.slice(1)}`,
    severity: e.name === 'YAMLWarning' ? 'warning' : 'error',
  };
}

function syntaxErrors(file: string, doc: Document, lines: LineCounter): ScenarioIssue[] {
  const all = doc.errors.map((e) => yamlIssue(file, e, lines, doc));
  // After the first real syntax error the parser is guessing; duplicate keys are independent.
  const firstSyntax = all.find((i) => i.code !== 'duplicate-key');
  return all.filter((i) => i.code === 'duplicate-key' || i === firstSyntax);
}

function aliasError(file: string, doc: Document, lines: LineCounter, reason: string): ScenarioResult {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (offset === 0) offset = node.range?.[0] ?? 0;
    },
  });
  const { line, col } = lines.linePos(offset);
  return fileError(file, 'yaml-alias', `the file's anchors and aliases (& and *) cannot be expanded: ${reason}`, line, col);
}

function sortByPlace(issues: ScenarioIssue[]): ScenarioIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

function locator(file: string, map: SourceMap) {
  return (issue: UnlocatedIssue & { target?: Target }): ScenarioIssue => {
    const { line, column } = map.locate(issue.path, issue.target ?? 'value');
    return { file, line, column, path: formatPath(issue.path), code: issue.code, message: issue.message, severity: issue.severity };
  };
}

function parseUnchecked(source: string, file: string): ScenarioResult {
  const problem = textProblem(source);
  if (problem) {
    const { line, column } = positionOf(source, problem.offset);
    return fileError(file, problem.code, problem.message, line, column);
  }
  const text = source.replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const yamlWarnings = doc.warnings.map((w) => yamlIssue(file, w, lines));
  if (doc.errors.length > 0) return { ok: false, errors: syntaxErrors(file, doc, lines), warnings: yamlWarnings };
  const contents = doc.contents;
  if (contents === null) return fileError(file, 'empty-file', 'the file has no content, only comments; a scenario starts with meta:, calendar: and delegations:');
  if (!isMap(contents) || isAlias(contents)) {
    const found = isSeq(contents) ? 'a list' : 'a single value';
    const { line, col } = lines.linePos(contents.range?.[0] ?? 0);
    return fileError(file, 'not-a-mapping', `the file must be a mapping of sections (meta:, calendar:, delegations: ...); found ${found}`, line, col);
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
    const seen = new Set<string>();
    const errors = parsed.error.issues
      .flatMap((i) => convertIssue(i, data, fields))
      .filter((i) => {
        const key = `${formatPath(i.path)}|${i.message}`;
        if (seen.has(key)) return false;
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
 * name the user's file had); the format is detected from the text, since JSON is valid YAML.
 */
export function parseScenario(source: string, fileName: string): ScenarioResult {
  try {
    return parseUnchecked(typeof source === 'string' ? source : String(source), fileName);
  } catch (e) {
    // Only a bug in the checker gets here; the player still gets a sentence, not a crash.
    const reason = e instanceof Error ? e.message : String(e);
    return fileError(fileName, 'internal-error', `the checker failed on this file (${reason}); please report it with the file attached`);
  }
}

/**
 * What the scenario checker reports: located issues with a stable code and a plain sentence,
 * and a `Result` in the chessops style instead of exceptions.
 */
import type { Scenario } from './schema';

export type Severity = 'error' | 'warning';

/** An issue's parameters: the text and numbers its message template fills in. */
export type IssueParams = Record<string, string | number>;

/**
 * What renders an issue in another language: the values its sentence names (path, ids,
 * numbers, what was found) and, when one code words several situations, which one it is.
 */
export interface Wording {
  params?: IssueParams;
  variant?: string;
}

/** One finding, located in the author's file. Lines and columns are 1-based. */
export interface ScenarioIssue extends Wording {
  file: string;
  line: number;
  column: number;
  /** Where in the scenario, like `delegations[4].trust.IND`; empty for the whole file. */
  path: string;
  /** A stable id such as `unknown-delegation`, for tests and for looking the problem up in the guide. */
  code: string;
  /** A plain English sentence an instructor can act on. */
  message: string;
  severity: Severity;
}

/**
 * The id of an issue's message template: its code, or `code.variant` when one code has
 * several sentences. Codes are pinned by tests and the guide, so variants refine them instead.
 */
export function messageId(issue: { code: string; variant?: string }): string {
  return issue.variant === undefined ? issue.code : `${issue.code}.${issue.variant}`;
}

/** Only the wording parts that are set, so issues without them keep their exact old shape. */
export function wordingOf({ params, variant }: Wording): Wording {
  return { ...(params && { params }), ...(variant !== undefined && { variant }) };
}

export type ScenarioResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

/** A path as a list of keys and array indices, the way zod and the YAML document address nodes. */
export type IssuePath = readonly (string | number)[];

/** A finding before it is located in the source text. */
export interface UnlocatedIssue extends Wording {
  path: IssuePath;
  code: string;
  message: string;
  severity: Severity;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Renders a path the way authors read it: `delegations[4].trust.IND`, `meta["odd key"]`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The one-line form the command-line checker prints: `file:line:column  path  message`. */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path === '' ? '(file)' : issue.path;
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}:${issue.column}  ${where}  ${prefix}${issue.message}`;
}

/** A failed result holding a single file-level error, for problems found before any parsing. */
export function fileError(file: string, code: string, message: string, line = 1, column = 1, wording: Wording = {}): ScenarioResult {
  return { ok: false, errors: [{ file, line, column, path: '', code, message, severity: 'error', ...wordingOf(wording) }], warnings: [] };
}

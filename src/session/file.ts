/**
 * The session file: a classroom session exported as JSON, to move it to another computer or
 * keep it, and read back with every check a stored save gets. Reading never throws.
 */
import { checkSession, type CheckedSession, type ScenarioResolver, type SessionResult } from './check';
import type { SessionRecord } from './record';

/** Larger than any real session (a whole default game with its scenario is well under 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The record as the text of a session file. */
export function makeSessionFile(record: SessionRecord): string {
  return `${JSON.stringify(record, null, 1)}\n`;
}

/** A file name that says what the file is and when it was saved: `cica-session-preventive-diplomacy-2026-03-01-1405.json`. */
export function sessionFileName(record: SessionRecord): string {
  const scenario = record.scenario.kind === 'bundled' ? record.scenario.id : record.scenario.fileName.replace(/\.[^.]*$/, '');
  const slug = scenario.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'scenario';
  const at = new Date(record.savedAt);
  const stamp = Number.isNaN(at.getTime()) ? '' : `-${at.toISOString().slice(0, 16).replace('T', '-').replace(':', '')}`;
  return `cica-session-${slug}${stamp}.json`;
}

/** Reads a session file's text: JSON, a session record of a version this game reads, its scenario, its log. */
export function readSessionFile(text: string, resolve: ScenarioResolver): SessionResult<CheckedSession> {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large', megabytes: Math.round(text.length / 1024 / 1024) } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  return checkSession(data, resolve);
}

/**
 * Loads a scenario for the Node scripts (`simulate`, `balance`, `bench`, `scenario`): from a file
 * path, or from a bundled id such as `road-to-the-charter` (read from scenarios/<id>.yaml).
 * Returns the same `ScenarioResult` as the game's loader and never throws.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizeProblem } from '../../src/scenario/guards';
import { fileError, type ScenarioResult } from '../../src/scenario/issues';
import { parseScenarioBytes } from '../../src/scenario/load';

/** The repository's scenarios/ folder, found from this file so scripts work from any directory. */
export const SCENARIOS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

const BUNDLED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids of the scenarios in scenarios/*.yaml, sorted. */
export function bundledScenarioIds(): string[] {
  try {
    return readdirSync(SCENARIOS_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
  } catch {
    return [];
  }
}

function reasonFor(error: unknown): { code: string; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { code: 'file-not-found', message: 'the file does not exist' };
  if (code === 'EISDIR') return { code: 'not-a-file', message: 'this is a folder, not a scenario file' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable-file', message: 'the file cannot be read (permission denied)' };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'unreadable-file', message: `the file cannot be read (${detail})` };
}

/** Reads and checks one scenario file; the path labels every issue exactly as given. */
export function loadScenarioPath(path: string): ScenarioResult {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileError(path, 'not-a-file', 'this is a folder, not a scenario file');
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) return fileError(path, tooLarge.code, tooLarge.message);
    return parseScenarioBytes(readFileSync(path), path);
  } catch (error) {
    const { code, message } = reasonFor(error);
    return fileError(path, code, message);
  }
}

/**
 * Loads a scenario by file path or bundled id. A bare id (no slash, no extension) that is not an
 * existing file is looked up in scenarios/; anything else is read as a path.
 */
export function loadScenario(ref: string): ScenarioResult {
  if (BUNDLED_ID.test(ref) && !existsSync(ref)) {
    const file = join(SCENARIOS_DIR, `${ref}.yaml`);
    if (existsSync(file)) return loadScenarioPath(relative(process.cwd(), file) || file);
    const known = bundledScenarioIds();
    const list = known.length > 0 ? `the bundled ones are ${known.join(', ')}` : 'no scenarios are bundled yet';
    return fileError(ref, 'unknown-scenario', `there is no file or bundled scenario called "${ref}"; ${list}`);
  }
  return loadScenarioPath(ref);
}

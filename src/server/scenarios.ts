/**
 * Scenarios on the server: the bundled ones read from `scenarios/` on disk (the browser build
 * bundles the same files), and uploaded ones, which go through the same checker as any file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../scenario/parse';
import type { ScenarioResult } from '../scenario/issues';
import type { Scenario } from '../scenario/schema';
import type { SessionScenarioSource } from '../session/record';

/** Larger than any real scenario (the bundled ones are under 200 kB). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

export interface ScenarioLibrary {
  ids(): string[];
  resolve(source: SessionScenarioSource): ScenarioResult;
}

function fileProblem(file: string, code: string, message: string): ScenarioResult {
  return { ok: false, errors: [{ file, line: 1, column: 1, path: '', code, message, severity: 'error' }], warnings: [] };
}

export function scenarioLibrary(dir: string): ScenarioLibrary {
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) texts.set(f.replace(/\.yaml$/, ''), readFileSync(join(dir, f), 'utf8'));
  // Parsing a scenario costs milliseconds: every session of the same source shares one.
  const cache = new Map<string, ScenarioResult>();
  const parse = (key: string, text: string, fileName: string): ScenarioResult => {
    let r = cache.get(key);
    if (!r) {
      r = parseScenario(text, fileName);
      if (cache.size > 50) cache.clear();
      cache.set(key, r);
    }
    return r;
  };
  return {
    ids: () => [...texts.keys()],
    resolve(source) {
      if (source.kind === 'bundled') {
        const text = texts.get(source.id);
        if (text === undefined) return fileProblem(source.id, 'unknown-scenario', `No bundled scenario is called "${source.id}".`);
        return parse(`b:${source.id}`, text, `${source.id}.yaml`);
      }
      if (source.text.length > MAX_SCENARIO_BYTES) {
        return fileProblem(source.fileName, 'file-too-large', `The file is larger than ${MAX_SCENARIO_BYTES / 1024} kB.`);
      }
      return parse(`f:${source.fileName}:${source.text}`, source.text, source.fileName);
    },
  };
}

export type { Scenario };

/**
 * A Vite plugin that checks the bundled scenarios at build time and hands the game their parsed
 * form: `virtual:bundled-scenarios` exports each scenarios/*.yaml file's id, file name and the
 * result of the same `parseScenario` a loaded file goes through (YAML, zod, semantic checks).
 * The start page then parses no YAML: about 300 ms of yaml and zod on a 2-core machine. A
 * scenario with errors stops the build, naming the file, line and column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../../src/scenario/issues';
import { parseScenario } from '../../src/scenario/parse';

export const BUNDLED_SCENARIOS_ID = 'virtual:bundled-scenarios';
const RESOLVED = `\0${BUNDLED_SCENARIOS_ID}`;

/** What the virtual module holds for one scenario file. */
export interface PrebuiltScenario {
  id: string;
  fileName: string;
  result: ReturnType<typeof parseScenario>;
}

/** Parses every `*.yaml` file of a folder, sorted by file name. */
export function prebuildScenarios(dir: string): PrebuiltScenario[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((fileName) => ({
    id: fileName.replace(/\.yaml$/, ''),
    fileName,
    result: parseScenario(readFileSync(join(dir, fileName), 'utf8'), fileName),
  }));
}

export function bundledScenariosPlugin(root: string): Plugin {
  const dir = resolve(root, 'scenarios');
  return {
    name: 'cica-bundled-scenarios',
    resolveId(id) {
      return id === BUNDLED_SCENARIOS_ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const all = prebuildScenarios(dir);
      for (const s of all) this.addWatchFile(join(dir, s.fileName));
      const broken = all.flatMap((s) => (s.result.ok ? [] : s.result.errors.map(formatIssue)));
      if (broken.length > 0) this.error(`bundled scenarios do not pass the checker:\n${broken.join('\n')}`);
      // JSON.parse of a string literal is faster for engines than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(all))});`;
    },
  };
}

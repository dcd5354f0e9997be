/**
 * The confidential text of a bundled scenario, for checking that a screen shows none of it:
 * every delegation's confidential brief and secret objectives, in English and Russian.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenario } from '../../../src/scenario/parse';
import type { Scenario, Text } from '../../../src/scenario/schema';

export function bundledScenario(id: string): Scenario {
  const file = `${id}.yaml`;
  const r = parseScenario(readFileSync(resolve(import.meta.dirname, '../../../scenarios', file), 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load: ${r.errors[0]?.message}`);
  return r.scenario;
}

const texts = (t: Text): string[] => (typeof t === 'string' ? [t] : [t.en, ...(t.ru ? [t.ru] : [])]);

/** Distinctive pieces (the first 60 characters) of every confidential text, with whose they are. */
export function confidentialSnippets(scenario: Scenario): Array<{ delegation: string; text: string }> {
  return scenario.delegations.flatMap((d) =>
    [...texts(d.brief.confidential), ...d.objectives.flatMap((o) => texts(o.text))]
      .map((text) => ({ delegation: d.id, text: text.replace(/\s+/g, ' ').trim().slice(0, 60) })));
}

/** The confidential snippets found in a page's text or markup. */
export function leaks(html: string, snippets: ReadonlyArray<{ delegation: string; text: string }>): string[] {
  const flat = html.replace(/\s+/g, ' ');
  return snippets.filter((s) => flat.includes(s.text)).map((s) => `${s.delegation}: ${s.text}`);
}

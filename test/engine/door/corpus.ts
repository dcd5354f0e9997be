/**
 * The fuzz seed corpus (test/engine/fuzz-corpus/*.json): every hostile case found stays found.
 * A case is either a whole `action`, or a `base` action type whose first legal instance in an
 * AI game of `scenario` and `seed` gets the fields in `set` (dot paths into the action; a value
 * `{"$number": "Infinity"}` stands for what JSON cannot hold, `{"$delete": true}` removes the
 * field). `expect` is the rejection it must get.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Action, ActionType, GameState } from '../../../src/engine';
import { createGame } from '../../../src/engine';
import { bundled, firstLegal } from './games';
import { defineField } from './hostile';
import type { Scenario } from '../../../src/scenario/schema';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fuzz-corpus');

export interface CorpusCase {
  name: string;
  found?: string;
  scenario: string;
  seed: number;
  base?: ActionType;
  set?: Record<string, unknown>;
  action?: unknown;
  expect: { code: string; field?: string; problem?: string };
}

export function corpus(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as Omit<CorpusCase, 'name'>) }));
}

const DELETE = Symbol('delete');

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$number === 'string' && Object.keys(o).length === 1) return Number(o.$number);
    if (o.$delete === true && Object.keys(o).length === 1) return DELETE;
    const out = {};
    for (const [k, x] of Object.entries(o)) defineField(out, k, decode(x));
    return out;
  }
  return v;
}

/** The case's scenario, the state to try it in, and the action to send. */
export function materialise(c: CorpusCase): { scenario: Scenario; state: GameState; action: unknown; log: readonly Action[] } {
  const scenario = bundled(c.scenario);
  if (!c.base) return { scenario, state: createGame(scenario, c.seed), action: decode(c.action), log: [] };
  const hit = firstLegal(scenario, c.seed, c.base);
  if (!hit) throw new Error(`${c.name}: no ${c.base} is ever legal in ${c.scenario} with seed ${c.seed}`);
  const action = structuredClone(hit.action) as unknown as Record<string, unknown>;
  for (const [path, raw] of Object.entries(c.set ?? {})) {
    const keys = path.split('.');
    let parent = action;
    for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
    const value = decode(raw);
    if (value === DELETE) delete parent[keys.at(-1)!];
    else defineField(parent, keys.at(-1)!, value);
  }
  return { scenario, state: hit.step.state, action, log: hit.step.log.slice(0, hit.step.at) };
}

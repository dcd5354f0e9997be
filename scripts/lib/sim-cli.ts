/**
 * Arguments shared by `npm run simulate` and `npm run balance`:
 * `<scenario file or id> [--games N] [--seed S] [--json] [--difficulty easy|normal|hard] [--threads N]`.
 * `--threads` only says where the games are played; the output is the same bytes for any value.
 * Parsing returns a result instead of exiting, so the scripts and their tests share it.
 */
import { DIFFICULTIES, isDifficulty, type Difficulty } from '../../src/ai/difficulty';

export interface SimArgs {
  scenario: string;
  games: number;
  seed: number;
  json: boolean;
  difficulty: Difficulty;
  /** Worker threads to play on (1: this thread); by default one per core for 8 games or more. */
  threads: number | null;
}

export type ParsedArgs = { ok: true; args: SimArgs } | { ok: false; error: string };

export const MAX_GAMES = 10_000;
export const MAX_THREADS = 64;

function wholeNumber(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

export function parseSimArgs(argv: readonly string[], defaults: { games: number }): ParsedArgs {
  const args: SimArgs = { scenario: '', games: defaults.games, seed: 1, json: false, difficulty: 'normal', threads: null };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') {
      if (inline !== undefined) return { ok: false, error: '--json takes no value' };
      args.json = true;
    } else if (flag === '--games') {
      const n = wholeNumber(value());
      if (n === null || n < 1 || n > MAX_GAMES) return { ok: false, error: `--games takes a whole number from 1 to ${MAX_GAMES}` };
      args.games = n;
    } else if (flag === '--seed') {
      const n = wholeNumber(value());
      if (n === null || n < 0 || n > 2 ** 31) return { ok: false, error: '--seed takes a whole number from 0 to 2147483648' };
      args.seed = n;
    } else if (flag === '--threads') {
      const n = wholeNumber(value());
      if (n === null || n < 1 || n > MAX_THREADS) return { ok: false, error: `--threads takes a whole number from 1 to ${MAX_THREADS}` };
      args.threads = n;
    } else if (flag === '--difficulty') {
      const d = value();
      if (d === undefined || !isDifficulty(d)) return { ok: false, error: `--difficulty takes one of ${DIFFICULTIES.join(', ')}` };
      args.difficulty = d;
    } else if (a.startsWith('-')) {
      return { ok: false, error: `unknown option ${flag}` };
    } else positional.push(a);
  }
  if (positional.length === 0) return { ok: false, error: 'name a scenario file or a bundled scenario id' };
  if (positional.length > 1) return { ok: false, error: `one scenario at a time (got ${positional.join(', ')})` };
  args.scenario = positional[0]!;
  return { ok: true, args };
}

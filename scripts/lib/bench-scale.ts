/**
 * How per-game cost grows with the number of delegations: the three bundled scenarios (8, 14 and
 * Road to the Charter's 28 members) and a 50-delegation scenario generated from the default
 * scenario's own data. The yardstick is the trust matrix, which grows with the square of the
 * players: cost per game over players squared should not rise.
 */
import type { DelegationDef, Scenario } from '../../src/scenario/schema';
import { parseScenario } from '../../src/scenario/parse';
import { indexScenario, replay } from '../../src/engine';
import { loadScenario } from './load-scenario';
import { playTimed } from './bench-engine';
import { quantile } from './stats';

export interface ScaleFigure {
  scenario: string;
  delegations: number;
  players: number;
  actionsPerGame: number;
  /** Median engine time of a game (its log folded in place). */
  msPerGame: number;
  msPerGameWithAi: number;
  /** msPerGameWithAi per player squared, in microseconds: flat or falling is no worse than quadratic. */
  usPerPlayerSquared: number;
}

/** The sizes the issue names, each with the scenario measured for it. */
const SIZES = [
  { key: '8', id: 'preventive-diplomacy' },
  { key: '14', id: 'energy-security' },
  { key: '28', id: 'road-to-the-charter' },
] as const;

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The default scenario with member delegations added until it has `size` delegations: each copies
 * the profile, weight, energy profile and memberships of an existing member in turn, under a new
 * id, without secret objectives or trust overrides. Checked like any scenario file.
 */
export function generatedScenario(base: Scenario, size: number): Scenario {
  const taken = new Set(base.delegations.map((d) => d.id));
  const members = base.delegations.filter((d) => d.role === 'member');
  const added: DelegationDef[] = [];
  for (let i = 0; base.delegations.length + added.length < size; i++) {
    const from = members[i % members.length]!;
    let id = '';
    for (let n = i; !id || taken.has(id); n++) id = `Z${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}`;
    taken.add(id);
    added.push({ ...from, id, name: { en: `${textOf(from.name, 'en')} ${i + 2}`, ru: `${textOf(from.name, 'ru')} ${i + 2}` }, trust: {}, objectives: [], player: true });
  }
  const source = JSON.stringify({ ...base, meta: { ...base.meta, id: `generated-${size}` }, delegations: [...base.delegations, ...added] });
  const parsed = parseScenario(source, `generated-${size}.json`);
  if (!parsed.ok) throw new Error(`the generated ${size}-delegation scenario does not check: ${parsed.errors[0]?.message}`);
  return parsed.scenario;
}

function textOf(t: DelegationDef['name'], lang: 'en' | 'ru'): string {
  return typeof t === 'string' ? t : ((t as Record<string, string>)[lang] ?? Object.values(t as Record<string, string>)[0] ?? '');
}

function measure(scenario: Scenario, games: number): ScaleFigure {
  const played = playTimed(scenario, games, 101);
  const engine = played.map((g) => {
    const t0 = performance.now();
    replay(scenario, g.seed, g.actions);
    return performance.now() - t0;
  });
  const players = indexScenario(scenario).players.length;
  const withAi = quantile(played.map((g) => g.ms), 0.5);
  return {
    scenario: scenario.meta.id,
    delegations: scenario.delegations.length,
    players,
    actionsPerGame: Math.round(played.reduce((a, g) => a + g.actions.length, 0) / games),
    msPerGame: Math.round(quantile(engine, 0.5) * 100) / 100,
    msPerGameWithAi: Math.round(withAi * 10) / 10,
    usPerPlayerSquared: Math.round((withAi * 1000) / (players * players)),
  };
}

/** Per-game cost for each size, keyed by the size's label. */
export function benchScale(games: number): Record<string, ScaleFigure | { error: string }> {
  const out: Record<string, ScaleFigure | { error: string }> = {};
  let base: Scenario | null = null;
  for (const { key, id } of SIZES) {
    const loaded = loadScenario(id);
    if (!loaded.ok) {
      out[key] = { error: `${id} does not load` };
      continue;
    }
    if (id === 'road-to-the-charter') base = loaded.scenario;
    out[key] = measure(loaded.scenario, games);
  }
  try {
    if (!base) throw new Error('the default scenario does not load');
    out['50'] = measure(generatedScenario(base, 50), games);
  } catch (e) {
    out['50'] = { error: e instanceof Error ? e.message : String(e) };
  }
  return out;
}

export function scaleLines(scale: Record<string, ScaleFigure | { error: string }>): string[] {
  const lines = ['scale: per AI-only game by the number of delegations (median; the last column should stay flat or fall)'];
  for (const [key, f] of Object.entries(scale)) {
    if ('error' in f) lines.push(`  ${key.padStart(2)}: not measured (${f.error})`);
    else {
      lines.push(`  ${key.padStart(2)}: ${f.scenario.padEnd(22)} ${String(f.delegations).padStart(2)} delegations, ${String(f.players).padStart(2)} players, ${String(f.actionsPerGame).padStart(5)} actions: `
        + `engine ${f.msPerGame.toFixed(1)} ms, with the AI ${f.msPerGameWithAi.toFixed(0)} ms, ${f.usPerPlayerSquared} µs per player²`);
    }
  }
  return lines;
}

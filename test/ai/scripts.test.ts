import { describe, expect, it } from 'vitest';
import { parseSimArgs } from '../../scripts/lib/sim-cli';
import { formatSimulation, main as simulateMain, simulate, simulationReport } from '../../scripts/simulate';
import { main as balanceMain } from '../../scripts/balance';
import { balance, balanceReport, formatBalance } from '../../scripts/lib/balance-report';
import { playBalance, playRun } from '../../scripts/lib/game-pool';
import { smallScenario } from './fixtures';

describe('simulation arguments', () => {
  it.each([
    [['mini'], { scenario: 'mini', games: 10, seed: 1, json: false, difficulty: 'normal' }],
    [['x.yaml', '--games', '3', '--seed', '9', '--json', '--difficulty', 'hard'], { scenario: 'x.yaml', games: 3, seed: 9, json: true, difficulty: 'hard' }],
    [['--games=2', 'x'], { scenario: 'x', games: 2 }],
  ])('reads %j', (argv, expected) => {
    const r = parseSimArgs(argv, { games: 10 });
    expect(r.ok && r.args).toMatchObject(expected);
  });

  it.each([
    [[], 'name a scenario'],
    [['a', 'b'], 'one scenario at a time'],
    [['a', '--games', '0'], '--games'],
    [['a', '--games'], '--games'],
    [['a', '--seed', '1.5'], '--seed'],
    [['a', '--difficulty', 'insane'], '--difficulty'],
    [['a', '--fast'], 'unknown option --fast'],
    [['a', '--threads', '0'], '--threads'],
  ])('refuses %j', (argv, message) => {
    const r = parseSimArgs(argv, { games: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('answer --help with their usage, documenting --difficulty, and exit 0', () => {
    for (const [run, name] of [[simulateMain, 'simulate'], [balanceMain, 'balance']] as const) {
      const out: string[] = [];
      expect(run(['--help'], (s) => out.push(s), () => undefined)).toBe(0);
      expect(out.join('')).toContain(`usage: npm run ${name} --`);
      expect(out.join('')).toMatch(/--difficulty D\s+how the AI delegations play: easy/);
    }
  });

  it('exits with 2 and one line on stderr for bad arguments or an unknown scenario', () => {
    for (const run of [simulateMain, balanceMain]) {
      for (const argv of [['--games', 'x'], ['no-such-scenario-here']]) {
        const err: string[] = [];
        expect(run(argv, () => undefined, (s) => err.push(s))).toBe(2);
        expect(err.join('')).toMatch(/^[a-z]+: [^\n]+\n$/);
      }
    }
  });
});

describe('simulate and balance', () => {
  const s = smallScenario();
  it('print the same for the same arguments', () => {
    const args = { games: 3, seed: 5, difficulty: 'normal' as const };
    const a = formatSimulation(simulate(s, args), s);
    expect(formatSimulation(simulate(s, args), s)).toBe(a);
    expect(a).toContain('charter adopted:');
    expect(a.split('\n').filter((l) => /^\s+\d+\s/.test(l))).toHaveLength(3);
  });

  it('report the charter, cohesion, blocked measures and the lookahead check', () => {
    const r = balance(s, { games: 3, seed: 1, difficulty: 'normal' });
    expect(r.charter.track).toBe(true);
    expect(r.delegations).toHaveLength(s.delegations.filter((d) => d.role === 'member').length);
    expect(r.blocked.some((b) => b.subject === 'm2' && b.by.some((x) => x.id === 'AAA'))).toBe(true);
    expect(r.lookahead.games).toBe(3);
    expect(formatBalance(r)).toBe(formatBalance(balance(s, { games: 3, seed: 1, difficulty: 'normal' })));
  });
});

describe('simulate and balance on worker threads', () => {
  const s = smallScenario();
  it('give the same report, byte for byte, as one thread', async () => {
    const args = { games: 3, seed: 2, difficulty: 'normal' as const };
    const run = { scenario: s, seed: args.seed, difficulty: args.difficulty };
    const [sim, bal] = await Promise.all([playRun({ ...run, kind: 'simulate' }, args.games, 2), playBalance(s, args, 2)]);
    expect(sim.map((o) => o.seed)).toEqual([2, 3, 4]);
    expect(JSON.stringify(simulationReport(s, args, sim))).toBe(JSON.stringify(simulate(s, args)));
    // The pool plays the report's agency games too; the report is the one a single thread makes.
    expect(bal.agency.length).toBeGreaterThan(0);
    expect(JSON.stringify(balanceReport(s, args, bal.played, bal.agency))).toBe(JSON.stringify(balance(s, args)));
  });
});

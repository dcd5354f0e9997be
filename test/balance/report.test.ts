import { describe, expect, it } from 'vitest';
import { balance, formatBalance } from '../../scripts/lib/balance-report';
import { balanceWarnings } from '../../src/balance/warnings';
import type { BalanceDetail } from '../../src/balance/detail';
import { smallScenario } from '../ai/fixtures';

describe('the balance report says what to change', () => {
  const s = smallScenario();
  const r = balance(s, { games: 5, seed: 1, difficulty: 'normal' });

  it('tallies every measure, objective, red line, dispute and event of the scenario', () => {
    expect(r.measures.map((m) => m.id)).toEqual(s.measures.map((m) => m.id));
    for (const m of r.measures) expect(m.adopted + m.tabledNotAdopted + m.neverTabled).toBe(5);
    const rounds = r.measures.flatMap((m) => Object.keys(m.adoptedRound).map(Number));
    expect(rounds.every((n) => n >= 1 && n <= s.calendar.rounds)).toBe(true);
    expect(r.objectives.byObjective).toHaveLength(s.delegations.reduce((n, d) => n + d.objectives.length, 0));
    expect(r.redLines).toHaveLength(s.delegations.reduce((n, d) => n + d.profile.redLines.length, 0));
    expect(r.disputes.map((d) => d.id)).toEqual(s.flashpoints.map((f) => f.id));
    for (const d of r.disputes) expect(Object.values(d.finalStage).reduce((a, b) => a + b, 0)).toBe(5);
    expect(r.events.map((e) => e.id)).toEqual(s.events.map((e) => e.id));
  });

  it('records who blocked a measure, as the older "blocked" list does', () => {
    const m2 = r.measures.find((m) => m.id === 'm2')!;
    const old = r.blocked.find((b) => b.subject === 'm2');
    expect(m2.blockedBy.map((b) => b.id)).toEqual(expect.arrayContaining(old ? old.by.map((b) => b.id) : []));
    expect(m2.blocked).toBeGreaterThan(0);
  });

  it('keeps the older fields and prints the new sections in text', () => {
    expect(r).toHaveProperty('charter.percent');
    expect(r).toHaveProperty('lookahead.onTarget');
    const text = formatBalance(r);
    for (const heading of ['events (', 'measures (', 'objectives (', 'red lines (', 'disputes (', 'warnings (', 'planning ahead ("lookahead")']) expect(text).toContain(heading);
  });

  it('reports progress for every game played, ending at the total', () => {
    const seen: Array<[number, number]> = [];
    balance(s, { games: 2, seed: 1, difficulty: 'normal', onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([4, 4]);
    expect(seen.map(([d]) => d)).toEqual([1, 2, 3, 4]);
  });
});

describe('balance warnings', () => {
  const s = smallScenario();
  const empty: BalanceDetail = { events: [], measures: [], objectives: { byObjective: [] }, redLines: [], disputes: [] };

  it('calls a scenario too easy when nearly every game ends with grade A', () => {
    const w = balanceWarnings(s, 20, { A: 19, B: 1 }, empty, []);
    expect(w[0]).toMatchObject({ code: 'too-easy', params: { percent: 95 } });
    expect(w[0]!.message).toContain('too easy: grade A in 95% of games');
  });

  it('names the field of an event that never fires, a measure never tabled and an objective always met', () => {
    const detail: BalanceDetail = {
      ...empty,
      events: [{ id: 'e', path: 'events[0]', games: 0, percent: 0, meanTimes: 0, firstRound: {} }],
      measures: [{ id: 'm', path: 'measures[1]', adopted: 0, blocked: 0, tabledNotAdopted: 0, neverTabled: 10, adoptedRound: {}, blockedBy: [], implementedBy: [] }],
      objectives: { byObjective: [{ delegation: 'AAA', id: 'o', path: 'delegations[0].objectives[0]', player: true, met: 10, percent: 100 }] },
    };
    const w = balanceWarnings(s, 10, { C: 10 }, detail, []);
    expect(w.map((x) => [x.code, x.field])).toEqual([
      ['event-never-fires', 'events[0].trigger'],
      ['measure-never-tabled', 'measures[1]'],
      ['objective-always-met', 'delegations[0].objectives[0].goal'],
    ]);
  });
});

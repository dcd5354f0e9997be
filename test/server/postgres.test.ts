import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalActions, type GameState } from '../../src/engine';
import { createSession, ROOT, serverProcess, TestClient } from './harness';

// PostgreSQL is started here (installed first when missing); if it cannot be, these tests fail.
let url = '';
const procs: Array<Awaited<ReturnType<typeof serverProcess>>> = [];
const clients: TestClient[] = [];
beforeAll(() => {
  url = execFileSync('bash', [join(ROOT, 'scripts/test-postgres.sh')], { encoding: 'utf8', timeout: 300_000 }).trim().split('\n').pop()!;
}, 300_000);
afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(procs.map((p) => p.kill('SIGTERM')));
});

const PLAYERS = ['THA', 'KHM', 'MYS', 'KGZ', 'TJK', 'KAZ', 'UZB', 'CHN'];

describe('two server processes on one PostgreSQL', () => {
  it('play one session: clients on either process see every update, and no action N is written twice', async () => {
    const [a, b] = await Promise.all([serverProcess({ DATABASE_URL: url }), serverProcess({ DATABASE_URL: url })]);
    procs.push(a!, b!);
    const s = await createSession(a!.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 21, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const students = await Promise.all(PLAYERS.map(async (seat, i) => {
      const c = new TestClient((i % 2 ? b : a)!.url, { role: 'student', code: s.code }, i % 4 === 3 ? ['polling'] : ['websocket']);
      clients.push(c);
      await c.connected();
      expect((await c.call('claim', { seat })).ok).toBe(true);
      await c.until((x) => x.view?.game.viewer === seat);
      return { seat, c };
    }));
    const fac = new TestClient(b!.url, { role: 'facilitator', session: s.id, key: s.key });
    clients.push(fac);
    await fac.connected();
    // Everyone acts at once, on both processes, several times: appends race for the same index.
    let accepted = 0;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(students.map(async ({ seat, c }) => {
        const talks = legalActions(c.view!.scenario, c.game as GameState, seat).filter((x) => x.type === 'consult.talks');
        return talks[round] ? c.act(talks[round]!) : null;
      }));
      accepted += results.filter((r) => r?.ok).length;
    }
    expect(accepted).toBeGreaterThan(PLAYERS.length);
    const exp = await fac.call<{ record: { actions: unknown[] } }>('fac', { cmd: 'export' });
    await fac.until((x) => x.view!.v === `0:${exp.ok ? exp.record.actions.length : -1}`);
    const length = exp.ok ? exp.record.actions.length : -1;
    // Each accepted action is in the log once, and every client converged on the same game.
    expect(length).toBe(accepted);
    for (const { c } of students) await c.until((x) => x.view!.v === `0:${length}`);
    const talked = (g: GameState) => PLAYERS.map((p) => g.delegations[p]!.talkedWith.length);
    for (const { c } of students) expect(talked(c.game!)).toEqual(talked(fac.game!));
    // The facilitator on one process counts the devices connected to either.
    await fac.until((x) => PLAYERS.every((p) => x.status?.seats.find((q) => q.id === p)?.devices === 1), 15_000);
    const extra = new TestClient(a!.url, { role: 'student', code: s.code });
    clients.push(extra);
    await extra.connected();
    expect((await extra.call('claim', { seat: 'THA' })).ok).toBe(true);
    await fac.until((x) => x.status?.seats.find((q) => q.id === 'THA')?.devices === 2, 15_000);
    extra.close();
    await fac.until((x) => x.status?.seats.find((q) => q.id === 'THA')?.devices === 1, 15_000);
  }, 120_000);

  it('end a phase at time-up once, though both processes keep its clock', async () => {
    const [a, b] = procs.length >= 2 ? procs : await Promise.all([serverProcess({ DATABASE_URL: url }), serverProcess({ DATABASE_URL: url })]);
    if (procs.length < 2) procs.push(a!, b!);
    const s = await createSession(a!.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 22, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])), autoEnd: true, durations: { consultations: 10 } });
    const onA = new TestClient(a!.url, { role: 'projector', code: s.code });
    const onB = new TestClient(b!.url, { role: 'facilitator', session: s.id, key: s.key });
    clients.push(onA, onB);
    await Promise.all([onA.connected(), onB.connected()]);
    await Promise.all([onA, onB].map((c) => c.until((x) => x.game!.round === 2, 30_000)));
    // Past the next tick of both clocks: still one end.
    await new Promise((r) => setTimeout(r, 2500));
    const exp = await onB.call<{ record: { actions: Array<{ type: string }> } }>('fac', { cmd: 'export' });
    expect(exp.ok).toBe(true);
    if (exp.ok) expect(exp.record.actions.map((x) => x.type)).toEqual(['facilitator.end-phase']);
    expect(onA.view!.v).toBe(onB.view!.v);
  }, 120_000);
});

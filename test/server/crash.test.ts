import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { legalActions, type Action, type GameState } from '../../src/engine';
import { createSession, serverProcess, testServer, TestClient } from './harness';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const PLAYERS = ['THA', 'KHM', 'MYS', 'KGZ', 'TJK', 'KAZ', 'UZB', 'CHN'];

describe('a server that crashes', () => {
  it('loses no acknowledged action when killed with SIGKILL mid-round and started again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cica-crash-'));
    dirs.push(dataDir);
    const first = await serverProcess({ DATA_DIR: dataDir });
    const s = await createSession(first.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 11, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const students = await Promise.all(PLAYERS.map(async (seat) => {
      const c = new TestClient(first.url, { role: 'student', code: s.code });
      await c.connected();
      await c.call('claim', { seat });
      await c.until((x) => x.view?.game.viewer === seat);
      return { seat, c };
    }));
    const acked: Action[] = [];
    let killed = false;
    // Every student sends talks as fast as acks come back; the server is killed in the middle.
    const loops = students.map(async ({ seat, c }) => {
      for (let i = 0; i < 40 && !killed; i++) {
        const legal = legalActions(c.view!.scenario, c.game as GameState, seat).filter((a) => a.type === 'consult.talks');
        const action = legal[i % Math.max(1, legal.length)];
        if (!action) return;
        const r = await Promise.race([c.act(action), new Promise<null>((ok) => setTimeout(() => ok(null), 3000))]);
        if (r?.ok) acked.push(action);
      }
    });
    await new Promise((r) => setTimeout(r, 400));
    killed = true;
    await first.kill('SIGKILL');
    await Promise.all(loops);
    for (const { c } of students) c.close();
    expect(acked.length).toBeGreaterThan(0);
    const second = await serverProcess({ DATA_DIR: dataDir });
    try {
      const fac = new TestClient(second.url, { role: 'facilitator', session: s.id, key: s.key });
      await fac.connected();
      const exp = await fac.call<{ record: { actions: Action[] } }>('fac', { cmd: 'export' });
      expect(exp.ok).toBe(true);
      const stored = exp.ok ? exp.record.actions.map((a) => JSON.stringify(a)) : [];
      for (const a of acked) expect(stored).toContain(JSON.stringify(a));
      fac.close();
    } finally {
      await second.kill('SIGTERM');
    }
  }, 90_000);

  it('reports a stored log that no longer replays and never serves it as a game', async () => {
    const server = await testServer();
    dirs.push(server.dataDir);
    const s = await createSession(server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 12, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const c = new TestClient(server.url, { role: 'student', code: s.code });
    await c.connected();
    await c.call('claim', { seat: 'THA' });
    await c.until((x) => x.view?.game.viewer === 'THA');
    const talks = legalActions(c.view!.scenario, c.game as GameState, 'THA').find((a) => a.type === 'consult.talks')!;
    expect((await c.act(talks)).ok).toBe(true);
    c.close();
    await server.close();
    // Damage the stored row, then open the same data folder again.
    const db = new Database(join(server.dataDir, 'classroom.sqlite'));
    db.prepare('UPDATE actions SET action = ? WHERE session = ?').run('{"type":"consult.talks","by":"THA","with":"ZZZ"}', s.id);
    db.close();
    const again = await testServer({ dataDir: server.dataDir });
    try {
      const back = new TestClient(again.url, { role: 'facilitator', session: s.id, key: s.key });
      await back.until((x) => x.errors.length > 0);
      expect(back.errors[0]).toMatchObject({ code: 'damaged' });
      expect(back.errors[0]!.message).toMatch(/stored action 1 \(consult\.talks\) no longer replays/);
      expect(back.view).toBeNull();
      expect(await back.call('act', { action: { type: 'facilitator.end-phase', by: 'facilitator' } })).toMatchObject({ ok: false, error: { code: 'damaged' } });
      back.close();
    } finally {
      await again.cleanup();
    }
  });

  it('reports a session stored under another rules version to every device and serves no game', async () => {
    const server = await testServer();
    dirs.push(server.dataDir);
    const s = await createSession(server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 13, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    await server.close();
    const db = new Database(join(server.dataDir, 'classroom.sqlite'));
    const row = db.prepare<[string], { meta: string }>('SELECT meta FROM sessions WHERE id = ?').get(s.id)!;
    db.prepare('UPDATE sessions SET meta = ? WHERE id = ?').run(JSON.stringify({ ...JSON.parse(row.meta), rulesVersion: 0 }), s.id);
    db.close();
    const again = await testServer({ dataDir: server.dataDir });
    try {
      for (const auth of [{ role: 'facilitator', session: s.id, key: s.key }, { role: 'projector', code: s.code }, { role: 'student', code: s.code }]) {
        const c = new TestClient(again.url, auth);
        await c.until((x) => x.errors.length > 0);
        expect(c.errors[0]).toMatchObject({ code: 'damaged' });
        expect(c.errors[0]!.message).toMatch(/rules version 0/);
        expect(c.view).toBeNull();
        expect(c.received.some((f) => f.includes('"delegations"'))).toBe(false);
        c.close();
      }
    } finally {
      await again.cleanup();
    }
  });
});

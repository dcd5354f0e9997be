import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionMeta } from '../../src/server/store/store';
import { createSession, serverProcess, testServer, TestClient } from './harness';

const PLAYERS = ['THA', 'KHM', 'MYS', 'KGZ', 'TJK', 'KAZ', 'UZB', 'CHN'];
const humans = Object.fromEntries(PLAYERS.map((p) => [p, 'human']));
const SCENARIO = { kind: 'bundled', id: 'preventive-diplomacy' };
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the start of the session's current phase an hour back, as if its time ran out. */
function backdate(meta: SessionMeta): SessionMeta {
  return { ...meta, clock: { ...meta.clock, startedAt: meta.clock.startedAt - 3_600_000 } };
}

describe('the server clock of a networked session', () => {
  it('ends the phase at time-up only when the facilitator asked for it, and once', async () => {
    const server = await testServer();
    dirs.push(server.dataDir);
    try {
      const s = await createSession(server.url, { scenario: SCENARIO, seed: 31, seats: humans });
      const fac = new TestClient(server.url, { role: 'facilitator', session: s.id, key: s.key });
      await fac.connected();
      const room = (await server.hub.sessions.get(s.id))!;
      await room.update(backdate);
      expect(room.remaining()).toBeLessThan(0);
      // Time is up, but the phase waits for the facilitator.
      await sleep(2500);
      expect(fac.view!.v).toBe('0:0');
      expect(fac.game!.round).toBe(1);
      expect(await fac.call('fac', { cmd: 'auto-end', on: true })).toEqual({ ok: true });
      // With nothing tabled, the end of the consultations moves on to the next round's.
      await fac.until((x) => x.game!.round === 2);
      expect(fac.status?.autoEnd ?? true).toBe(true);
      // The next phase has its own full time: nothing more ends by itself.
      await sleep(2500);
      const ended = room.log.filter((a) => a.type === 'facilitator.end-phase').length;
      expect(ended).toBe(1);
      expect(room.remaining()).toBeGreaterThan(0);
      fac.close();
    } finally {
      await server.close();
    }
  }, 30_000);

  it('ends a phase whose time ran out while the server was down, with no device connected', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cica-timeup-'));
    dirs.push(dataDir);
    const first = await serverProcess({ DATA_DIR: dataDir });
    const s = await createSession(first.url, { scenario: SCENARIO, seed: 32, seats: humans, autoEnd: true });
    await first.kill('SIGKILL');
    const db = new Database(join(dataDir, 'classroom.sqlite'));
    const row = db.prepare<[string], { meta: string }>('SELECT meta FROM sessions WHERE id = ?').get(s.id)!;
    db.prepare('UPDATE sessions SET meta = ? WHERE id = ?').run(JSON.stringify(backdate(JSON.parse(row.meta) as SessionMeta)), s.id);
    const second = await serverProcess({ DATA_DIR: dataDir });
    try {
      const types = () => db.prepare<[string], { action: string }>('SELECT action FROM actions WHERE session = ? ORDER BY idx').all(s.id).map((r) => (JSON.parse(r.action) as { type: string }).type);
      const t = Date.now() + 10_000;
      while (!types().includes('facilitator.end-phase') && Date.now() < t) await sleep(200);
      expect(types()).toEqual(['facilitator.end-phase']);
      // Whoever connects now finds the next phase.
      const projector = new TestClient(second.url, { role: 'projector', code: s.code });
      await projector.connected();
      expect(projector.game!.round).toBe(2);
      projector.close();
    } finally {
      db.close();
      await second.kill('SIGTERM');
    }
  }, 60_000);
});

import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legalActions, type Action, type GameState } from '../../src/engine';
import { makeLock } from '../../src/session/pin';
import { PIN_TRIES } from '../../src/server/sessions';
import { createSession, PREVENTIVE_PLAYERS, testServer, TestClient } from './harness';

const SCENARIO = { kind: 'bundled', id: 'preventive-diplomacy' };
const humans = Object.fromEntries(PREVENTIVE_PLAYERS.map((p) => [p, 'human']));

async function openConsole(url: string, body: unknown): Promise<{ status: number; body: { ok: boolean; id?: string; key?: string; message?: string } }> {
  const r = await fetch(`${url}/api/console`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as { ok: boolean; id?: string; key?: string; message?: string } };
}

async function seated(url: string, code: string, seat: string): Promise<TestClient> {
  const c = new TestClient(url, { role: 'student', code });
  await c.connected();
  expect((await c.call('claim', { seat })).ok).toBe(true);
  await c.until((x) => x.view?.game.viewer === seat);
  return c;
}

describe('the facilitator\'s console of a networked session', () => {
  it('keeps the session\'s name, reading time and PIN, and opens the console on another device with the code and the PIN', async () => {
    const server = await testServer();
    const clients: TestClient[] = [];
    try {
      const lock = await makeLock('2468');
      const s = await createSession(server.url, { scenario: SCENARIO, seed: 3, seats: humans, name: 'Group 3B, 12 March', readingMinutes: 20, lock });
      const first = new TestClient(server.url, { role: 'facilitator', session: s.id, key: s.key });
      clients.push(first);
      await first.connected();
      expect(first.welcome).toMatchObject({ name: 'Group 3B, 12 March', readingMinutes: 20 });
      // The class's name is public; the reading time is the facilitator's.
      const student = await seated(server.url, s.code, 'THA');
      clients.push(student);
      expect(student.welcome).toMatchObject({ name: 'Group 3B, 12 March', readingMinutes: null });

      expect(await openConsole(server.url, { code: s.code, pin: '1111' })).toMatchObject({ status: 403, body: { ok: false } });
      const opened = await openConsole(server.url, { code: s.code.toLowerCase(), pin: '2468' });
      expect(opened).toMatchObject({ status: 200, body: { ok: true, id: s.id } });
      const second = new TestClient(server.url, { role: 'facilitator', session: s.id, key: opened.body.key });
      clients.push(second);
      await second.connected();
      expect(second.welcome?.role).toBe('facilitator');
      // Both consoles work: the first device's key still opens the session.
      expect(await first.call('fac', { cmd: 'pause' })).toEqual({ ok: true });
      expect(await second.call('fac', { cmd: 'resume' })).toEqual({ ok: true });
      // What the console exports keeps the name and the lock, as the local classroom's saves do.
      const exp = await second.call<{ record: { name?: string; lock?: unknown; readingMinutes?: number } }>('fac', { cmd: 'export' });
      expect(exp).toMatchObject({ ok: true, record: { name: 'Group 3B, 12 March', lock, readingMinutes: 20 } });
      // No PIN, no console from another device; an unknown code is said to be unknown.
      const bare = await createSession(server.url, { scenario: SCENARIO, seed: 4, seats: humans });
      expect(await openConsole(server.url, { code: bare.code, pin: '2468' })).toMatchObject({ status: 403, body: { message: expect.stringMatching(/no facilitator PIN/) } });
      expect(await openConsole(server.url, { code: 'ZZZZZZ', pin: '2468' })).toMatchObject({ status: 404 });
      expect(await openConsole(server.url, { code: s.code, pin: '12' })).toMatchObject({ status: 400 });
    } finally {
      for (const c of clients) c.close();
      await server.cleanup();
    }
  });

  it('tells the seats students have held from those they never had, across a switch to the AI and back', async () => {
    const server = await testServer();
    try {
      const s = await createSession(server.url, { scenario: SCENARIO, seed: 8, seats: { THA: 'human' } });
      const fac = new TestClient(server.url, { role: 'facilitator', session: s.id, key: s.key });
      await fac.connected();
      const held = () => Object.fromEntries(fac.status!.seats.map((x) => [x.id, x.students]));
      await fac.until((x) => x.status !== null);
      expect(held()).toMatchObject({ THA: true, KHM: false });
      expect(await fac.call('fac', { cmd: 'seat', seat: 'THA', to: 'ai' })).toEqual({ ok: true });
      expect(await fac.call('fac', { cmd: 'seat', seat: 'KHM', to: 'human' })).toEqual({ ok: true });
      await fac.until((x) => x.status!.seats.find((y) => y.id === 'KHM')!.seat === 'human');
      expect(held()).toMatchObject({ THA: true, KHM: true, CHN: false });
      fac.close();
    } finally {
      await server.cleanup();
    }
  });

  it('stops trying PINs after a few wrong ones, even the right one', async () => {
    const server = await testServer();
    try {
      const s = await createSession(server.url, { scenario: SCENARIO, seed: 5, seats: humans, lock: await makeLock('97531') });
      for (let i = 0; i < PIN_TRIES; i++) expect((await openConsole(server.url, { code: s.code, pin: String(1000 + i) })).status).toBe(403);
      expect(await openConsole(server.url, { code: s.code, pin: '97531' })).toMatchObject({ status: 429, body: { message: expect.stringMatching(/Too many wrong PINs/) } });
    } finally {
      await server.cleanup();
    }
  });

  it('still knows who has acted this phase after a restart', async () => {
    const first = await testServer();
    const dataDir = first.dataDir;
    const s = await createSession(first.url, { scenario: SCENARIO, seed: 6, seats: humans });
    const acted = async (url: string) => {
      const fac = new TestClient(url, { role: 'facilitator', session: s.id, key: s.key });
      await fac.connected();
      await fac.until((x) => x.status !== null);
      const out = Object.fromEntries(fac.status!.seats.map((x) => [x.id, x.actedThisPhase]));
      fac.close();
      return out;
    };
    let before: Record<string, boolean>;
    try {
      const tha = await seated(first.url, s.code, 'THA');
      const talks = legalActions(tha.view!.scenario, tha.game as GameState, 'THA').find((a: Action) => a.type === 'consult.talks')!;
      expect(await tha.act(talks)).toMatchObject({ ok: true });
      tha.close();
      before = await acted(first.url);
      expect(before.THA).toBe(true);
      expect(before.KHM).toBe(false);
    } finally {
      await first.close();
    }
    const second = await testServer({ dataDir });
    try {
      expect(await acted(second.url)).toEqual(before);
    } finally {
      await second.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('counts the "ready" that ends a phase in that phase, not in the next', async () => {
    const server = await testServer();
    const clients: TestClient[] = [];
    try {
      const s = await createSession(server.url, { scenario: SCENARIO, seed: 7, seats: humans });
      const fac = new TestClient(server.url, { role: 'facilitator', session: s.id, key: s.key });
      clients.push(fac);
      await fac.connected();
      // Every seat a student's: the last of them to say "ready" ends the consultations (nothing tabled, so the next round begins).
      for (const seat of PREVENTIVE_PLAYERS) {
        const c = await seated(server.url, s.code, seat);
        clients.push(c);
        const ready = legalActions(c.view!.scenario, c.game as GameState, seat).find((a: Action) => a.type === 'ready')!;
        expect(await c.act(ready)).toMatchObject({ ok: true });
      }
      const last = PREVENTIVE_PLAYERS[PREVENTIVE_PLAYERS.length - 1]!;
      await fac.until((x) => (x.game as GameState | null)?.round === 2 && x.status?.seats.some((y) => y.id === last) === true);
      expect((fac.game as GameState).phase).toBe('consultations');
      expect(fac.status!.seats.find((y) => y.id === last)!.actedThisPhase).toBe(false);
    } finally {
      for (const c of clients) c.close();
      await server.cleanup();
    }
  });
});

/**
 * Clients that send what no page would: each is refused with a clear error, no reply holds a
 * stack trace, and the session goes on unharmed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { legalActions, type Action, type GameState } from '../../src/engine';
import { SCENARIO_LIMITS } from '../../src/scenario/schema';
import { createSession, PREVENTIVE_PLAYERS, ROOT, sharedServer, type TestClient } from './harness';

const shared = sharedServer();
const client = (auth: Record<string, unknown>, transports?: string[]) => shared.client(auth, transports);

const PLAYERS = PREVENTIVE_PLAYERS;
const STACK = /\bat .*\.(ts|js):\d+|node_modules|\n\s+at /;

async function session(seed: number) {
  const s = await createSession(shared.server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
  const c = client({ role: 'student', code: s.code });
  await c.connected();
  expect((await c.call('claim', { seat: 'KGZ' })).ok).toBe(true);
  await c.until((x) => x.view?.game.viewer === 'KGZ');
  return { s, c };
}

const talks = (c: TestClient, seat: string): Action => legalActions(c.view!.scenario, c.game as GameState, seat).find((a) => a.type === 'consult.talks')!;

async function post(body: string): Promise<{ status: number; text: string }> {
  const r = await fetch(`${shared.server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: r.status, text: await r.text() };
}

describe('hostile clients', () => {
  it('a packet larger than the limit closes that connection only; the session goes on', async () => {
    const { s, c } = await session(51);
    const closed = new Promise<string>((ok) => c.socket.once('disconnect', (reason) => ok(reason)));
    c.socket.emit('act', { action: { type: 'consult.talks', by: 'KGZ', with: 'x'.repeat(300 * 1024) } });
    expect(await closed).toMatch(/transport/);
    const other = client({ role: 'student', code: s.code });
    await other.connected();
    expect((await other.call('claim', { seat: 'KGZ' })).ok).toBe(true);
    await other.until((x) => x.view?.game.viewer === 'KGZ');
    expect(await other.act(talks(other, 'KGZ'))).toEqual({ ok: true, v: '0:1' });
  });

  it('malformed messages of every shape get a bad-message error, never a stack trace', async () => {
    const { s, c } = await session(52);
    const fac = client({ role: 'facilitator', session: s.id, key: s.key });
    await fac.connected();
    const replies = [
      await c.call('act', null),
      await c.call('act', { action: { type: 42, by: 'KGZ' } }),
      await c.call('act', { action: { type: 'consult.talks' } }),
      await c.call('act', { action: { type: 'consult.talks', by: 'KGZ', with: { $ne: 1 } } }),
      await c.call('act', { action: { type: 'consult.talks', by: 'KGZ' }, extra: 1 }),
      await c.call('claim', { seat: '../../etc' }),
      await c.call('claim', { seat: 'ZZZ' }),
      await fac.call('fac', { cmd: 'seat', seat: 'kgz', to: 'ai' }),
      await fac.call('fac', { cmd: 'idle-ai', seconds: -5 }),
      await fac.call('fac', { cmd: 'inject', event: 'no-such-event' }),
      await fac.call('fac', { cmd: 'rm -rf' }),
    ];
    for (const r of replies) {
      expect(r.ok, JSON.stringify(r)).toBe(false);
      expect(JSON.stringify(r)).not.toMatch(STACK);
    }
    expect(replies.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'bad-message', 'bad-message', 'bad-message', 'rejected', 'bad-message', 'bad-message', 'seat-unknown', 'bad-message', 'bad-message', 'bad-message', 'bad-message',
    ]);
    expect(await c.act(talks(c, 'KGZ'))).toEqual({ ok: true, v: '0:1' });
  });

  it('a flood is refused and, if it goes on, the connection is cut; other devices play on', async () => {
    const { s, c } = await session(53);
    const calm = client({ role: 'student', code: s.code });
    await calm.connected();
    expect((await calm.call('claim', { seat: 'THA' })).ok).toBe(true);
    await calm.until((x) => x.view?.game.viewer === 'THA');
    const cut = new Promise<string>((ok) => c.socket.once('disconnect', (reason) => ok(reason)));
    const acks: Array<{ ok: boolean; error?: { code: string } }> = [];
    for (let i = 0; i < 400; i++) c.socket.emit('resync', {}, (a: (typeof acks)[number]) => acks.push(a));
    expect(await cut).toBe('io server disconnect');
    expect(acks.some((a) => a.error?.code === 'rate-limited')).toBe(true);
    expect(await calm.act(talks(calm, 'THA'))).toEqual({ ok: true, v: '0:1' });
  });

  it('a wrong facilitator key, or the key of another session, opens nothing', async () => {
    const a = await session(54);
    const b = await session(55);
    for (const auth of [{ role: 'facilitator', session: a.s.id, key: b.s.key }, { role: 'facilitator', session: 's-0000000000000000', key: a.s.key }]) {
      const err = await client(auth).connected().then(() => null, (e: Error & { data?: { code: string; message: string } }) => e.data);
      expect(err).toMatchObject({ code: 'bad-key' });
      expect(JSON.stringify(err)).not.toMatch(STACK);
    }
  });

  it('scenario files go through the checker, which bounds them; oversized or broken requests are refused', async () => {
    const base = parse(readFileSync(`${ROOT}/scenarios/preventive-diplomacy.yaml`, 'utf8')) as { delegations: Array<Record<string, unknown>> };
    const id = (i: number) => [65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + Math.floor(i / 676)].map((x) => String.fromCharCode(x)).join('');
    const many = { ...base, delegations: Array.from({ length: SCENARIO_LIMITS.delegations * 3 }, (_, i) => ({ ...base.delegations[0]!, id: id(i) })) };
    const text = JSON.stringify(many);
    const r = await post(JSON.stringify({ scenario: { kind: 'file', fileName: 'many.json', text }, seats: {} }));
    expect(r.status).toBe(422);
    expect(JSON.parse(r.text)).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'too-many', path: 'delegations' })] });
    // A file above the size bound never reaches the parser.
    const huge = await post(JSON.stringify({ scenario: { kind: 'file', fileName: 'huge.yaml', text: `x: "${'y'.repeat(2 * 1024 * 1024)}"` }, seats: {} }));
    expect(huge.status).toBe(413);
    expect((await post('{"scenario": ')).status).toBe(400);
    expect((await post(JSON.stringify({ scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seats: { THA: 'god' } }))).status).toBe(400);
    for (const x of [r, huge]) expect(x.text).not.toMatch(STACK);
    // The server still creates sessions.
    expect((await post(JSON.stringify({ scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seats: {} }))).status).toBe(201);
  });
});

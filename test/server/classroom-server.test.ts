import { describe, expect, it } from 'vitest';
import { legalActions, type Action, type GameState } from '../../src/engine';
import { createSession, leakIn, PREVENTIVE_PLAYERS, secretTexts, sharedServer, type TestClient } from './harness';

const shared = sharedServer();
const client = (auth: Record<string, unknown>, transports?: string[]) => shared.client(auth, transports);

const SCENARIO = { kind: 'bundled', id: 'preventive-diplomacy' };
const PLAYERS = PREVENTIVE_PLAYERS;

async function seated(code: string, seat: string, transports?: string[]): Promise<TestClient> {
  const c = client({ role: 'student', code }, transports);
  await c.connected();
  const r = await c.call('claim', { seat });
  expect(r.ok).toBe(true);
  await c.until((x) => x.view?.game.viewer === seat);
  return c;
}

/** A harmless legal action of the seat (talks first, so phases do not move on). */
function pick(c: TestClient, seat: string): Action {
  const legal = legalActions(c.view!.scenario, c.game as GameState, seat);
  return legal.find((a) => a.type === 'consult.talks') ?? legal[0]!;
}

describe('the classroom server', () => {
  it('sends each delegation its own view and every device of a seat the same updates', async () => {
    const s = await createSession(shared.server.url, { scenario: SCENARIO, seed: 5, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const a1 = await seated(s.code, 'THA');
    const a2 = await seated(s.code, 'THA', ['polling']);
    const b = await seated(s.code, 'KHM');
    const projector = client({ role: 'projector', code: s.code });
    await projector.connected();
    const r = await a1.act(pick(a1, 'THA'));
    expect(r).toEqual({ ok: true, v: '0:1' });
    for (const c of [a1, a2, b, projector]) await c.until((x) => x.view!.v === '0:1');
    // The patched state equals a fresh full view of the same version.
    const fresh = await seated(s.code, 'THA');
    expect(a2.game).toEqual(fresh.game);
    expect(b.view!.scenario.delegations.find((d) => d.id === 'THA')!.brief.confidential).toBe('');
    expect(a1.view!.scenario.delegations.find((d) => d.id === 'THA')!.brief.confidential).not.toBe('');
    expect(projector.view!.scenario.delegations.every((d) => d.brief.confidential === '' && d.objectives.length === 0)).toBe(true);
  });

  it('never sends a delegation another delegation\'s confidential text, nor the generator state', async () => {
    const s = await createSession(shared.server.url, { scenario: SCENARIO, seed: 6, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const fac = client({ role: 'facilitator', session: s.id, key: s.key });
    await fac.connected();
    const full = fac.view!.scenario;
    const me = await seated(s.code, 'KAZ');
    const projector = client({ role: 'projector', code: s.code });
    await projector.connected();
    await me.act(pick(me, 'KAZ'));
    await projector.until((x) => x.view!.v === '0:1');
    expect(secretTexts(full, 'THA').length).toBeGreaterThan(0);
    expect(leakIn(me.received.join('\n'), full, 'KAZ')).toBeNull();
    expect(leakIn(projector.received.join('\n'), full, null)).toBeNull();
    // The check itself finds what it looks for.
    expect(leakIn(fac.received.join('\n'), full, null)).not.toBeNull();
    for (const c of [me, projector, fac]) expect(c.game!.rng).toBe(0);
  });

  it('brings a device back to its seat with the seat token and shows the current state', async () => {
    const s = await createSession(shared.server.url, { scenario: SCENARIO, seed: 7, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const first = await seated(s.code, 'MYS');
    const token = first.welcome!.token;
    await first.act(pick(first, 'MYS'));
    first.close();
    const back = client({ role: 'student', code: s.code, token });
    await back.connected();
    expect(back.welcome!.seat).toBe('MYS');
    expect(back.view!.v).toBe('0:1');
  });

  it('refuses hostile clients with a clear error and keeps the session intact', async () => {
    const s = await createSession(shared.server.url, { scenario: SCENARIO, seed: 8, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const bad = async (auth: Record<string, unknown>) => {
      const c = client(auth);
      return c.connected().then(() => null, (e: Error & { data?: { code: string } }) => e.data?.code);
    };
    expect(await bad({ role: 'student', code: 'ZZZZZZ' })).toBe('bad-code');
    expect(await bad({ role: 'facilitator', session: s.id, key: 'x'.repeat(24) })).toBe('bad-key');
    expect(await bad({ role: 'student', code: s.code, token: 'y'.repeat(24) })).toBe('bad-token');
    expect(await bad({ role: 'wizard' })).toBe('bad-message');
    const c = await seated(s.code, 'TJK');
    const other = pick(c, 'TJK');
    expect(await c.act({ ...other, by: 'UZB' } as Action)).toMatchObject({ ok: false, error: { code: 'not-your-seat' } });
    expect(await c.call('act', { action: 'hello' })).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await c.call('act', { action: { type: 'consult.talks', by: 'TJK', with: 'x'.repeat(20_000) } })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await c.act({ type: 'plenary.decide', by: 'TJK', proposal: 'nope' } as Action)).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(await c.call('fac', { cmd: 'undo' })).toMatchObject({ ok: false, error: { code: 'bad-key' } });
    const flood = await Promise.all(Array.from({ length: 60 }, () => c.call('resync', {})));
    expect(flood.some((r) => !r.ok && r.error.code === 'rate-limited')).toBe(true);
    for (const r of [...flood]) if (!r.ok) expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+/);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await c.act(other)).toEqual({ ok: true, v: '0:1' });
  });

  it('lets the facilitator pause, switch a seat to AI and back, undo and export a file the local classroom reads', async () => {
    const s = await createSession(shared.server.url, { scenario: SCENARIO, seed: 9, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const fac = client({ role: 'facilitator', session: s.id, key: s.key });
    await fac.connected();
    const st = await seated(s.code, 'CHN');
    expect(await fac.call('fac', { cmd: 'pause' })).toEqual({ ok: true });
    expect(await st.act(pick(st, 'CHN'))).toMatchObject({ ok: false, error: { code: 'paused' } });
    expect(await fac.call('fac', { cmd: 'resume' })).toEqual({ ok: true });
    expect(await st.act(pick(st, 'CHN'))).toMatchObject({ ok: true });
    expect(await fac.call('fac', { cmd: 'undo' })).toMatchObject({ ok: true, undone: 'consult.talks', action: { type: 'consult.talks', by: 'CHN' } });
    await st.until((x) => x.view!.v === '1:0');
    const spent = (fac.game as GameState).delegations.KAZ!.influence;
    expect(await fac.call('fac', { cmd: 'seat', seat: 'KAZ', to: 'ai' })).toEqual({ ok: true });
    // The AI seat acts by itself (while the students hold the floor, it waits with its tabling and closing).
    await fac.until((x) => (x.game as GameState).delegations.KAZ!.influence < spent);
    expect(await fac.call('fac', { cmd: 'seat', seat: 'KAZ', to: 'human' })).toEqual({ ok: true });
    const exp = await fac.call<{ record: { actions: Action[] } }>('fac', { cmd: 'export' });
    expect(exp.ok).toBe(true);
    if (!exp.ok) return;
    const { readSessionFile, makeSessionFile } = await import('../../src/session/file');
    const { parseScenario } = await import('../../src/scenario/parse');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../scenarios/preventive-diplomacy.yaml', import.meta.url), 'utf8');
    const read = readSessionFile(makeSessionFile(exp.record as never), () => parseScenario(text, 'preventive-diplomacy.yaml'));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.record.actions.length).toBe(exp.record.actions.length);
  });
});

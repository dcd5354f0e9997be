import { describe, expect, it } from 'vitest';
import { createSession, PREVENTIVE_PLAYERS, sharedServer, type TestClient } from './harness';

const shared = sharedServer();
const client = (auth: Record<string, unknown>, transports?: string[]) => shared.client(auth, transports);
const refusal = (c: TestClient) => c.connected().then(() => null, (e: Error & { data?: { code: string; message: string } }) => e.data ?? { code: 'none', message: e.message });

const PLAYERS = PREVENTIVE_PLAYERS;

describe('join codes', () => {
  it('an expired code admits no one new; the facilitator draws a new one and seated devices keep their seats', async () => {
    const s = await createSession(shared.server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 41, seats: Object.fromEntries(PLAYERS.map((p) => [p, 'human'])) });
    const first = client({ role: 'student', code: s.code });
    await first.connected();
    const claimed = await first.call<{ token: string }>('claim', { seat: 'THA' });
    expect(claimed.ok).toBe(true);
    await first.until((x) => x.view?.game.viewer === 'THA');
    const pass = { token: claimed.ok ? claimed.token : '', session: first.welcome!.sessionId };
    first.close();
    const projector = client({ role: 'projector', code: s.code });
    await projector.connected();
    const fac = client({ role: 'facilitator', session: s.id, key: s.key });
    await fac.connected();

    // The code runs out.
    const room = (await shared.server.hub.sessions.get(s.id))!;
    await room.update((m) => ({ ...m, expiresAt: Date.now() - 1000 }));
    const late = await refusal(client({ role: 'student', code: s.code }));
    expect(late).toMatchObject({ code: 'expired-code' });
    expect(late!.message).toMatch(/expired/);
    const back = client({ role: 'student', code: s.code, ...pass });
    expect(await refusal(back)).toBeNull();
    expect(back.welcome!.seat).toBe('THA');
    await fac.until((x) => x.status?.codeExpired === true);

    // A new code: the old one no longer admits anyone, the new one does, seats are kept.
    const r = await fac.call<{ code: string }>('fac', { cmd: 'new-code' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.code).not.toBe(s.code);
    await projector.until((x) => x.codes.includes(r.code));
    await fac.until((x) => x.status?.code === r.code && x.status.codeExpired === false);
    expect(await refusal(client({ role: 'student', code: s.code }))).toMatchObject({ code: 'bad-code' });
    const fresh = client({ role: 'student', code: r.code });
    expect(await refusal(fresh)).toBeNull();
    expect((await fresh.call('claim', { seat: 'KHM' })).ok).toBe(true);
    back.close();
    // The device that joined with the old code comes back to its seat (it names its session).
    const again = client({ role: 'student', code: s.code, ...pass });
    expect(await refusal(again)).toBeNull();
    expect(again.welcome!.seat).toBe('THA');
    expect(again.view!.game.viewer).toBe('THA');
    // A token that is not the seat's is refused even with the session named.
    expect(await refusal(client({ role: 'student', code: r.code, token: 'q'.repeat(24), session: s.id }))).toMatchObject({ code: 'bad-token' });
  });
});

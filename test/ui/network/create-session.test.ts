import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../../scripts/lib/load-scenario';
import { translator } from '../../../src/i18n';
import type { ClassroomSetup } from '../../../src/ui/classroom/setup-wizard';
import { createNetworkSession } from '../../../src/ui/network/create-session';

afterEach(() => vi.unstubAllGlobals());

describe('creating a networked session', () => {
  it('asks the server for every seat ticked for students, an observer the scenario lets play included', async () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('cannot load preventive-diplomacy');
    const scenario = loaded.scenario;
    const mys = scenario.delegations.find((d) => d.id === 'MYS')!;
    expect(mys.role).toBe('observer');
    expect(mys.player).toBe(true);
    let sent: { seats: Record<string, string>; name?: string; readingMinutes?: number; lock?: unknown } | null = null;
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      sent = JSON.parse(init.body) as typeof sent;
      return { json: async () => ({ ok: true, id: 's-1', key: 'k' }) };
    });
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', { setItem: (k: string, v: string) => stored.set(k, v), getItem: (k: string) => stored.get(k) ?? null, removeItem: (k: string) => stored.delete(k) });
    vi.stubGlobal('location', { hash: '' });
    const setup = {
      scenario, source: { kind: 'bundled', id: 'preventive-diplomacy' }, mode: 'devices', difficulty: 'normal',
      seats: { KHM: 'human', THA: 'human', MYS: 'human', NOPE: 'human' }, names: {}, durations: {}, autoEnd: false, name: 'Group 3B', readingMinutes: 15, lock: { salt: 'ab12', hash: 'f'.repeat(64) },
    } as unknown as ClassroomSetup;
    expect(await createNetworkSession(setup, translator('en'), 'en')).toBeNull();
    // A seat the scenario has no player for is left out; Malaysia, an observer that plays, is not.
    expect(sent!.seats).toEqual({ KHM: 'human', THA: 'human', MYS: 'human' });
    // The class's name, its reading time and the PIN's hash go with it (never the PIN itself).
    expect(sent).toMatchObject({ name: 'Group 3B', readingMinutes: 15, lock: { salt: 'ab12', hash: 'f'.repeat(64) } });
    expect(stored.get('cica-facilitator-s-1')).toBe('k');
  });
});

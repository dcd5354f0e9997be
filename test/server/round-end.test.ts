import { describe, expect, it } from 'vitest';
import { legalActions, type Action, type GameState, type PlayerView } from '../../src/engine';
import type { RoundEnd } from '../../src/net/protocol';
import { createSession, PREVENTIVE_PLAYERS, testServer, TestClient } from './harness';

describe('the end of a round on students\' devices', () => {
  it('sends each device the game as the round ended, before the next opening, in that viewer\'s view', async () => {
    const server = await testServer();
    const clients: TestClient[] = [];
    try {
      const s = await createSession(server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 12, seats: Object.fromEntries(PREVENTIVE_PLAYERS.map((p) => [p, 'human'])) });
      const ends: RoundEnd[] = [];
      for (const seat of PREVENTIVE_PLAYERS) {
        const c = new TestClient(server.url, { role: 'student', code: s.code });
        clients.push(c);
        await c.connected();
        expect((await c.call('claim', { seat })).ok).toBe(true);
        await c.until((x) => x.view?.game.viewer === seat);
        if (seat === 'THA') c.socket.on('round-end', (e: RoundEnd) => ends.push(e));
      }
      const start = (clients[0]!.game as GameState).delegations.THA!.influence;
      // Nothing tabled: when the last delegation is ready, the round ends and the next one opens.
      for (const [i, seat] of PREVENTIVE_PLAYERS.entries()) {
        const c = clients[i]!;
        const ready = legalActions(c.view!.scenario, c.game as GameState, seat).find((a: Action) => a.type === 'ready')!;
        expect(await c.act(ready)).toMatchObject({ ok: true });
      }
      const tha = clients[0]!;
      await tha.until((x) => (x.game as GameState).round === 2);
      expect(ends).toHaveLength(1);
      const end = ends[0]!;
      expect(end.round).toBe(1);
      const g = end.game as PlayerView;
      expect(g.round).toBe(1);
      expect(g.viewer).toBe('THA');
      expect([g.seed, g.rng]).toEqual([0, 0]);
      // As the review finished, before the opening (its income, its events) that the device's game has since been through.
      expect(g.phase).toBe('review');
      expect(g.delegations.THA!.influence).toBe(start);
      expect((tha.game as GameState).phase).toBe('consultations');
    } finally {
      for (const c of clients) c.close();
      await server.cleanup();
    }
  });
});

/**
 * A student's session reads from the seats the server sends which AI delegations only wait to
 * close, so the top bar counts them as closing after the players, not as still at work.
 */
import { describe, expect, it } from 'vitest';
import { awaited, createGame, playerView } from '../../../src/engine';
import type { SeatInfo } from '../../../src/net/protocol';
import type { NetClient } from '../../../src/ui/network/net-client';
import { NetSession } from '../../../src/ui/network/net-session';
import { loadScenario } from '../../../scripts/lib/load-scenario';

function clientWith(seats: SeatInfo[]) {
  const loaded = loadScenario('preventive-diplomacy');
  if (!loaded.ok) throw new Error('Preventive Diplomacy does not load');
  const game = createGame(loaded.scenario, 3);
  const view = playerView(game, 'KHM');
  const client = { state: 'online', seats, view: { v: '0:0', game: view, scenario: loaded.scenario, clock: { paused: false, phaseKey: '1:consultations', remaining: null } }, subscribe: () => () => undefined, roundEnds: new Map() };
  return { client: client as unknown as NetClient, scenario: loaded.scenario, game };
}

describe('a networked student session', () => {
  it('lists the awaited AI seats marked as closing after the students, and only those', () => {
    const probe = clientWith([]);
    // Consultations, where every delegation is awaited until it closes.
    expect(probe.game.phase).toBe('consultations');
    const awaiting = awaited(probe.scenario, probe.game);
    const ai = awaiting.filter((d) => d !== 'KHM' && d !== 'THA');
    expect(ai.length).toBeGreaterThan(2);
    const seats: SeatInfo[] = probe.scenario.delegations.map((d) => ({
      id: d.id, seat: d.id === 'KHM' || d.id === 'THA' ? 'human' : 'ai', name: '', devices: 0,
      ...(d.id === ai[0] || d.id === ai[1] ? { closing: true as const } : {}),
    }));
    const session = new NetSession(clientWith(seats).client, 'KHM');
    expect(session.snapshot.closingAfterHumans).toEqual([ai[0], ai[1]]);
    expect(session.snapshot.awaitingHumans).toEqual(awaiting.filter((d) => d === 'KHM' || d === 'THA'));
    expect(new NetSession(clientWith(seats.map(({ closing: _, ...s }) => s)).client, 'KHM').snapshot.closingAfterHumans).toEqual([]);
  });
});

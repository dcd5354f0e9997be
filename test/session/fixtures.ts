/** A small classroom session record from a real game of the mini scenario, a resolver for it, and an in-memory storage. */
import { createActor } from 'xstate';
import { Conductor } from '../../src/flow/conductor';
import { sessionMachine } from '../../src/flow/session.machine';
import { fileError } from '../../src/scenario/issues';
import type { ScenarioResolver } from '../../src/session/check';
import { SESSION_KIND, SESSION_VERSION, type ClockSnapshot, type SessionRecord } from '../../src/session/record';
import type { SessionStorage } from '../../src/session/store';
import { randomPolicy } from '../../src/sim/policy';
import { miniScenario } from '../engine/fixtures';

export const scenario = miniScenario();

export const resolve: ScenarioResolver = (source) =>
  source.kind === 'bundled' && source.id === 'mini' ? { ok: true, scenario, warnings: [] } : fileError('x.yaml', 'unknown-scenario', 'no such scenario');

export function clockSnapshot(): ClockSnapshot {
  const actor = createActor(sessionMachine, { input: { phase: 'consultations', phaseKey: '1:consultations' } }).start();
  actor.send({ type: 'seat.switch', delegation: 'BBB', seat: 'ai' });
  const snap = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as ClockSnapshot;
  actor.stop();
  return snap;
}

/** A record after `steps` actions of a game where AAA and CCC are people. */
export function sampleRecord(steps = 30, seed = 4): SessionRecord {
  const seats = { AAA: 'human', BBB: 'ai', CCC: 'human', DDD: 'ai' } as const;
  const c = new Conductor({ scenario, seed, seats: { AAA: 'ai', BBB: 'ai', CCC: 'ai', DDD: 'ai' }, policy: randomPolicy });
  c.runAi(steps);
  const actions = [...c.snapshot().log];
  c.stop();
  return {
    kind: SESSION_KIND, version: SESSION_VERSION, id: 'session-1', savedAt: '2026-03-01T14:05:00.000Z', mode: 'hot-seat',
    scenario: { kind: 'bundled', id: 'mini' }, seed, difficulty: 'normal', seats: { ...seats }, names: { AAA: 'Team Anna', CCC: 'Team Chen' },
    turn: 'AAA', actions, clock: clockSnapshot(),
  };
}

/** Web Storage in memory; `quota` caps the total characters of keys and values, as browsers do. */
export function memoryStorage(quota = Infinity): SessionStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const before = map.get(k);
      const size = used() - (before === undefined ? 0 : k.length + before.length) + k.length + v.length;
      if (size > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

/**
 * What each viewer is sent: a delegation its player view and scenario view, the projector and
 * observers the public view, the facilitator everything except the generator's state. Updates
 * are patches from the viewer's last version; the views are computed here, on the server, and
 * nothing else of the game leaves it.
 */
import { FACILITATOR, PUBLIC, playerView, scenarioView, type DelegationId, type GameState, type PlayerView, type Viewer } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { ClockInfo, FullView, ViewPatch } from '../net/protocol';
import { diffStates } from '../net/state-diff';
import type { Room } from './room';

export const roomOf = {
  all: (id: string) => `a:${id}`,
  public: (id: string) => `p:${id}`,
  seat: (id: string, seat: DelegationId) => `d:${id}:${seat}`,
  facilitator: (id: string) => `f:${id}`,
};

/** Keys a patch leaves out: offers go whole per viewer, the generator's state never goes. */
const SKIP = ['offers', 'seed', 'rng', 'viewer'] as const;

export function viewOf(game: GameState, viewer: Viewer): PlayerView {
  const v = playerView(game, viewer);
  // The facilitator sees everything in the game, but not what would let anyone foresee the dice.
  return viewer === FACILITATOR ? { ...v, seed: 0, rng: 0 } : v;
}

const scenarioViews = new WeakMap<Scenario, Map<string, Scenario>>();
export function scenarioFor(scenario: Scenario, viewer: Viewer, concluded = false): Scenario {
  let m = scenarioViews.get(scenario);
  if (!m) scenarioViews.set(scenario, (m = new Map()));
  const key = `${viewer}${concluded ? ':concluded' : ''}`;
  let s = m.get(key);
  if (!s) m.set(key, (s = scenarioView(scenario, viewer, concluded)));
  return s;
}

export function clockOf(room: Room): ClockInfo {
  return { paused: room.meta.clock.paused, phaseKey: room.meta.clock.phaseKey, remaining: room.remaining() };
}

export function fullView(room: Room, viewer: Viewer): FullView | null {
  if (!room.game || !room.scenario || room.damaged) return null;
  return { v: room.version, game: viewOf(room.game, viewer), scenario: scenarioFor(room.scenario, viewer, room.game.phase === 'concluded'), clock: clockOf(room) };
}

/** The parts of one update every viewer shares, computed once per change. */
export interface Update {
  from: string;
  v: string;
  ops: ViewPatch['ops'];
}

export function updateOf(room: Room, before: GameState, from: string): Update {
  return { from, v: room.version, ops: diffStates(before as unknown as Record<string, unknown>, room.game as unknown as Record<string, unknown>, SKIP) };
}

export function patchFor(room: Room, u: Update, viewer: Viewer): ViewPatch {
  return { ...u, offers: viewOf(room.game!, viewer).offers, clock: clockOf(room) };
}

export { FACILITATOR, PUBLIC };

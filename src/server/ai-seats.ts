/**
 * AI delegations on the server: whenever the game waits for a seat the facilitator gave to the
 * AI (or that went to the AI by itself), its policy picks an action from the seat's own player
 * view, and the action goes through the same checks and the same durable log as a student's.
 * As in the browser's conductor, AI delegations wait with their tabling (and with closing their
 * consultations) while a student seat still holds the floor, so students own their agenda too.
 */
import { legalActions, playerView, type Action, type DelegationId } from '../engine';
import { nextFloat, seedState } from '../engine/rng';
import { createAiPolicy } from '../ai/policy';
import { Floor } from '../sim/floor';
import { closingAction, type Policy } from '../sim/policy';
import type { Room } from './room';

/** Actions an AI delegation may take in one phase before it is made ready (as in the conductor). */
const CAP = 10;
/** AI actions taken in one go before yielding to the event loop, so students' actions are not held up. */
const CHUNK = 4;

export class AiSeats {
  private policies = new Map<string, Policy>();
  private counts = new Map<string, { key: string; n: Record<string, number> }>();
  private rngs = new Map<string, number>();
  private running = new Set<string>();
  private floors = new Map<string, Floor>();

  /** `idle` hears when a room's AI seats have nothing more to do for now (some may be waiting to close). */
  constructor(private readonly idle: (room: Room) => void = () => undefined) {}

  /** AI seats that have nothing left but to close and wait for the students to close first. */
  closingAfter(room: Room): DelegationId[] {
    const f = this.floors.get(room.meta.id);
    if (!f || !room.game) return [];
    return f.closingAfter(room.game, humansOf(room));
  }

  /** Lets AI seats act until only people (or no one) are awaited. */
  run(room: Room): void {
    const id = room.meta.id;
    // A student acted: AI delegations parked behind the floor look again.
    const last = room.log.at(-1);
    if (last && room.meta.seats[last.by] === 'human') this.floors.get(id)?.wake();
    if (this.running.has(id)) return;
    this.running.add(id);
    const step = async () => {
      try {
        for (let i = 0; i < CHUNK; i++) {
          const action = this.next(room);
          if (!action) {
            this.running.delete(id);
            return this.idle(room);
          }
          const r = await room.act(action, true);
          if (!r.ok && r.code !== 'rejected') return this.running.delete(id);
          if (!r.ok) {
            const fallback = closingAction(legalActions(room.scenario!, room.game!, action.by));
            if (!fallback || !(await room.act(fallback, true)).ok) return this.running.delete(id);
          }
        }
        setImmediate(step);
      } catch {
        this.running.delete(id);
      }
    };
    setImmediate(step);
  }

  private next(room: Room): Action | null {
    const { game, scenario } = room;
    if (!game || !scenario || room.damaged || room.meta.clock.paused) return null;
    const key = `${game.round}:${game.phase}:${game.plenary?.current ?? ''}`;
    let c = this.counts.get(room.meta.id);
    if (!c || c.key !== key) this.counts.set(room.meta.id, (c = { key, n: {} }));
    const n = c.n;
    const humans = humansOf(room);
    const floor = this.floorOf(room);
    // Each pass either acts or parks one delegation behind the floor, so this ends.
    for (;;) {
      const ai = room.awaiting().filter((d) => room.meta.seats[d] === 'ai' && floor.mayAct(game, d, humans));
      if (ai.length === 0) return null;
      const by: DelegationId = ai.reduce((best, d) => ((n[d] ?? 0) < (n[best] ?? 0) ? d : best), ai[0]!);
      const legal = legalActions(scenario, game, by);
      if ((n[by] ?? 0) >= CAP) {
        n[by] = (n[by] ?? 0) + 1;
        return closingAction(legal) ?? legal[0] ?? null;
      }
      const policy = this.policy(room.meta.difficulty);
      const ask = (options: Action[]) => policy({ scenario, view: playerView(game, by), by, legal: options, random: this.random(room) });
      const action = floor.whileHeld(game, by, ask(legal), humans, () => legal, ask);
      if (!action) continue;
      n[by] = (n[by] ?? 0) + 1;
      return action;
    }
  }

  private floorOf(room: Room): Floor {
    let f = this.floors.get(room.meta.id);
    if (!f) this.floors.set(room.meta.id, (f = new Floor(room.scenario!)));
    return f;
  }

  private policy(difficulty: string): Policy {
    let p = this.policies.get(difficulty);
    if (!p) this.policies.set(difficulty, (p = createAiPolicy(difficulty as Parameters<typeof createAiPolicy>[0])));
    return p;
  }

  private random(room: Room): () => number {
    return () => {
      const [v, next] = nextFloat(this.rngs.get(room.meta.id) ?? seedState(room.meta.seed * 7919 + 17));
      this.rngs.set(room.meta.id, next);
      return v;
    };
  }

  forget(id: string): void {
    this.counts.delete(id);
    this.rngs.delete(id);
    this.floors.delete(id);
  }
}

function humansOf(room: Room): DelegationId[] {
  return Object.keys(room.meta.seats).filter((d) => room.meta.seats[d] === 'human');
}

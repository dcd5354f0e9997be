/**
 * The players own the agenda: while a human delegation still holds its turn to table (it has not
 * tabled, passed or closed its consultations, and it has something it may table), AI delegations
 * do everything else first and wait with their own tabling, and with closing their
 * consultations, until it has. And the players keep their partners: an AI delegation closes its
 * consultations only once every human delegation has closed its own, so a player's offer or
 * talks never find the other side gone. Used by the conductor (browser, server) and the headless runner.
 */
import { inPlaceEpoch } from '../engine/epoch';
import { holdsTheFloor, indexScenario, listLegal, unanswered, type Action, type DelegationId, type GameState } from '../engine';
import type { Scenario } from '../scenario/schema';

/** A rank for taking turns that is fixed for a round and phase but differs between them: never alphabetical. */
export function turnRank(seed: number, round: number, phase: string, id: DelegationId): number {
  let h = (seed * 2654435761 + round * 40503 + phase.length * 97) >>> 0;
  for (const ch of `${phase}:${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 2246822519) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 3266489917) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The turn ranks of the last round and phase asked for (they are asked for at every step). */
let ranks: { seed: number; round: number; phase: string; by: Map<DelegationId, number> } | null = null;

function ranksOf(state: GameState): Map<DelegationId, number> {
  if (!ranks || ranks.seed !== state.seed || ranks.round !== state.round || ranks.phase !== state.phase) {
    ranks = { seed: state.seed, round: state.round, phase: state.phase, by: new Map() };
  }
  return ranks.by;
}

/** The candidate who has acted least this phase; ties go by the round's turn order. */
export function nextToAct(state: GameState, candidates: readonly DelegationId[], counts: ReadonlyMap<DelegationId, number>): DelegationId | null {
  const by = ranksOf(state);
  let best: DelegationId | null = null;
  let bestCount = Infinity;
  let bestRank = Infinity;
  for (const id of candidates) {
    const n = counts.get(id) ?? 0;
    if (n > bestCount) continue;
    let rank = by.get(id);
    if (rank === undefined) by.set(id, (rank = turnRank(state.seed, state.round, state.phase, id)));
    if (n < bestCount || rank < bestRank) {
      best = id;
      bestCount = n;
      bestRank = rank;
    }
  }
  return best;
}

export class Floor {
  private readonly parked = new Set<DelegationId>();
  /** AI delegations with nothing left but to close, waiting for the humans to close first. */
  private readonly closing = new Set<DelegationId>();
  /** The round and phase the parked set was last kept for. */
  private parkedAt = { round: -1, phase: '' };
  /** The round, phase and number of proposals tabled the closing set was last kept for. */
  private closingAt = { round: -1, phase: '', tabled: -1 };
  private heldCache: { state: GameState; epoch: number; held: DelegationId[] } | null = null;

  constructor(private readonly scenario: Scenario) {}

  /** Human delegations that still hold the floor in this state (and could table something). */
  holders(state: GameState, humans: readonly DelegationId[]): DelegationId[] {
    // A state folded in place is the same object at every step: the epoch tells the steps apart.
    const epoch = inPlaceEpoch();
    if (this.heldCache?.state === state && this.heldCache.epoch === epoch) return this.heldCache.held;
    const idx = indexScenario(this.scenario);
    const held = state.phase !== 'consultations' ? [] : humans.filter((h) =>
      holdsTheFloor(idx, state, h) && listLegal(this.scenario, state, h).of('proposal.table').length > 0);
    this.heldCache = { state, epoch, held };
    return held;
  }

  /** Whether a human delegation has still to close its consultations. */
  private humansOpen(state: GameState, humans: readonly DelegationId[]): boolean {
    return state.phase === 'consultations' && humans.some((h) => state.delegations[h]?.ready === false);
  }

  // Asked for every awaited delegation at every step: compared field by field, not as a key string.
  private sync(state: GameState, humans: readonly DelegationId[]): void {
    const p = this.parkedAt;
    if (p.round !== state.round || p.phase !== state.phase || this.holders(state, humans).length === 0) {
      p.round = state.round;
      p.phase = state.phase;
      // Clearing a Set allocates its table anew, and this runs at every step: only when there is something to clear.
      if (this.parked.size) this.parked.clear();
    }
    // Waiting to close is worth a second look when there is more on the table, or when the humans have closed.
    const c = this.closingAt;
    const tabled = state.proposalOrder.length;
    if (c.round !== state.round || c.phase !== state.phase || c.tabled !== tabled || !this.humansOpen(state, humans)) {
      c.round = state.round;
      c.phase = state.phase;
      c.tabled = tabled;
      if (this.closing.size) this.closing.clear();
    }
  }

  /** Whether an AI delegation may be asked for its next action now. */
  mayAct(state: GameState, by: DelegationId, humans: readonly DelegationId[]): boolean {
    this.sync(state, humans);
    if (!this.parked.has(by) && !this.closing.has(by)) return true;
    // Answers owed to others come before waiting.
    const owed = unanswered(indexScenario(this.scenario), state, by);
    return owed.offers + owed.consents > 0;
  }

  /**
   * Whether this AI action must wait for the human seats: its tabling and closing until they
   * have tabled or passed (it is parked until a human acts), and its closing until they have
   * closed (it waits until more is tabled, an answer is owed, or they have closed).
   */
  holdsBack(state: GameState, by: DelegationId, action: Action, humans: readonly DelegationId[]): boolean {
    if (action.type !== 'proposal.table' && action.type !== 'ready') return false;
    if (this.holders(state, humans).length > 0) {
      this.parked.add(by);
      return true;
    }
    if (action.type !== 'ready' || !this.humansOpen(state, humans)) return false;
    this.closing.add(by);
    return true;
  }

  /**
   * The AI's action while the floor is held: it is asked again without tabling or closing, and is
   * parked (null) when nothing else is worth doing. `decide` is the policy over a list of legal actions.
   */
  whileHeld(state: GameState, by: DelegationId, action: Action, humans: readonly DelegationId[], legal: () => readonly Action[], decide: (legal: Action[]) => Action): Action | null {
    if (!this.holdsBack(state, by, action, humans)) return action;
    // Closing is a delegation's last choice: with nothing else worth doing, asking again finds nothing.
    if (this.closing.has(by)) return null;
    const held = (a: Action) => a.type === 'proposal.table' || a.type === 'ready' || a.type === 'proposal.pass';
    const rest: Action[] = legal().filter((a) => !held(a));
    if (!rest.length) return null;
    const second = decide(rest);
    // A policy with nothing left to do says so ('done'), or reaches for what was taken away.
    if (second.reason?.code === 'done' || held(second)) return null;
    this.parked.delete(by);
    this.closing.delete(by);
    return second;
  }

  /** AI delegations that have nothing left but to close, and wait for the humans to close first. */
  closingAfter(state: GameState, humans: readonly DelegationId[]): DelegationId[] {
    this.sync(state, humans);
    return [...this.closing].filter((d) => state.delegations[d]?.ready === false);
  }

  /** A human acted: parked delegations look again. */
  wake(): void {
    this.parked.clear();
  }
}

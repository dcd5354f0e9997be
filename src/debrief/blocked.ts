/**
 * "Blocked and why": every objection and reservation stated in a plenary, with its reason and
 * what became of it. The game's final state cannot tell this: an amendment turns the positions
 * it answers into support, and linking a package clears every position, so the objections that
 * shaped the outcome most are the ones the state forgets. They are read from the action log.
 */
import { applyAction, createGame, type Action, type Amendment, type DelegationId, type GameState, type Reason } from '../engine';
import type { Scenario } from '../scenario/schema';

/** What ended the objection or reservation as a position on the floor. */
export type BlockResolution =
  | { kind: 'amended'; amendment: Amendment }
  | { kind: 'packaged'; with: string }
  | { kind: 'changed'; stance: 'support' | 'abstain' | 'objection' | 'reservation' }
  | { kind: 'stood' };

/** How the item itself ended (a proposal linked into a package ends with its package). */
export type ItemOutcome = 'adopted' | 'rejected' | 'withdrawn' | 'open';

export interface BlockedEntry {
  round: number;
  /** The position's place in the log (0-based), to order and to find it in the replay. */
  index: number;
  proposal: string;
  by: DelegationId;
  stance: 'objection' | 'reservation';
  amendment?: Amendment;
  reason?: Reason;
  resolution: BlockResolution;
  outcome: ItemOutcome;
}

function outcomeOf(state: GameState, proposal: string): ItemOutcome {
  let p = state.proposals[proposal];
  // A proposal linked into a package is decided with the package.
  for (let hops = 0; p?.linkedInto && hops < 10; hops++) p = state.proposals[p.linkedInto];
  if (!p) return 'open';
  return p.status === 'tabled' ? 'open' : p.status;
}

/** Every objection and reservation in the log, in the order they were stated. */
export function blockedAndWhy(scenario: Scenario, seed: number, actions: readonly Action[]): BlockedEntry[] {
  let state = createGame(scenario, seed);
  const entries: BlockedEntry[] = [];
  // The entry still standing for each delegation on each proposal.
  const open = new Map<string, BlockedEntry>();
  const standing = (proposal: string) => [...open.entries()].filter(([k]) => k.startsWith(`${proposal}|`));
  actions.forEach((a, index) => {
    const round = state.round;
    const r = applyAction(scenario, state, a);
    if (!r.ok) throw new Error(`Action ${index + 1} (${a.type} by ${a.by}) does not replay: ${r.rejection.message}`);
    state = r.state;
    if (a.type === 'plenary.position') {
      const key = `${a.proposal}|${a.by}`;
      const before = open.get(key);
      if (before) {
        before.resolution = { kind: 'changed', stance: a.stance };
        open.delete(key);
      }
      if (a.stance === 'objection' || a.stance === 'reservation') {
        const e: BlockedEntry = {
          round, index, proposal: a.proposal, by: a.by, stance: a.stance, resolution: { kind: 'stood' }, outcome: 'open',
          ...(a.amendment ? { amendment: a.amendment } : {}), ...(a.reason ? { reason: a.reason } : {}),
        };
        entries.push(e);
        open.set(key, e);
      }
    } else if (a.type === 'plenary.amend') {
      for (const [key, e] of standing(a.proposal)) {
        if (e.amendment !== a.amendment) continue;
        e.resolution = { kind: 'amended', amendment: a.amendment };
        open.delete(key);
      }
    } else if (a.type === 'plenary.link') {
      for (const [key, e] of standing(a.proposal)) {
        e.resolution = { kind: 'packaged', with: a.with };
        open.delete(key);
      }
    }
  });
  for (const e of entries) e.outcome = outcomeOf(state, e.proposal);
  return entries;
}

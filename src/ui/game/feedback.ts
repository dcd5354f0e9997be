/**
 * What changed for the player between two snapshots and deserves a word: its offers answered
 * or expired, its fact-finding missions refused (and by whom), disputes that changed stage,
 * and every plenary decision (whoever called it), with its package and amendments.
 * Pure, so the toasts follow the state whoever caused the change (the player, an AI turn).
 */
import type { Amendment, ChronicleEntry, DelegationId, GameState, Offer } from '../../engine';
import type { Stage } from '../../scenario/schema';

export type Feedback =
  | { kind: 'offer'; status: Exclude<Offer['status'], 'open'>; to: DelegationId }
  | { kind: 'mission-refused'; flashpoint: string; refused: DelegationId[]; unanswered: DelegationId[] }
  | { kind: 'stage'; flashpoint: string; from: Stage; to: Stage }
  /** `items`: how many proposals were decided together (more than one for a package). */
  | { kind: 'decision'; entry: Extract<ChronicleEntry, { kind: 'decision' }>; items: number; amendments: Amendment[] };

export function moveFeedback(prev: GameState, next: GameState, me: DelegationId, parties: (flashpoint: string) => readonly DelegationId[]): Feedback[] {
  const out: Feedback[] = [];
  const earlier = new Map(prev.offers.map((o) => [o.id, o]));
  for (const offer of next.offers) {
    const before = earlier.get(offer.id);
    if (offer.from !== me || offer.status === 'open' || !before || before.status !== 'open') continue;
    out.push({ kind: 'offer', status: offer.status, to: offer.to });
  }
  for (const [id, f] of Object.entries(next.flashpoints)) {
    const before = prev.flashpoints[id];
    if (!before) continue;
    if (f.factFinding === 'refused' && before.factFinding === 'requested' && before.factFindingBy === me) {
      const all = parties(id);
      out.push({
        kind: 'mission-refused', flashpoint: id,
        refused: all.filter((p) => f.consents[p] === false),
        unanswered: all.filter((p) => f.consents[p] === undefined),
      });
    }
  }
  // Stage changes and decisions are read from the chronicle, which records each as it happens.
  for (const entry of next.chronicle.flat().slice(prev.chronicle.flat().length)) {
    if (entry.kind === 'stage') out.push({ kind: 'stage', flashpoint: entry.flashpoint, from: entry.from, to: entry.to });
    if (entry.kind === 'decision') {
      const p = next.proposals[entry.proposal];
      out.push({ kind: 'decision', entry, items: 1 + (p?.package.length ?? 0), amendments: entry.adopted ? [...(p?.amendments ?? [])] : [] });
    }
  }
  return out;
}

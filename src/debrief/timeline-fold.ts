/**
 * A timeline short enough to discuss: routine entries (proposals tabled, pledges kept, measures
 * carried out, the start of a round) fold into one line between the entries worth talking
 * about, and the timeline can be narrowed to what involved the student teams.
 */
import type { ChronicleEntry, DelegationId, GameState } from '../engine';
import type { TimelineEntry } from './build';

export type TimelineItem = { kind: 'entry'; entry: TimelineEntry } | { kind: 'folded'; entries: TimelineEntry[] };

/** Whether an entry is routine: it happens many times a round and rarely needs discussing. */
export function isRoutine(e: ChronicleEntry): boolean {
  switch (e.kind) {
    case 'round': case 'tabled': case 'implemented': return true;
    case 'pledge': return e.kept;
    default: return false;
  }
}

/** The delegations an entry is about. */
export function entryDelegations(e: ChronicleEntry, state: GameState): DelegationId[] {
  switch (e.kind) {
    case 'tabled': case 'pledge': case 'mediation': case 'fact-finding-refused': case 'bloc-joined': case 'corridor': return [e.by];
    case 'decision': {
      const p = state.proposals[e.proposal];
      return [...(p ? [p.proposer] : []), ...e.blockers, ...e.abstained, ...(p ? Object.keys(p.positions) : [])];
    }
    case 'withdrawn': { const p = state.proposals[e.proposal]; return p ? [p.proposer] : []; }
    case 'implemented': return e.by;
    case 'bloc-founded': return e.members;
    case 'round': return [e.chair];
    default: return [];
  }
}

/**
 * The entries in order with each run of routine ones folded; with `teams`, only entries that
 * involve one of them, plus what concerns everyone (events, stages, the charter, the end).
 */
export function foldTimeline(entries: readonly TimelineEntry[], state: GameState, teams?: ReadonlySet<DelegationId>): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const entry of entries) {
    if (teams && teams.size) {
      const who = entryDelegations(entry, state);
      if (who.length && !who.some((d) => teams.has(d))) continue;
    }
    if (!isRoutine(entry)) {
      items.push({ kind: 'entry', entry });
      continue;
    }
    const last = items[items.length - 1];
    if (last?.kind === 'folded') last.entries.push(entry);
    else items.push({ kind: 'folded', entries: [entry] });
  }
  return items;
}

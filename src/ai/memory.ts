/**
 * What a delegation remembers of the others, derived only from the public record: pledges kept
 * and broken, and the reasons of the positions stated on every past proposal. Red lines are
 * secret, but a delegation that objected "on a red line" has revealed it.
 */
import type { DelegationId, GameState, Pledge, Proposal } from '../engine';
import { identityCache, inPlaceEpoch } from '../engine/epoch';

export interface KnownRedLines {
  /** Measures it refused outright ('never') or accepts only weakened ('weaken'). */
  measures: Record<string, 'never' | 'weaken'>;
  military: boolean;
  energyBloc: boolean;
}

/** The public memory of the conference, answered lazily: most decisions need only a little of it. */
export interface Memory {
  /** Pledges `who` has kept and broken so far. */
  record(who: DelegationId): { kept: number; broken: number };
  /** Proposals `who` has pledged to support and not yet settled. */
  openPledges(who: DelegationId): string[];
  /** The red lines `who` has revealed. */
  redLines(who: DelegationId): KnownRedLines;
}

type Revealed = { by: DelegationId; code: string; measure: string | null };

/**
 * What one proposal's positions revealed; Immer keeps a proposal object identical until it
 * changes, and a state folded in place refills the cache once a step (see engine/epoch.ts).
 */
const revealedBy = identityCache((p: Proposal): Revealed[] => {
  const hit: Revealed[] = [];
  for (const [by, pos] of Object.entries(p.positions)) {
    const code = pos.reason?.code;
    // An objection on national priorities is as firm as a red line, as far as others can tell.
    if (!code || (!code.startsWith('red-line-') && code !== 'objective-block')) continue;
    const measure = pos.reason?.params?.measure;
    hit.push({ by, code, measure: typeof measure === 'string' ? measure : null });
  }
  return hit;
});

function learn(known: KnownRedLines, r: Revealed): void {
  if ((r.code === 'red-line-measure' || r.code === 'objective-block') && r.measure) known.measures[r.measure] = 'never';
  if (r.code === 'red-line-measure-weaken' && r.measure && known.measures[r.measure] !== 'never') known.measures[r.measure] = 'weaken';
  if (r.code === 'red-line-military-crisis' || r.code === 'red-line-military-crisis-exempt') known.military = true;
  if (r.code === 'red-line-energy-bloc') known.energyBloc = true;
}

function emptyRedLines(): KnownRedLines {
  return { measures: {}, military: false, energyBloc: false };
}

/**
 * What the decided proposals (no longer 'tabled') revealed: their positions never change again,
 * so during a game this only gains proposals and is extended rather than recounted (a state
 * whose decided proposals are not a superset of those learnt from is learnt afresh). Learning is
 * a union ('never' outranks 'weaken'), so the order does not matter. A result once returned is
 * never changed: an extension copies the delegations it touches.
 */
let decided: { seen: Set<Proposal>; redLines: Record<DelegationId, KnownRedLines> } = { seen: new Set(), redLines: {} };

function copyOf(known: KnownRedLines | undefined): KnownRedLines {
  return known ? { measures: { ...known.measures }, military: known.military, energyBloc: known.energyBloc } : emptyRedLines();
}

/** `redLines` with what `p` revealed learnt, copying each delegation's entry the first time it is touched. */
function learnFrom(redLines: Record<DelegationId, KnownRedLines>, copied: Set<DelegationId> | null, p: Proposal): void {
  for (const r of revealedBy(p)) {
    if (copied && !copied.has(r.by)) {
      redLines[r.by] = copyOf(redLines[r.by]);
      copied.add(r.by);
    }
    learn((redLines[r.by] ??= emptyRedLines()), r);
  }
}

function decidedRedLines(state: GameState): Record<DelegationId, KnownRedLines> {
  const fresh: Proposal[] = [];
  let count = 0;
  for (const id of state.proposalOrder) {
    const p = state.proposals[id]!;
    if (p.status === 'tabled') continue;
    count += 1;
    if (!decided.seen.has(p)) fresh.push(p);
  }
  if (!fresh.length && count === decided.seen.size) return decided.redLines;
  if (count - fresh.length !== decided.seen.size) {
    const next = { seen: new Set<Proposal>(), redLines: {} as Record<DelegationId, KnownRedLines> };
    for (const id of state.proposalOrder) {
      const p = state.proposals[id]!;
      if (p.status === 'tabled') continue;
      learnFrom(next.redLines, null, p);
      next.seen.add(p);
    }
    decided = next;
  } else {
    const next = { seen: new Set(decided.seen), redLines: { ...decided.redLines } };
    const copied = new Set<DelegationId>();
    for (const p of fresh) {
      learnFrom(next.redLines, copied, p);
      next.seen.add(p);
    }
    decided = next;
  }
  return decided.redLines;
}

const redLineCache = new WeakMap<object, { epoch: number; redLines: Record<DelegationId, KnownRedLines> }>();

/** Keyed on the proposals object; an entry from an earlier in-place epoch is computed again. */
function redLinesFrom(state: GameState): Record<DelegationId, KnownRedLines> {
  const hit = redLineCache.get(state.proposals);
  if (hit && hit.epoch === inPlaceEpoch()) return hit.redLines;
  // The decided proposals' reveals, and on top of them those of the proposals still before the plenary.
  const redLines = { ...decidedRedLines(state) };
  const copied = new Set<DelegationId>();
  for (const id of state.proposalOrder) {
    const p = state.proposals[id]!;
    if (p.status === 'tabled') learnFrom(redLines, copied, p);
  }
  redLineCache.set(state.proposals, { epoch: inPlaceEpoch(), redLines });
  return redLines;
}

const NONE: string[] = [];
/** What a delegation that has revealed nothing has revealed (shared, so never changed). */
const NOTHING_REVEALED: KnownRedLines = Object.freeze({ measures: Object.freeze({}), military: false, energyBloc: false }) as KnownRedLines;

/**
 * The memory of the conference as any delegation may derive it from the public record. Only
 * public parts of the state are read, so caches keyed by their identity are shared safely.
 */
type Records = Map<DelegationId, { kept: number; broken: number }>;

function tallyPledge(records: Records, p: Pledge): void {
  if (p.status !== 'kept' && p.status !== 'broken') return;
  let r = records.get(p.by);
  if (!r) records.set(p.by, (r = { kept: 0, broken: 0 }));
  if (p.status === 'kept') r.kept += 1;
  else r.broken += 1;
}

/**
 * The records of the settled pledges at the head of a pledge list, by the list. A pledge is only
 * ever added to the end, and once kept, broken or void it never changes again, so the head that
 * is settled only grows: it is extended, never recounted (pledges of past rounds are all settled,
 * so at each step only this round's are read). A list Immer copied is another key, counted anew.
 */
const settledHead = new WeakMap<readonly Pledge[], { upTo: number; records: Records }>();

/** The settled head's tally, extended to the end of the head (shared: read it, never change it). */
function settledRecords(pledges: readonly Pledge[]): { upTo: number; records: Records } {
  let head = settledHead.get(pledges);
  if (!head) settledHead.set(pledges, (head = { upTo: 0, records: new Map() }));
  while (head.upTo < pledges.length && pledges[head.upTo]!.status !== 'open') tallyPledge(head.records, pledges[head.upTo++]!);
  return head;
}

export function recall(state: GameState): Memory {
  return new Recalled(state);
}

/**
 * One decision's memory. A class rather than an object of closures: a memory is made for every
 * decision, and under tsx (the CLI, the server) each named closure is also renamed on creation.
 */
class Recalled implements Memory {
  // Every delegation's record, the first time any is asked for.
  private records: Records | null = null;
  private settled: Records | null = null;
  private tail: Records | null = null;
  private open: Map<DelegationId, string[]> | null = null;

  constructor(private readonly state: GameState) {}

  record(who: DelegationId): { kept: number; broken: number } {
    const state = this.state;
    if (!this.records) {
      // The pledges settled after the head (this round's), then each delegation's head and tail as asked for.
      const head = settledRecords(state.pledges);
      this.tail = new Map();
      for (let i = head.upTo; i < state.pledges.length; i++) tallyPledge(this.tail, state.pledges[i]!);
      this.records = new Map();
      this.settled = head.records;
    }
    let r = this.records.get(who);
    if (!r) {
      const h = this.settled!.get(who);
      const t = this.tail!.get(who);
      this.records.set(who, (r = { kept: (h?.kept ?? 0) + (t?.kept ?? 0), broken: (h?.broken ?? 0) + (t?.broken ?? 0) }));
    }
    return r;
  }

  openPledges(who: DelegationId): string[] {
    const state = this.state;
    if (!this.open) {
      const open = (this.open = new Map<DelegationId, string[]>());
      // Pledges are settled or voided by the end of their round, so open ones are at the end of the list.
      for (let i = state.pledges.length - 1; i >= 0 && state.pledges[i]!.round === state.round; i--) {
        const p = state.pledges[i]!;
        if (p.status !== 'open') continue;
        const list = open.get(p.by);
        if (list) list.push(p.proposal);
        else open.set(p.by, [p.proposal]);
      }
    }
    return this.open.get(who) ?? NONE;
  }

  redLines(who: DelegationId): KnownRedLines {
    return redLinesFrom(this.state)[who] ?? NOTHING_REVEALED;
  }
}

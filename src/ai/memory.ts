/**
 * What a delegation remembers of the others, derived only from the public record: pledges kept
 * and broken, and the reasons of the positions stated on every past proposal. Red lines are
 * secret, but a delegation that objected "on a red line" has revealed it.
 */
import type { DelegationId, GameState, Proposal } from '../engine';

export interface KnownRedLines {
  /** Measures it refused outright ('never') or accepts only weakened ('weaken'). */
  measures: Record<string, 'never' | 'weaken'>;
  military: boolean;
  energyBloc: boolean;
}

export interface Memory {
  pledges: Record<DelegationId, { kept: number; broken: number }>;
  /** Open pledges: delegation → proposals it has pledged to support. */
  openPledges: Record<DelegationId, string[]>;
  redLines: Record<DelegationId, KnownRedLines>;
}

type Revealed = { by: DelegationId; code: string; measure: string | null };

/** What one proposal's positions revealed; Immer keeps a proposal object identical until it changes. */
const revealedCache = new WeakMap<Proposal, Revealed[]>();

function revealedBy(p: Proposal): Revealed[] {
  let hit = revealedCache.get(p);
  if (hit) return hit;
  hit = [];
  for (const [by, pos] of Object.entries(p.positions)) {
    const code = pos.reason?.code;
    // An objection on national priorities is as firm as a red line, as far as others can tell.
    if (!code || (!code.startsWith('red-line-') && code !== 'objective-block')) continue;
    const measure = pos.reason?.params?.measure;
    hit.push({ by, code, measure: typeof measure === 'string' ? measure : null });
  }
  revealedCache.set(p, hit);
  return hit;
}

function learn(known: KnownRedLines, r: Revealed): void {
  if ((r.code === 'red-line-measure' || r.code === 'objective-block') && r.measure) known.measures[r.measure] = 'never';
  if (r.code === 'red-line-measure-weaken' && r.measure && known.measures[r.measure] !== 'never') known.measures[r.measure] = 'weaken';
  if (r.code === 'red-line-military-crisis') known.military = true;
  if (r.code === 'red-line-energy-bloc') known.energyBloc = true;
}

function emptyRedLines(): KnownRedLines {
  return { measures: {}, military: false, energyBloc: false };
}

const redLineCache = new WeakMap<object, Memory['redLines']>();
const pledgeCache = new WeakMap<object, Pick<Memory, 'pledges' | 'openPledges'>>();

function redLinesFrom(state: GameState): Memory['redLines'] {
  const hit = redLineCache.get(state.proposals);
  if (hit) return hit;
  const redLines: Memory['redLines'] = {};
  for (const id of state.proposalOrder) {
    for (const r of revealedBy(state.proposals[id]!)) learn((redLines[r.by] ??= emptyRedLines()), r);
  }
  redLineCache.set(state.proposals, redLines);
  return redLines;
}

function pledgesFrom(state: GameState): Pick<Memory, 'pledges' | 'openPledges'> {
  const hit = pledgeCache.get(state.pledges);
  if (hit) return hit;
  const pledges: Memory['pledges'] = {};
  const openPledges: Memory['openPledges'] = {};
  for (const p of state.pledges) {
    const r = (pledges[p.by] ??= { kept: 0, broken: 0 });
    if (p.status === 'kept') r.kept += 1;
    if (p.status === 'broken') r.broken += 1;
    if (p.status === 'open') (openPledges[p.by] ??= []).push(p.proposal);
  }
  const out = { pledges, openPledges };
  pledgeCache.set(state.pledges, out);
  return out;
}

/**
 * The public memory of the conference as any delegation may derive it. It depends only on public
 * parts of the state, so it is cached by their identity and shared between delegations.
 */
export function recall(state: GameState): Memory {
  return { ...pledgesFrom(state), redLines: redLinesFrom(state) };
}

export function knownRedLines(memory: Memory, who: DelegationId): KnownRedLines {
  return memory.redLines[who] ?? emptyRedLines();
}


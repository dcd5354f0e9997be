/**
 * What a delegation remembers of the others, derived only from the public record: pledges kept
 * and broken, and the positions (with their reasons) stated on every past proposal. Red lines
 * are secret, but a delegation that objected "on a red line" has revealed it.
 */
import type { DelegationId, GameState, Stance } from '../engine';

export interface KnownRedLines {
  /** Measures it refused outright ('never') or accepts only weakened ('weaken'). */
  measures: Record<string, 'never' | 'weaken'>;
  military: boolean;
  energyBloc: boolean;
}

export interface Memory {
  pledges: Record<DelegationId, { kept: number; broken: number }>;
  redLines: Record<DelegationId, KnownRedLines>;
  /** The last stance each delegation stated on each subject (keyed `measure:id`, `cluster:id`, `charter`). */
  stances: Record<DelegationId, Record<string, Stance>>;
  /** Objections each delegation has raised in all, and positions it has stated. */
  objections: Record<DelegationId, { objected: number; stated: number }>;
}

/** The key of a proposal's subject, shared by every proposal on the same measure or cluster. */
export function subjectKey(subject: GameState['proposals'][string]['subject']): string {
  return subject.kind === 'measure' ? `measure:${subject.measure}` : subject.kind === 'cluster' ? `cluster:${subject.cluster}` : 'charter';
}

function emptyRedLines(): KnownRedLines {
  return { measures: {}, military: false, energyBloc: false };
}

/** Positions are derived per proposals object; Immer keeps it identical until a position or proposal changes. */
const positionsCache = new WeakMap<object, Omit<Memory, 'pledges'>>();

function fromPositions(state: GameState): Omit<Memory, 'pledges'> {
  const hit = positionsCache.get(state.proposals);
  if (hit) return hit;
  const redLines: Memory['redLines'] = {};
  const stances: Memory['stances'] = {};
  const objections: Memory['objections'] = {};
  for (const id of state.proposalOrder) {
    const p = state.proposals[id]!;
    const key = subjectKey(p.subject);
    for (const [by, pos] of Object.entries(p.positions)) {
      (stances[by] ??= {})[key] = pos.stance;
      const o = (objections[by] ??= { objected: 0, stated: 0 });
      o.stated += 1;
      if (pos.stance === 'objection') o.objected += 1;
      const code = pos.reason?.code;
      const measure = pos.reason?.params?.measure;
      if (!code?.startsWith('red-line-')) continue;
      const known = (redLines[by] ??= emptyRedLines());
      if (code === 'red-line-measure' && typeof measure === 'string') known.measures[measure] = 'never';
      if (code === 'red-line-measure-weaken' && typeof measure === 'string' && known.measures[measure] !== 'never') known.measures[measure] = 'weaken';
      if (code === 'red-line-military-crisis') known.military = true;
      if (code === 'red-line-energy-bloc') known.energyBloc = true;
    }
  }
  const out = { redLines, stances, objections };
  positionsCache.set(state.proposals, out);
  return out;
}

/** The public memory of the conference as any delegation may derive it. */
export function recall(state: GameState): Memory {
  const pledges: Memory['pledges'] = {};
  for (const p of state.pledges) {
    const r = (pledges[p.by] ??= { kept: 0, broken: 0 });
    if (p.status === 'kept') r.kept += 1;
    if (p.status === 'broken') r.broken += 1;
  }
  return { ...fromPositions(state), pledges };
}

export function knownRedLines(memory: Memory, who: DelegationId): KnownRedLines {
  return memory.redLines[who] ?? emptyRedLines();
}

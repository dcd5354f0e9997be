/**
 * The Charter tracker: each precondition of the Charter with whether it is met, who has blocked
 * it in the plenary (from the public chronicle of decisions), and when the Charter can next come
 * to the agenda. Everything here is public, so any viewer may be shown it.
 */
import { implementedDimensions, implementedMeasures, isSummit, memberConflictActive } from './charter';
import type { ScenarioIndex } from './scenario-index';
import type { DelegationId, GameState } from './state';
import { cohesion } from './trust';

/** A plenary decision that failed on this precondition: when, and who objected. */
export interface Blocked {
  round: number;
  proposal: string;
  blockers: DelegationId[];
}

export type CharterCondition =
  | {
    code: 'cluster'; cluster: string; status: 'open' | 'tabled' | 'agreed'; met: boolean; missing: string[]; blocked: Blocked[];
    /** Members objecting now to the cluster on this round's table, as stated in the plenary. */
    objecting: DelegationId[];
  }
  | { code: 'cohesion'; met: boolean; value: number; needed: number }
  | { code: 'dimensions'; met: boolean; value: number; needed: number }
  | { code: 'implemented'; met: boolean; value: number; needed: number }
  | { code: 'no-conflict'; met: boolean; flashpoints: string[] };

export interface CharterTrack {
  adopted: boolean;
  adoptedRound: number | null;
  conditions: CharterCondition[];
  /** Past decisions on the Charter itself that failed, with who blocked them. */
  charterBlocked: Blocked[];
  /** The summit round at which the Charter can next come to the agenda, or null when none is left. */
  nextSummit: number | null;
  /** The last summit round of the game: the true deadline for the Charter. */
  lastSummit: number | null;
  /** Whether the Charter is on this round's agenda now, or comes to it at this summit's plenary. */
  dueNow: boolean;
}

/** Failed decisions whose question included a subject matching `hit`. */
function blockedOn(state: GameState, hit: (s: GameState['proposals'][string]['subject']) => boolean): Blocked[] {
  const out: Blocked[] = [];
  for (const e of state.chronicle.flat()) {
    if (e.kind !== 'decision' || e.adopted) continue;
    const p = state.proposals[e.proposal];
    if (!p) continue;
    const subjects = [p.subject, ...p.package.map((id) => state.proposals[id]?.subject).filter((s) => s !== undefined)];
    if (subjects.some(hit)) out.push({ round: e.round, proposal: e.proposal, blockers: [...e.blockers] });
  }
  return out;
}

/** Objections stated so far on the tabled question that includes this cluster. */
function objectingNow(state: GameState, cluster: string): DelegationId[] {
  for (const id of state.proposalOrder) {
    const p = state.proposals[id]!;
    if (p.status !== 'tabled' || p.round !== state.round) continue;
    const owner = p.linkedInto ? state.proposals[p.linkedInto] : p;
    if (p.subject.kind !== 'cluster' || p.subject.cluster !== cluster || !owner) continue;
    return Object.entries(owner.positions).filter(([, pos]) => pos.stance === 'objection').map(([who]) => who);
  }
  return [];
}

/** The first summit round from this one on at which the Charter can still come to a plenary. */
function nextSummitRound(idx: ScenarioIndex, state: GameState): number | null {
  const thisRoundOpen = state.phase === 'opening' || state.phase === 'consultations' || state.phase === 'plenary';
  const rounds = [...idx.scenario.calendar.summitRounds].sort((a, b) => a - b);
  return rounds.find((r) => r > state.round || (r === state.round && thisRoundOpen)) ?? null;
}

export function charterTrack(idx: ScenarioIndex, state: GameState): CharterTrack {
  const c = idx.scenario.rules.charter;
  const conditions: CharterCondition[] = idx.scenario.transformation.clusters.map((cl) => {
    const status = state.clusters[cl.id] ?? 'open';
    return {
      code: 'cluster', cluster: cl.id, status, met: status === 'agreed',
      missing: cl.requires.filter((m) => state.measures[m]?.status !== 'adopted'),
      blocked: blockedOn(state, (s) => s.kind === 'cluster' && s.cluster === cl.id),
      objecting: status === 'tabled' ? objectingNow(state, cl.id) : [],
    };
  });
  const coh = cohesion(idx, state);
  conditions.push({ code: 'cohesion', met: coh >= c.minCohesion, value: coh, needed: c.minCohesion });
  const dims = implementedDimensions(idx, state);
  conditions.push({ code: 'dimensions', met: dims >= c.minDimensions, value: dims, needed: c.minDimensions });
  const done = implementedMeasures(idx, state).length;
  conditions.push({ code: 'implemented', met: done >= c.minImplemented, value: done, needed: c.minImplemented });
  const conflicts = memberConflictActive(idx, state)
    ? idx.scenario.flashpoints.filter((f) => state.flashpoints[f.id]!.stage === 'conflict' && f.parties.filter((p) => idx.members.includes(p)).length >= 2).map((f) => f.id)
    : [];
  conditions.push({ code: 'no-conflict', met: conflicts.length === 0, flashpoints: conflicts });
  const summits = idx.scenario.calendar.summitRounds;
  const charterThisRound = state.proposalOrder.map((id) => state.proposals[id]!).filter((p) => p.round === state.round && p.subject.kind === 'charter');
  const onAgenda = charterThisRound.some((p) => p.status === 'tabled');
  const clustersAgreed = Object.values(state.clusters).every((s) => s === 'agreed');
  const summitOpen = isSummit(idx, state.round) && (state.phase === 'consultations' || state.phase === 'plenary' || state.phase === 'opening');
  return {
    adopted: state.charter.adopted,
    adoptedRound: state.charter.round ?? null,
    conditions,
    charterBlocked: blockedOn(state, (s) => s.kind === 'charter'),
    nextSummit: state.charter.adopted ? null : nextSummitRound(idx, state),
    lastSummit: summits.length ? Math.max(...summits) : null,
    dueNow: !state.charter.adopted && (onAgenda || (summitOpen && clustersAgreed && charterThisRound.length === 0)),
  };
}

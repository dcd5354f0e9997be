/**
 * The Charter tracker: each precondition of the Charter with whether it is met, who has blocked
 * it in the plenary (from the public chronicle of decisions and the positions stated, whose
 * reasons tell an objection to a cluster from one to another item packaged with it), and when
 * the Charter can next come to the agenda. Everything here is public, so any viewer may be shown it.
 */
import { implementedDimensions, implementedMeasures, isSummit, memberConflictActive } from './charter';
import type { ScenarioIndex } from './scenario-index';
import type { DelegationId, GameState, Position, ProposalSubject } from './state';
import { cohesion } from './trust';

/** A plenary decision that failed on this precondition: when, and who objected. */
export interface Blocked {
  round: number;
  proposal: string;
  /** Those who blocked this precondition: their objection named it, or the question as a whole. */
  blockers: DelegationId[];
  /**
   * In a package: those whose stated objection named another item of it, not this precondition
   * (the package fell with them, but they did not object to this).
   */
  overOthers: DelegationId[];
  /** Set when the question had the votes but failed on the Charter's unmet preconditions. */
  unmet?: true;
}

export type CharterCondition =
  | {
    code: 'cluster'; cluster: string; status: 'open' | 'tabled' | 'agreed'; met: boolean; missing: string[]; blocked: Blocked[];
    /** Members objecting now to the cluster on this round's table, as stated in the plenary. */
    objecting: DelegationId[];
    /** Members objecting now to the package the cluster is in, over another item of it. */
    objectingOthers: DelegationId[];
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

const subjectKey = (s: ProposalSubject): string => (s.kind === 'measure' ? `measure:${s.measure}` : s.kind === 'cluster' ? `cluster:${s.cluster}` : 'charter');

/** The item of the question a position's reason names (a measure or a cluster), if it names one. */
function namedItem(pos: Position | undefined): string | null {
  const params = pos?.reason?.params;
  if (typeof params?.cluster === 'string' && params.cluster) return `cluster:${params.cluster}`;
  if (typeof params?.measure === 'string' && params.measure) return `measure:${params.measure}`;
  return null;
}

/**
 * Splits the objectors to a question by what their objection was aimed at: `key` (or the whole
 * question: no reason, or one that names no item of it) against another item of its package.
 */
function splitObjectors(state: GameState, head: GameState['proposals'][string], who: readonly DelegationId[], key: string): { on: DelegationId[]; others: DelegationId[] } {
  const keys = [head.subject, ...head.package.map((id) => state.proposals[id]?.subject).filter((s) => s !== undefined)].map(subjectKey);
  const on: DelegationId[] = [];
  const others: DelegationId[] = [];
  for (const b of who) {
    const named = namedItem(head.positions[b]);
    (named && named !== key && keys.includes(named) ? others : on).push(b);
  }
  return { on, others };
}

/** Failed decisions whose question included the subject `key`, with who blocked that subject. */
function blockedOn(state: GameState, key: string): Blocked[] {
  const out: Blocked[] = [];
  for (const e of state.chronicle.flat()) {
    if (e.kind !== 'decision' || e.adopted) continue;
    const p = state.proposals[e.proposal];
    if (!p) continue;
    const subjects = [p.subject, ...p.package.map((id) => state.proposals[id]?.subject).filter((s) => s !== undefined)];
    if (!subjects.some((s) => subjectKey(s) === key)) continue;
    const { on, others } = splitObjectors(state, p, e.blockers, key);
    out.push({ round: e.round, proposal: e.proposal, blockers: on, overOthers: others, ...(e.why ? { unmet: true as const } : {}) });
  }
  return out;
}

/** Objections stated so far on the tabled question that includes this cluster, split as `splitObjectors` does. */
function objectingNow(state: GameState, cluster: string): { on: DelegationId[]; others: DelegationId[] } {
  for (const id of state.proposalOrder) {
    const p = state.proposals[id]!;
    if (p.status !== 'tabled' || p.round !== state.round) continue;
    const owner = p.linkedInto ? state.proposals[p.linkedInto] : p;
    if (p.subject.kind !== 'cluster' || p.subject.cluster !== cluster || !owner) continue;
    const objecting = Object.entries(owner.positions).filter(([, pos]) => pos.stance === 'objection').map(([who]) => who);
    return splitObjectors(state, owner, objecting, `cluster:${cluster}`);
  }
  return { on: [], others: [] };
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
    const now = status === 'tabled' ? objectingNow(state, cl.id) : { on: [], others: [] };
    return {
      code: 'cluster', cluster: cl.id, status, met: status === 'agreed',
      missing: cl.requires.filter((m) => state.measures[m]?.status !== 'adopted'),
      blocked: blockedOn(state, `cluster:${cl.id}`),
      objecting: now.on,
      objectingOthers: now.others,
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
    charterBlocked: blockedOn(state, 'charter'),
    nextSummit: state.charter.adopted ? null : nextSummitRound(idx, state),
    lastSummit: summits.length ? Math.max(...summits) : null,
    dueNow: !state.charter.adopted && (onAgenda || (summitOpen && clustersAgreed && charterThisRound.length === 0)),
  };
}

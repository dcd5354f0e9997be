/**
 * Estimates from public information: what adopting a subject is worth to a delegation (its
 * declared interests are public; only its own secret objectives are known to itself), and whether
 * a delegation is party to a crisis that makes sensitive measures hard for it.
 */
import { amendmentStrength, CLUSTERS_WITHOUT_CHARTER, goalMet, type Amendment, type DelegationId, type GameState, type ProposalSubject } from '../engine';
import type { Goal, MeasureDef } from '../scenario/schema';
import type { AiContext } from './context';
import { decisionCache, trust } from './context';

/** The subjects decided together with a proposal: itself and any proposals linked into it. */
export function componentsOf(state: GameState, proposal: string): ProposalSubject[] {
  const p = state.proposals[proposal]!;
  return [p.subject, ...p.package.map((id) => state.proposals[id]!.subject)];
}

/** The state as if these subjects were adopted now; only the touched branches are copied. */
export function adoptedState(state: GameState, subjects: readonly ProposalSubject[], amendments: readonly Amendment[]): GameState {
  const measures = { ...state.measures };
  const clusters = { ...state.clusters };
  let charter = state.charter;
  for (const s of subjects) {
    if (s.kind === 'measure') measures[s.measure] = { ...measures[s.measure]!, status: 'adopted', adoptedRound: state.round, amendments: [...amendments] };
    else if (s.kind === 'cluster') clusters[s.cluster] = 'agreed';
    else charter = { adopted: true, round: state.round };
  }
  return { ...state, measures, clusters, charter };
}

/**
 * Whether `goal` is met once these subjects are adopted, given whether it is met now (`now`):
 * adoption changes a measure's status and the charter, so only goals that read those can move;
 * every other goal stays as it is. A test holds this to `goalMet` on `adoptedState`.
 */
export function metOnAdoption(goal: Goal, subjects: readonly ProposalSubject[], now: boolean): boolean {
  switch (goal.type) {
    case 'measure-adopted': return now || subjects.some((s) => s.kind === 'measure' && s.measure === goal.measure);
    case 'measure-not-adopted': return now && !subjects.some((s) => s.kind === 'measure' && s.measure === goal.measure);
    case 'charter-adopted': return now || subjects.some((s) => s.kind === 'charter');
    default: return now;
  }
}

export interface Gain {
  /** Interest points, own objectives and a share of the collective outcome gained by adoption. */
  total: number;
  /** Points of the delegation's own objectives won (positive) or lost (negative). */
  objectives: number;
  /** The measure whose objective decided, when one did. */
  objectiveMeasure?: string;
  /** The interest that weighs most in the subjects (for reasons). */
  dimension: string;
}

function measureOf(ctx: AiContext, s: ProposalSubject): MeasureDef | null {
  return s.kind === 'measure' ? ctx.idx.measure.get(s.measure) ?? null : null;
}

/**
 * The interest points adopting these subjects adds to `who`'s `interestValue` (the engine's
 * measure of a state), computed term by term: a measure's dimension weight (0.6 of it when
 * weakened), twice the energy weight for bringing the bloc under CICA, 2 for a cooperation
 * programme with an organisation it belongs to; 0.8 of the transformation weight per cluster and
 * 6 times it for the charter. A test pins this to `interestValue` itself.
 */
export function adoptionGain(ctx: AiContext, who: DelegationId, subjects: readonly ProposalSubject[], amendments: readonly Amendment[]): number {
  const def = ctx.idx.delegation.get(who)!;
  const w = def.profile.interests;
  const strength = amendmentStrength(amendments);
  let v = 0;
  for (const s of subjects) {
    if (s.kind === 'cluster') v += ctx.state.clusters[s.cluster] === 'agreed' ? 0 : w.transformation * 0.8;
    else if (s.kind === 'charter') v += ctx.state.charter.adopted ? 0 : w.transformation * 6;
    else {
      const m = ctx.idx.measure.get(s.measure);
      if (!m || ctx.state.measures[m.id]?.status === 'adopted') continue;
      v += w[m.dimension] * strength + (m.energyBloc ? w.energy * 2 : 0) + (m.partner && def.memberships.includes(m.partner) ? 2 : 0);
    }
  }
  return v;
}

/** The clusters, and those agreed: counted once a decision, which weighs questions for every member. */
function clustersAgreed(ctx: AiContext): { all: number; agreed: number } {
  let counted = ctx.cache.get('clusters-agreed') as { all: number; agreed: number } | undefined;
  if (!counted) {
    counted = { all: 0, agreed: 0 };
    for (const id in ctx.state.clusters) {
      counted.all += 1;
      if (ctx.state.clusters[id] === 'agreed') counted.agreed += 1;
    }
    ctx.cache.set('clusters-agreed', counted);
  }
  return counted;
}

/**
 * Clusters and the charter raise everyone's share of the collective outcome (a fifth of its
 * score): the charter part of `collectiveOutcome` is a share of `CLUSTERS_WITHOUT_CHARTER` for
 * agreed clusters, or 40 plus 3 per round to spare once the charter is adopted.
 */
export function shareGain(ctx: AiContext, subjects: readonly ProposalSubject[]): number {
  const { state, scenario } = ctx;
  const { all, agreed } = clustersAgreed(ctx);
  if (!all || state.charter.adopted) return 0;
  const before = Math.round((agreed / all) * CLUSTERS_WITHOUT_CHARTER);
  let after = before;
  const more = subjects.filter((s) => s.kind === 'cluster' && state.clusters[s.cluster] !== 'agreed').length;
  if (more) after = Math.round(((agreed + more) / all) * CLUSTERS_WITHOUT_CHARTER);
  if (subjects.some((s) => s.kind === 'charter')) after = 40 + 3 * Math.max(0, scenario.calendar.rounds - state.round);
  return (after - before) / 5;
}

/** Share of a cluster's value that adopting a measure it requires is worth, per cluster it opens. */
export const PATH_SHARE = 0.5;

/**
 * A measure that a cluster still waiting for it requires opens the road to the Charter: worth a
 * share of that cluster to whoever cares for the transformation (the tie is public scenario data).
 */
export function pathGain(ctx: AiContext, who: DelegationId, measure: string): number {
  const { state, scenario } = ctx;
  if (state.charter.adopted || !scenario.transformation.enabled) return 0;
  const w = ctx.idx.delegation.get(who)!.profile.interests.transformation;
  const path = pathSteps(ctx, measure);
  let v = 0;
  for (let i = 0; i < path.length; i++) {
    const steps = path[i]!;
    if (steps === null) continue;
    // Each measure further down the chain opens the cluster less directly.
    v += PATH_SHARE ** (steps + 1) * 2 * (w * 0.8 + 20 / scenario.transformation.clusters.length / 5);
  }
  return v;
}

/**
 * For each cluster, the steps from it down to `measure` (null when it is agreed or does not lead
 * there): the same for every delegation in one decision, which weighs a question for each member.
 */
function pathSteps(ctx: AiContext, measure: string): ReadonlyArray<number | null> {
  const byMeasure = decisionCache<Array<number | null>>(ctx, 'path-steps');
  let steps = byMeasure.get(measure);
  if (!steps) {
    steps = ctx.scenario.transformation.clusters.map((c) => (ctx.state.clusters[c.id] === 'agreed' ? null : stepsTo(ctx, c.requires, measure, 0)));
    byMeasure.set(measure, steps);
  }
  return steps;
}

/** How many requirements lie between a list of needed measures and `measure` (0: it is needed directly), through measures not yet adopted. */
function stepsTo(ctx: AiContext, needed: readonly string[], measure: string, depth: number): number | null {
  if (depth > 3) return null;
  let best: number | null = null;
  for (const id of needed) {
    if (ctx.state.measures[id]?.status === 'adopted') continue;
    if (id === measure) return depth;
    const below = stepsTo(ctx, ctx.idx.measure.get(id)?.requires ?? [], measure, depth + 1);
    if (below !== null && (best === null || below < best)) best = below;
  }
  return best;
}

/** Whether adoption can move this goal at all (`metOnAdoption` leaves every other goal as it is). */
function movedByAdoption(goal: Goal): boolean {
  return goal.type === 'measure-adopted' || goal.type === 'measure-not-adopted' || goal.type === 'charter-adopted';
}

/**
 * Which of `who`'s objectives the decision's state meets (the same for every question weighed in
 * one decision). Only goals adoption can move are asked: for the others the weighing below takes
 * the same value before and after, so whether they are met cancels out (they read false here).
 */
function goalsNow(ctx: AiContext, who: DelegationId): boolean[] {
  const byWho = decisionCache<boolean[]>(ctx, 'goals-now');
  let now = byWho.get(who);
  if (!now) {
    now = ctx.idx.delegation.get(who)!.objectives.map((o) => movedByAdoption(o.goal) && goalMet(ctx.idx, ctx.state, who, o.goal));
    byWho.set(who, now);
  }
  return now;
}

/** What adopting the subjects (with the amendments) is worth to `who`, from public information plus its own secrets if `who` is the viewer. */
export function gainOf(ctx: AiContext, who: DelegationId, subjects: readonly ProposalSubject[], amendments: readonly Amendment[]): Gain {
  const { idx, state } = ctx;
  const def = idx.delegation.get(who)!;
  let total = adoptionGain(ctx, who, subjects, amendments);
  const strength = amendmentStrength(amendments);
  let dimension = 'transformation';
  let best = -1;
  for (const s of subjects) {
    const m = measureOf(ctx, s);
    const dim = m ? m.dimension : 'transformation';
    const w = def.profile.interests[dim];
    if (w > best) {
      best = w;
      dimension = dim;
    }
    // The prospect of implementing it later: discounted, since implementation is voluntary and costs influence.
    if (m && state.measures[m.id]?.status !== 'adopted') {
      total += 0.75 * w * strength;
      total += pathGain(ctx, who, m.id);
    }
  }
  let onlyMeasures = true;
  for (const s of subjects) if (s.kind !== 'measure') onlyMeasures = false;
  if (!onlyMeasures) total += shareGain(ctx, subjects);
  let objectives = 0;
  let objectiveMeasure: string | undefined;
  if (def.objectives.length) {
    // Only the viewer's own objectives are visible, so this runs once per decision at most.
    const now = goalsNow(ctx, who);
    for (let i = 0; i < def.objectives.length; i++) {
      const o = def.objectives[i]!;
      const delta = (metOnAdoption(o.goal, subjects, now[i]!) ? 1 : 0) - (now[i] ? 1 : 0);
      if (delta === 0) continue;
      objectives += delta * o.points;
      if ('measure' in o.goal) objectiveMeasure = o.goal.measure;
    }
  }
  total += objectives;
  // Built field by field: spreading the optional field costs more than the rest of the weighing, once per member per question.
  const gain: Gain = { total: Math.round(total * 100) / 100, objectives, dimension };
  if (objectiveMeasure) gain.objectiveMeasure = objectiveMeasure;
  return gain;
}

/** The flashpoint at crisis or worse that `who` is party to with trust below the sensitive bar, if any. */
export function sensitiveCrisis(ctx: AiContext, who: DelegationId): string | null {
  const { idx, state } = ctx;
  for (const fid of idx.partyTo.get(who) ?? []) {
    const f = state.flashpoints[fid]!;
    if (f.stage !== 'crisis' && f.stage !== 'conflict') continue;
    const others = idx.flashpoint.get(fid)!.parties.filter((p) => p !== who);
    if (others.some((p) => trust(ctx, who, p) < idx.scenario.rules.sensitiveTrust)) return fid;
  }
  return null;
}

/** The measure behind a subject when it is sensitive (military-political by default), else null. */
export function isSensitive(ctx: AiContext, s: ProposalSubject): MeasureDef | null {
  const m = measureOf(ctx, s);
  return m && ctx.idx.isSensitive(m) ? m : null;
}

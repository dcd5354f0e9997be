/**
 * Scores: the collective outcome of the Conference (graded A to F) and each delegation's score
 * (national interests served, prestige, secret objectives met, a share of the collective outcome).
 * Everything is derived from the state; nothing here is stored.
 */
import type { Goal } from '../scenario/schema';
import { charterProblems, implementedMeasures } from './charter';
import { stageRank } from './common';
import type { ScenarioIndex } from './scenario-index';
import type { DelegationId, GameState } from './state';
import { cohesion, trustOf } from './trust';

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

export interface CollectiveOutcome {
  score: number;
  grade: Grade;
  charterAdopted: boolean;
  charterRound: number | null;
  cohesion: number;
  conflicts: number;
  prevented: number;
  implemented: number;
  clustersAgreed: number;
  parts: { charter: number; cohesion: number; flashpoints: number; measures: number; energy: number };
}

export function gradeOf(score: number): Grade {
  return score >= 80 ? 'A' : score >= 65 ? 'B' : score >= 50 ? 'C' : score >= 35 ? 'D' : 'F';
}

/** Points off the collective score for each dispute that reached armed conflict. */
export const CONFLICT_PENALTY = 10;
/**
 * What the transformation earns when the Charter is not adopted: its share of the clusters agreed,
 * up to this. Most of the way to the Charter is a real result (a B when the rest went well), not
 * a failure next to the 40 of an adopted Charter.
 */
export const CLUSTERS_WITHOUT_CHARTER = 30;
/** The implementation coverage that earns the full 20 points for measures. */
export const FULL_COVERAGE = 0.4;

/**
 * How widely the catalogue is put into practice: over every measure of the scenario, the share of
 * member states that have implemented it, averaged. One early implementer per measure is not a
 * Conference at work; measures carried by many members are.
 */
export function implementationCoverage(idx: ScenarioIndex, state: GameState): number {
  const members = idx.members;
  const measures = idx.scenario.measures;
  if (!members.length || !measures.length) return 0;
  let sum = 0;
  for (const m of measures) {
    const impl = state.measures[m.id]!.implementation;
    let done = 0;
    // Over the implementers rather than every member: a measure has few (the lookahead asks this at every trial).
    for (const id in impl) if (impl[id]!.done && idx.memberSet.has(id)) done++;
    sum += done / members.length;
  }
  return sum / measures.length;
}

/** The standard weights: 30 for cohesion, 20 each for flashpoints and measures beside a charter's 40; without a transformation track the charter's 40 are shared out (each part times 100/60). */
const STANDARD_WEIGHTS = { cohesion: 30, flashpoints: 20, measures: 20, energy: 0 } as const;

/** The points each part of the collective score is worth in this scenario. */
export function outcomeWeights(idx: ScenarioIndex): { cohesion: number; flashpoints: number; measures: number; energy: number } {
  const { scenario } = idx;
  if (scenario.rules.outcome) return scenario.rules.outcome;
  const hasTransformation = scenario.transformation.enabled && scenario.transformation.clusters.length > 0;
  const scale = hasTransformation ? 1 : 100 / 60;
  return { cohesion: STANDARD_WEIGHTS.cohesion * scale, flashpoints: STANDARD_WEIGHTS.flashpoints * scale, measures: STANDARD_WEIGHTS.measures * scale, energy: 0 };
}

/** Members that play and have a producer or importer profile: those who could join the energy bloc. */
export function blocEligible(idx: ScenarioIndex): string[] {
  return idx.voters.filter((id) => idx.delegation.get(id)!.energy !== 'balanced');
}

/**
 * How far the energy bloc reaches, 0 to 1: half for the share of eligible members inside it (a
 * bloc left outside CICA counts for 70%: a plurilateral club, not the Conference's), half for the
 * share of the scenario's corridors built.
 */
export function energyReach(idx: ScenarioIndex, state: GameState): number {
  const eligible = blocEligible(idx);
  const inside = state.energy.founded ? eligible.filter((id) => state.energy.members.includes(id)).length : 0;
  const members = eligible.length ? (inside / eligible.length) * (state.energy.underCica ? 1 : 0.7) : 0;
  const total = idx.scenario.energy.corridors.length;
  const corridors = total ? state.energy.corridors.length / total : 0;
  return members / 2 + corridors / 2;
}

export function collectiveOutcome(idx: ScenarioIndex, state: GameState): CollectiveOutcome {
  const { scenario } = idx;
  const clusters = Object.values(state.clusters);
  const clustersAgreed = clusters.filter((c) => c === 'agreed').length;
  const hasTransformation = scenario.transformation.enabled && clusters.length > 0;
  let charter = 0;
  if (state.charter.adopted) charter = 40 + 3 * Math.max(0, scenario.calendar.rounds - (state.charter.round ?? scenario.calendar.rounds));
  else if (hasTransformation) charter = Math.round((clustersAgreed / clusters.length) * CLUSTERS_WITHOUT_CHARTER);
  const coh = cohesion(idx, state);
  const fps = Object.values(state.flashpoints);
  const conflicts = fps.filter((f) => f.peakStage === 'conflict').length;
  const prevented = fps.filter((f) => stageRank(f.peakStage) < 2).length;
  const crisisContained = fps.length - conflicts - prevented;
  const implemented = implementedMeasures(idx, state).length;
  const w = outcomeWeights(idx);
  // A dispute kept below crisis earns its share of the flashpoint points, one contained in crisis half of it; each armed conflict costs half the part on top.
  const flashScore = fps.length
    ? Math.round(((prevented * 1 + crisisContained * 0.5) / fps.length) * w.flashpoints - conflicts * w.flashpoints * (CONFLICT_PENALTY / 20))
    : Math.round(w.flashpoints / 2);
  const measures = Math.round(w.measures * Math.min(1, implementationCoverage(idx, state) / FULL_COVERAGE));
  const cohesionPart = (coh / 100) * w.cohesion;
  const energy = w.energy > 0 ? Math.round(w.energy * energyReach(idx, state)) : 0;
  const raw = charter + cohesionPart + flashScore + measures + energy;
  const score = Math.round(Math.max(0, Math.min(100, raw)));
  return {
    score, grade: gradeOf(score), charterAdopted: state.charter.adopted, charterRound: state.charter.round, cohesion: coh,
    conflicts, prevented, implemented, clustersAgreed,
    parts: { charter, cohesion: Math.round(cohesionPart), flashpoints: flashScore, measures, energy },
  };
}

export function goalMet(idx: ScenarioIndex, state: GameState, by: DelegationId, goal: Goal): boolean {
  switch (goal.type) {
    case 'measure-adopted': return state.measures[goal.measure]?.status === 'adopted';
    case 'measure-not-adopted': return state.measures[goal.measure]?.status !== 'adopted';
    case 'measure-implemented': return state.measures[goal.measure]?.implementation[by]?.done === true;
    case 'implemented-in-dimension': {
      let done = 0;
      for (const m of idx.scenario.measures) if (m.dimension === goal.dimension && state.measures[m.id]!.implementation[by]?.done) done += 1;
      return done >= goal.count;
    }
    case 'tension-below': return (state.flashpoints[goal.flashpoint]?.tension ?? 100) < goal.value;
    case 'bloc-member': return state.energy.founded && state.energy.members.includes(by);
    case 'corridor-built': return state.energy.corridors.some((c) => c.id === goal.corridor);
    case 'charter-adopted': return state.charter.adopted;
    case 'prestige-at-least': return (state.delegations[by]?.prestige ?? 0) >= goal.value;
    case 'trust-at-least': return trustOf(state, by, goal.with) >= goal.value;
  }
}

export interface DelegationScore {
  id: DelegationId;
  interests: number;
  prestige: number;
  /** Points for mediating disputes (see `mediationPoints`). */
  mediation: number;
  objectives: number;
  objectivesMet: string[];
  share: number;
  total: number;
}

/** How much of a measure's value survives its amendments: a weaker text 0.6, an exemption 0.85. */
export function amendmentStrength(amendments: readonly string[]): number {
  return (amendments.includes('weaken') ? 0.6 : 1) * (amendments.includes('exempt-crisis') ? 0.85 : 1);
}

/** How well the state serves a delegation's declared interests (also the AI's measure of a state). */
export function interestValue(idx: ScenarioIndex, state: GameState, by: DelegationId): number {
  const def = idx.delegation.get(by)!;
  const w = def.profile.interests;
  let v = 0;
  for (const m of idx.scenario.measures) {
    const ms = state.measures[m.id]!;
    if (ms.status !== 'adopted') continue;
    const strength = amendmentStrength(ms.amendments);
    v += w[m.dimension] * strength;
    if (ms.implementation[by]?.done) v += w[m.dimension] * 1.5 * strength;
    if (m.energyBloc) v += w.energy * 2;
    if (m.partner && def.memberships.includes(m.partner)) v += 2;
  }
  if (state.energy.founded && state.energy.members.includes(by)) {
    v += w.energy * 4;
    for (const c of state.energy.corridors) if (idx.corridor.get(c.id)!.route.includes(by)) v += w.energy * 2;
  }
  v += Object.values(state.clusters).filter((c) => c === 'agreed').length * w.transformation * 0.8;
  if (state.charter.adopted) v += w.transformation * 6;
  for (const fid of idx.partyTo.get(by) ?? []) v += (50 - state.flashpoints[fid]!.tension) / 5;
  return Math.round(v * 10) / 10;
}

/** Points per mediation action (early warning, good offices, fact-finding, hotline), doubled before a crisis. */
export const MEDIATION_ACTION_POINTS = 1.5;
/** Points per dispute a delegation mediated that never reached armed conflict (half if it ends in crisis). */
export const MEDIATION_OUTCOME_POINTS = 6;

/**
 * What mediating earned a delegation: every tool it put to work, worth more before a crisis, and
 * each dispute it worked on that never reached armed conflict, worth more if it ends below crisis.
 * Parties to a dispute are already paid by its tension in their interests, so this counts the
 * third delegations' work: the mediator's reward the game teaches.
 */
export function mediationPoints(idx: ScenarioIndex, state: GameState, by: DelegationId): number {
  let points = 0;
  const worked = new Set<string>();
  for (const round of state.chronicle) {
    for (const c of round) {
      if (c.kind !== 'mediation' || c.by !== by) continue;
      if (idx.flashpoint.get(c.flashpoint)?.parties.includes(by)) continue;
      points += MEDIATION_ACTION_POINTS * (c.preventive ? 2 : 1);
      worked.add(c.flashpoint);
    }
  }
  for (const fid of worked) {
    const f = state.flashpoints[fid]!;
    if (f.peakStage === 'conflict') continue;
    points += stageRank(f.stage) < 2 ? MEDIATION_OUTCOME_POINTS : MEDIATION_OUTCOME_POINTS / 2;
  }
  return Math.round(points * 10) / 10;
}

export function delegationScores(idx: ScenarioIndex, state: GameState): DelegationScore[] {
  const collective = collectiveOutcome(idx, state);
  return state.players.map((id) => {
    const def = idx.delegation.get(id)!;
    const met = def.objectives.filter((o) => goalMet(idx, state, id, o.goal));
    const interests = interestValue(idx, state, id);
    const prestige = state.delegations[id]!.prestige;
    const objectives = met.reduce((s, o) => s + o.points, 0);
    const share = Math.round(collective.score / 5);
    const mediation = mediationPoints(idx, state, id);
    return {
      id, interests, prestige, mediation, objectives, objectivesMet: met.map((o) => o.id), share,
      total: Math.round((interests + prestige + mediation + objectives + share) * 10) / 10,
    };
  });
}

/** Delegation ids ranked by total score, best first (ties by id for determinism). */
export function ranking(idx: ScenarioIndex, state: GameState): DelegationScore[] {
  return delegationScores(idx, state).sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
}

export { charterProblems };

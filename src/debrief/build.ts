/**
 * The debrief, derived from a finished (or running) game: the timeline of what happened and why,
 * the series for charts, the energy bloc's history, scores with secret objectives revealed, and
 * the scenario's discussion questions. Pure data: the UI renders it, and it exports as JSON.
 */
import {
  collectiveOutcome, indexScenario, ranking, canSeeSecretsOf,
  type Action, type ChronicleEntry, type CollectiveOutcome, type DelegationId, type DelegationScore, type GameState, type Position, type Viewer,
} from '../engine';
import type { Scenario } from '../scenario/schema';
import { chronicleOf } from '../engine';
import { blockedAndWhy, type BlockedEntry } from './blocked';

export interface DecisionDetail {
  proposal: string;
  subject: GameState['proposals'][string]['subject'];
  proposer: DelegationId;
  package: string[];
  amendments: string[];
  positions: Record<DelegationId, Position>;
}

export type TimelineEntry = ChronicleEntry & { decision?: DecisionDetail };

export interface Series {
  rounds: number[];
  cohesion: number[];
  /** Each player's mean trust toward the other members, round by round. */
  trust: Record<DelegationId, number[]>;
  tension: Record<string, number[]>;
  prestige: Record<DelegationId, number[]>;
}

export interface ObjectiveResult {
  id: string;
  met: boolean;
  points: number;
}

export interface Debrief {
  scenarioId: string;
  seed: number;
  round: number;
  concluded: GameState['concluded'];
  outcome: CollectiveOutcome;
  ranking: Array<DelegationScore & { objectives: number; revealed: ObjectiveResult[] | null }>;
  timeline: TimelineEntry[];
  series: Series;
  energy: ChronicleEntry[];
  pledges: { kept: number; broken: number };
  questions: Scenario['debrief']['questions'];
  /** Every objection and reservation, from the log (src/debrief/blocked.ts); empty without one. */
  blocked: BlockedEntry[];
  /** Student or team names of the delegations played by people. */
  teams: Record<DelegationId, string>;
}

export function buildSeries(state: GameState): Series {
  const series: Series = { rounds: [], cohesion: [], trust: {}, tension: {}, prestige: {} };
  for (const h of state.history) {
    series.rounds.push(h.round);
    series.cohesion.push(h.cohesion);
    for (const [id, v] of Object.entries(h.trust)) (series.trust[id] ??= []).push(v);
    for (const [id, v] of Object.entries(h.tension)) (series.tension[id] ??= []).push(v);
    for (const [id, v] of Object.entries(h.prestige)) (series.prestige[id] ??= []).push(v);
  }
  return series;
}

/**
 * Scores as the viewer may see them, ranked by what it may see: ordering by totals that include
 * hidden objectives would itself betray them.
 */
function visibleRanking(idx: ReturnType<typeof indexScenario>, state: GameState, viewer: Viewer, revealAll: boolean): Debrief['ranking'] {
  return ranking(idx, state)
    .map((score) => {
      const visible = revealAll || canSeeSecretsOf(viewer, score.id);
      const def = idx.delegation.get(score.id)!;
      return {
        ...score,
        objectives: visible ? score.objectives : 0,
        objectivesMet: visible ? score.objectivesMet : [],
        total: visible ? score.total : Math.round((score.total - score.objectives) * 10) / 10,
        revealed: visible ? def.objectives.map((o) => ({ id: o.id, met: score.objectivesMet.includes(o.id), points: o.points })) : null,
      };
    })
    .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
}

/**
 * The debrief as `viewer` may see it: secret objectives are revealed to everyone once the game
 * has concluded (the design's debrief reveals them), and before that only to their owner.
 */
export function buildDebrief(scenario: Scenario, state: GameState, viewer: Viewer, log?: { actions: readonly Action[]; names?: Record<DelegationId, string> }): Debrief {
  const idx = indexScenario(scenario);
  const revealAll = state.concluded !== null;
  const timeline: TimelineEntry[] = chronicleOf(state).map((entry) => {
    if (entry.kind !== 'decision') return entry;
    const p = state.proposals[entry.proposal]!;
    return { ...entry, decision: { proposal: p.id, subject: p.subject, proposer: p.proposer, package: p.package, amendments: p.amendments, positions: p.positions } };
  });
  const pledges = state.pledges.reduce((acc, p) => ({ kept: acc.kept + (p.status === 'kept' ? 1 : 0), broken: acc.broken + (p.status === 'broken' ? 1 : 0) }), { kept: 0, broken: 0 });
  return {
    scenarioId: scenario.meta.id,
    seed: state.seed,
    round: state.round,
    concluded: state.concluded,
    outcome: collectiveOutcome(idx, state),
    ranking: visibleRanking(idx, state, viewer, revealAll),
    timeline,
    series: buildSeries(state),
    energy: chronicleOf(state).filter((c) => c.kind === 'bloc-founded' || c.kind === 'bloc-joined' || c.kind === 'corridor'),
    pledges,
    questions: scenario.debrief.questions,
    blocked: log ? blockedAndWhy(scenario, state.seed, log.actions) : [],
    teams: { ...log?.names },
  };
}

/** The debrief file: the debrief plus the game record, so the game itself can be replayed from it. */
export function debriefDocument(scenario: Scenario, state: GameState, actions: readonly Action[], viewer: Viewer, names: Record<DelegationId, string> = {}): string {
  const debrief = buildDebrief(scenario, state, viewer, { actions, names });
  return JSON.stringify({ kind: 'cica-debrief', version: 1, debrief, record: { scenarioId: scenario.meta.id, seed: state.seed, actions, teams: names } }, null, 2);
}

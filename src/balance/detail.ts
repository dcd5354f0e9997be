/**
 * The part of the balance report that says what to change: per event, measure, objective,
 * red line and dispute, tallied over the games' facts. Pure, so the command line and the
 * workbench's Web Worker compute the same report. Each section is its own key of the report,
 * so other sections can be added beside them without touching these.
 */
import { STAGES, type Scenario } from '../scenario/schema';
import { objectiveKey, redLineKey, type GameFacts } from './facts';
import { countBy, mean, percent, round1 } from './stats';

export interface EventTally { id: string; path: string; games: number; percent: number; meanTimes: number; firstRound: Record<string, number> }
export interface MeasureTally {
  id: string; path: string;
  /** Games in which it was adopted; blocked at least once (it may still pass later); tabled and never adopted; never tabled. */
  adopted: number; blocked: number; tabledNotAdopted: number; neverTabled: number;
  adoptedRound: Record<string, number>;
  blockedBy: Array<{ id: string; games: number }>;
  /** Games in which each member completed implementation. */
  implementedBy: Array<{ id: string; games: number }>;
}
export interface ObjectiveTally { delegation: string; id: string; path: string; player: boolean; met: number; percent: number }
export interface RedLineTally { delegation: string; index: number; type: string; subject: string; path: string; games: number; percent: number; meanTimes: number }
export interface DisputeTally { id: string; path: string; mediation: Record<string, number>; gamesWithMediation: number; finalStage: Record<string, number>; peakStage: Record<string, number> }

export interface BalanceDetail {
  events: EventTally[];
  measures: MeasureTally[];
  objectives: { byObjective: ObjectiveTally[] };
  redLines: RedLineTally[];
  disputes: DisputeTally[];
}

const byGames = (m: Map<string, number>) => [...m.entries()].map(([id, games]) => ({ id, games })).sort((a, b) => b.games - a.games || a.id.localeCompare(b.id));

function stageCounts(stages: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of STAGES) {
    const n = stages.filter((x) => x === s).length;
    if (n) out[s] = n;
  }
  return out;
}

export function balanceDetail(scenario: Scenario, facts: readonly GameFacts[], isPlayer: (id: string) => boolean): BalanceDetail {
  const games = facts.length;
  const events = scenario.events.map((e, i): EventTally => {
    const fired = facts.map((f) => f.events[e.id] ?? []);
    const hit = fired.filter((r) => r.length > 0);
    return {
      id: e.id, path: `events[${i}]`, games: hit.length, percent: percent(hit.length, games),
      meanTimes: round1(mean(fired.map((r) => r.length))), firstRound: countBy(hit.map((r) => r[0]!)),
    };
  });
  const measures = scenario.measures.map((m, i): MeasureTally => {
    const fates = facts.map((f) => f.measures[m.id]!);
    const blockedBy = new Map<string, number>();
    const implementedBy = new Map<string, number>();
    for (const f of fates) {
      for (const b of f.blockedBy) blockedBy.set(b, (blockedBy.get(b) ?? 0) + 1);
      for (const b of f.implementedBy) implementedBy.set(b, (implementedBy.get(b) ?? 0) + 1);
    }
    return {
      id: m.id, path: `measures[${i}]`,
      adopted: fates.filter((f) => f.fate === 'adopted').length,
      blocked: fates.filter((f) => f.blockedBy.length > 0).length,
      tabledNotAdopted: fates.filter((f) => f.fate === 'tabled').length,
      neverTabled: fates.filter((f) => f.fate === 'never-tabled').length,
      adoptedRound: countBy(fates.flatMap((f) => (f.adoptedRound === null ? [] : [f.adoptedRound]))),
      blockedBy: byGames(blockedBy), implementedBy: byGames(implementedBy),
    };
  });
  const byObjective: ObjectiveTally[] = [];
  const redLines: RedLineTally[] = [];
  scenario.delegations.forEach((d, i) => {
    d.objectives.forEach((o, k) => {
      const met = facts.filter((f) => f.objectives[objectiveKey(d.id, o.id)]).length;
      byObjective.push({ delegation: d.id, id: o.id, path: `delegations[${i}].objectives[${k}]`, player: isPlayer(d.id), met, percent: percent(met, games) });
    });
    d.profile.redLines.forEach((line, k) => {
      const times = facts.map((f) => f.redLines[redLineKey(d.id, k)] ?? 0);
      const acted = times.filter((t) => t > 0).length;
      const subject = line.type === 'measure' ? line.measure : line.type === 'fact-finding' ? line.flashpoint : '';
      redLines.push({
        delegation: d.id, index: k, type: line.type, subject, path: `delegations[${i}].profile.redLines[${k}]`,
        games: acted, percent: percent(acted, games), meanTimes: round1(mean(times)),
      });
    });
  });
  const disputes = scenario.flashpoints.map((fp, i): DisputeTally => {
    const all = facts.map((f) => f.disputes[fp.id]!);
    const mediation: Record<string, number> = {};
    for (const d of all) for (const [tool, n] of Object.entries(d.tools)) mediation[tool] = (mediation[tool] ?? 0) + n;
    for (const tool of Object.keys(mediation)) mediation[tool] = round1(mediation[tool]! / Math.max(1, games));
    return {
      id: fp.id, path: `flashpoints[${i}]`, mediation: Object.fromEntries(Object.entries(mediation).sort(([a], [b]) => a.localeCompare(b))),
      gamesWithMediation: all.filter((d) => Object.keys(d.tools).length > 0).length,
      finalStage: stageCounts(all.map((d) => d.final)), peakStage: stageCounts(all.map((d) => d.peak)),
    };
  });
  return { events, measures, objectives: { byObjective }, redLines, disputes };
}

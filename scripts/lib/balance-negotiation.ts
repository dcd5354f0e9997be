/**
 * The negotiation figures of the balance report: what the plenary did with what was tabled,
 * the energy bloc's outsiders, secret objectives met, grades, and agency (whether a seat's play
 * changes its result: the strongest policy against a passive one on the same seeds, every other
 * seat unchanged). See docs/authoring-scenarios.md for each field.
 */
import { createLookaheadPolicy } from '../../src/ai/lookahead';
import { createAiPolicy } from '../../src/ai/policy';
import type { Difficulty } from '../../src/ai/difficulty';
import { blocEligible, goalMet, indexScenario, ranking, type GameState, type Grade } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { mediatorPolicy, passivePolicy, type Policy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { outcomeOf, type GameOutcome } from './game-outcome';
import { mean, percent, round1 } from './stats';

export interface PlenaryCounts {
  decided: number;
  adoptedUnchanged: number;
  adoptedAmended: number;
  adoptedInPackage: number;
  blocked: number;
  withdrawn: number;
}

export interface AgencySeat {
  id: string;
  games: number;
  strong: { meanScore: number; charterPercent: number };
  passive: { meanScore: number; charterPercent: number };
  /** Strong over passive, as a percentage of the passive mean (target at least 15). */
  gainPercent: number;
}

/** What one game contributes to the negotiation figures: plain data, so a worker thread can send it. */
export interface GameNegotiation {
  plenary: PlenaryCounts;
  blocFounded: boolean;
  outsider: boolean;
  blocMembers: number;
  objectives: { total: number; met: number };
}

export function gameNegotiation(scenario: Scenario, state: GameState): GameNegotiation {
  const idx = indexScenario(scenario);
  const eligible = eligibleForBloc(scenario);
  let total = 0;
  let met = 0;
  for (const id of state.players) {
    for (const o of idx.delegation.get(id)!.objectives) {
      total += 1;
      if (goalMet(idx, state, id, o.goal)) met += 1;
    }
  }
  return {
    plenary: plenaryCounts([state]),
    blocFounded: state.energy.founded,
    outsider: state.energy.founded && eligible.some((id) => !state.energy.members.includes(id)),
    blocMembers: state.energy.members.length,
    objectives: { total, met },
  };
}

export interface NegotiationFigures {
  grades: Record<Grade, number>;
  plenary: PlenaryCounts & { percent: Omit<PlenaryCounts, 'decided'> };
  energy: { eligible: number; gamesFounded: number; gamesWithOutsider: number; meanMembers: number };
  objectives: { total: number; met: number; metPercent: number };
  agency: { gamesPerSeat: number; seats: AgencySeat[] };
  /** A third delegation that mediates whenever it can (null without disputes or a delegation outside them). */
  mediator: MediatorFigure | null;
}

export interface MediatorFigure {
  id: string;
  games: number;
  /** Mean place in the final ranking, 1 being first, of `players` delegations. */
  meanRank: number;
  players: number;
  /** Games in which it finished in the top half of the ranking. */
  topHalfPercent: number;
  meanMediation: number;
}

/** The first delegation that plays and is party to no dispute: the one seated as a mediator. */
export function mediatorSeat(scenario: Scenario): string | null {
  const idx = indexScenario(scenario);
  if (!scenario.flashpoints.length) return null;
  return idx.players.find((id) => !(idx.partyTo.get(id) ?? []).length) ?? null;
}

/** Every proposal the plenary decided or saw withdrawn, by how it ended. */
export function plenaryCounts(states: readonly GameState[]): PlenaryCounts {
  const c: PlenaryCounts = { decided: 0, adoptedUnchanged: 0, adoptedAmended: 0, adoptedInPackage: 0, blocked: 0, withdrawn: 0 };
  for (const s of states) {
    for (const id of s.proposalOrder) {
      const p = s.proposals[id]!;
      if (p.status === 'tabled') continue;
      c.decided += 1;
      const packaged = p.package.length > 0 || p.linkedInto !== null;
      if (p.status === 'withdrawn') c.withdrawn += 1;
      else if (p.status === 'rejected') c.blocked += 1;
      else if (packaged) c.adoptedInPackage += 1;
      else if (p.amendments.length) c.adoptedAmended += 1;
      else c.adoptedUnchanged += 1;
    }
  }
  return c;
}

function eligibleForBloc(scenario: Scenario): string[] {
  return blocEligible(indexScenario(scenario));
}

/** The seats agency is measured for: Kazakhstan (or the heaviest member) and the first two small members. */
export function agencySeats(scenario: Scenario): string[] {
  const idx = indexScenario(scenario);
  const members = idx.voters.filter((id) => idx.players.includes(id));
  const heavy = members.includes('KAZ') ? 'KAZ' : ([...members].sort((a, b) => rank(b) - rank(a))[0] ?? members[0]!);
  const small = members.filter((id) => id !== heavy && idx.delegation.get(id)!.weight === 'small').slice(0, 2);
  const rest = members.filter((id) => id !== heavy && !small.includes(id));
  return [heavy, ...small, ...rest].slice(0, 3);
  function rank(id: string): number {
    return ['small', 'medium', 'large'].indexOf(idx.delegation.get(id)!.weight);
  }
}

/**
 * One game of the agency and mediator figures: a seat played by the strongest policy (looking
 * ahead) or passively, or the mediator seat mediating, each seated as a human would be. A job is
 * a pure function of the scenario, difficulty, seed and itself, so any thread may play it.
 */
export type AgencyJob =
  | { kind: 'seat'; seat: string; policy: 'strong' | 'passive'; g: number }
  | { kind: 'mediator'; seat: string; g: number };

/** What an agency job's game came to for its seat: plain data, so a worker thread can send it. */
export type AgencyResult =
  | { kind: 'seat'; score: number; charter: boolean }
  | { kind: 'mediator'; place: number; players: number; mediation: number };

/**
 * Games a seat is played each way at most. Past this the figures stop moving: over 24 games a
 * seat each way in the three bundled scenarios, a seat's score varied by 3 to 24 points against
 * means of 25 to 324, so with 50 games each way a seat's gain has a standard error of at most
 * 2.5 percentage points (the target is a gain of 15%), while a 1,000-game run would otherwise
 * play 1,750 agency games, more than half its work.
 */
export const MAX_GAMES_PER_SEAT = 50;

/** Games a seat is played each way for a balance run of `games` games. */
export function gamesPerSeat(games: number): number {
  return Math.min(MAX_GAMES_PER_SEAT, Math.max(3, Math.ceil(games / 4)));
}

/** The agency and mediator games of a balance run of `games` games, in report order. */
export function agencyJobs(scenario: Scenario, games: number): AgencyJob[] {
  const n = gamesPerSeat(games);
  const jobs: AgencyJob[] = [];
  for (const seat of agencySeats(scenario)) {
    for (const policy of ['strong', 'passive'] as const) for (let g = 0; g < n; g++) jobs.push({ kind: 'seat', seat, policy, g });
  }
  const mediator = mediatorSeat(scenario);
  if (mediator) for (let g = 0; g < n; g++) jobs.push({ kind: 'mediator', seat: mediator, g });
  return jobs;
}

// Policies keep nothing between games: one of each per difficulty serves every job of a thread.
const jobPolicies = new Map<Difficulty, { ai: Policy; strong: Policy; mediator: Policy }>();

/** Plays one agency job. */
export function playAgencyJob(scenario: Scenario, difficulty: Difficulty, seed: number, job: AgencyJob): AgencyResult {
  let p = jobPolicies.get(difficulty);
  if (!p) {
    const ai = createAiPolicy(difficulty);
    jobPolicies.set(difficulty, (p = { ai, strong: createLookaheadPolicy(), mediator: mediatorPolicy(ai) }));
  }
  const policy = job.kind === 'mediator' ? p.mediator : job.policy === 'strong' ? p.strong : passivePolicy;
  // The seat is seated as a human would be: it owns its turn to table.
  const { state } = runGame(scenario, { seed: seed + job.g, fallback: p.ai, policies: { [job.seat]: policy }, humans: [job.seat] });
  if (job.kind === 'seat') {
    const o = outcomeOf(scenario, seed + job.g, state);
    return { kind: 'seat', score: o.scores[job.seat]!, charter: o.charterRound !== null };
  }
  const ranked = ranking(indexScenario(scenario), state);
  const place = ranked.findIndex((r) => r.id === job.seat) + 1;
  return { kind: 'mediator', place, players: ranked.length, mediation: ranked[place - 1]!.mediation };
}

function agencyFigures(scenario: Scenario, games: number, jobs: readonly AgencyJob[], results: readonly AgencyResult[]): { seats: AgencySeat[]; mediator: MediatorFigure | null } {
  const n = gamesPerSeat(games);
  const of = (test: (j: AgencyJob) => boolean) => results.filter((_r, i) => test(jobs[i]!));
  const seats = agencySeats(scenario).map((id): AgencySeat => {
    const figures = (policy: 'strong' | 'passive') => {
      const xs = of((j) => j.kind === 'seat' && j.seat === id && j.policy === policy) as Array<Extract<AgencyResult, { kind: 'seat' }>>;
      return { meanScore: round1(mean(xs.map((r) => r.score))), charterPercent: percent(xs.filter((r) => r.charter).length, xs.length) };
    };
    const s = figures('strong');
    const p = figures('passive');
    return { id, games: n, strong: s, passive: p, gainPercent: p.meanScore > 0 ? round1(((s.meanScore - p.meanScore) / p.meanScore) * 100) : 0 };
  });
  const id = mediatorSeat(scenario);
  if (!id) return { seats, mediator: null };
  const ms = of((j) => j.kind === 'mediator') as Array<Extract<AgencyResult, { kind: 'mediator' }>>;
  const players = indexScenario(scenario).players.length;
  const rank = ms.reduce((a, r) => a + r.place, 0);
  const top = ms.filter((r) => r.place <= r.players / 2).length;
  const mediation = ms.reduce((a, r) => a + r.mediation, 0);
  return { seats, mediator: { id, games: n, meanRank: round1(rank / n), players, topHalfPercent: percent(top, n), meanMediation: round1(mediation / n) } };
}

export function negotiationFigures(
  scenario: Scenario, games: readonly GameNegotiation[], outcomes: readonly GameOutcome[],
  options: { seed: number; games: number; difficulty: Difficulty }, agency?: readonly AgencyResult[],
): NegotiationFigures {
  const grades: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0, F: 0 };
  for (const o of outcomes) grades[o.grade] += 1;

  const counts: PlenaryCounts = { decided: 0, adoptedUnchanged: 0, adoptedAmended: 0, adoptedInPackage: 0, blocked: 0, withdrawn: 0 };
  for (const g of games) for (const k of Object.keys(counts) as Array<keyof PlenaryCounts>) counts[k] += g.plenary[k];
  const share = (n: number) => percent(n, counts.decided);

  const eligible = eligibleForBloc(scenario);
  const founded = games.filter((g) => g.blocFounded);
  const withOutsider = games.filter((g) => g.outsider);
  const total = games.reduce((n, g) => n + g.objectives.total, 0);
  const met = games.reduce((n, g) => n + g.objectives.met, 0);

  // The agency games are played here unless a pool has played them already (`agency`, in job order).
  const jobs = agencyJobs(scenario, options.games);
  const results = agency ?? jobs.map((job) => playAgencyJob(scenario, options.difficulty, options.seed, job));
  const { seats, mediator } = agencyFigures(scenario, options.games, jobs, results);

  return {
    grades,
    plenary: {
      ...counts,
      percent: {
        adoptedUnchanged: share(counts.adoptedUnchanged), adoptedAmended: share(counts.adoptedAmended),
        adoptedInPackage: share(counts.adoptedInPackage), blocked: share(counts.blocked), withdrawn: share(counts.withdrawn),
      },
    },
    energy: {
      eligible: eligible.length, gamesFounded: founded.length, gamesWithOutsider: withOutsider.length,
      meanMembers: round1(mean(games.map((g) => g.blocMembers))),
    },
    objectives: { total, met, metPercent: percent(met, total) },
    agency: { gamesPerSeat: gamesPerSeat(options.games), seats },
    mediator,
  };
}

export function formatNegotiation(n: NegotiationFigures): string[] {
  const p = n.plenary;
  const lines = [
    `grades: ${Object.entries(n.grades).map(([g, k]) => `${g} ${k}`).join(', ')}`,
    `plenary, ${p.decided} items decided: adopted unchanged ${p.adoptedUnchanged} (${p.percent.adoptedUnchanged}%), amended ${p.adoptedAmended} (${p.percent.adoptedAmended}%), in a package ${p.adoptedInPackage} (${p.percent.adoptedInPackage}%), blocked ${p.blocked} (${p.percent.blocked}%), withdrawn ${p.withdrawn} (${p.percent.withdrawn}%)`,
    `energy bloc: founded in ${n.energy.gamesFounded} games, mean ${n.energy.meanMembers} members; an eligible member outside in ${n.energy.gamesWithOutsider} games`,
    `secret objectives met: ${n.objectives.met} of ${n.objectives.total} (${n.objectives.metPercent}%)`,
    `agency (${n.agency.gamesPerSeat} games a seat; the seat played well against played passively, every other seat unchanged):`,
  ];
  for (const s of n.agency.seats) {
    lines.push(`  ${s.id}: ${s.strong.meanScore} against ${s.passive.meanScore} (${s.gainPercent >= 0 ? '+' : ''}${s.gainPercent}%); charter ${s.strong.charterPercent}% against ${s.passive.charterPercent}%`);
  }
  const m = n.mediator;
  if (m) lines.push(`mediator (${m.id} mediates whenever it can, ${m.games} games): mean place ${m.meanRank} of ${m.players}, top half in ${m.topHalfPercent}% of games, ${m.meanMediation} mediation points`);
  return lines;
}

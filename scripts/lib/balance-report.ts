/**
 * The balance report: how often and when the charter is adopted, cohesion at the end, conflicts,
 * each delegation's score, the measures most often blocked and by whom, and whether a delegation
 * that plans one step ahead (the lookahead policy) beats the average AI delegation.
 */
import { createLookaheadPolicy } from '../../src/ai/lookahead';
import { createAiPolicy } from '../../src/ai/policy';
import type { Difficulty } from '../../src/ai/difficulty';
import { indexScenario, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { aggregate, playGames, type Aggregate, type GameOutcome } from './game-outcome';
import { mean, percent, quantile, round1, spread } from './stats';
import { chronicleOf } from '../../src/engine';
import { balanceDetail } from '../../src/balance/detail';
import { gameFacts, type GameFacts } from '../../src/balance/facts';
import { formatDetail, type ContentReport } from '../../src/balance/report';
import { balanceWarnings } from '../../src/balance/warnings';
import { formatNegotiation, gameNegotiation, negotiationFigures, type AgencyResult, type GameNegotiation, type NegotiationFigures } from './balance-negotiation';

/** The balance target for AI-only games on normal difficulty (scenarios with a transformation track). */
export const CHARTER_TARGET = { min: 25, max: 75 };

export interface BalanceReport extends Omit<NegotiationFigures, 'objectives'> {
  objectives: NegotiationFigures['objectives'];
  scenario: string;
  difficulty: Difficulty;
  seed: number;
  games: number;
  charter: { track: boolean; adopted: number; percent: number; byRound: Record<string, number>; target: 'below' | 'on' | 'above' | 'no track' };
  cohesion: { median: number; p25: number; p75: number; min: number; max: number };
  conflicts: { started: number; gamesWithConflict: number; prevented: number };
  delegations: Array<{ id: string; mean: number; spread: number }>;
  blocked: Array<{ subject: string; times: number; by: Array<{ id: string; times: number }> }>;
  lookahead: { games: number; meanDelta: number; beatAverage: number; beatItself: number; meanVsOwnBaseline: number; onTarget: boolean };
  aggregate: Aggregate;
}

/** The balance report with its "what to change" sections (events, measures, objectives, redLines, disputes, warnings). */
export type FullBalanceReport = BalanceReport & ContentReport;

function subjectName(state: GameState, proposal: string): string {
  const s = state.proposals[proposal]!.subject;
  return s.kind === 'measure' ? s.measure : s.kind === 'cluster' ? `cluster ${s.cluster}` : 'charter';
}

/** Every proposal that was blocked (rejected on objections, or withdrawn facing them) and who objected. */
function blockedIn(state: GameState): Array<{ subject: string; by: string[] }> {
  const out: Array<{ subject: string; by: string[] }> = [];
  for (const c of chronicleOf(state)) {
    if (c.kind === 'decision' && !c.adopted && c.blockers.length) out.push({ subject: subjectName(state, c.proposal), by: c.blockers });
    if (c.kind === 'withdrawn') {
      const by = Object.entries(state.proposals[c.proposal]!.positions).filter(([, p]) => p.stance === 'objection').map(([id]) => id);
      if (by.length) out.push({ subject: subjectName(state, c.proposal), by });
    }
  }
  return out;
}

export interface BalanceOptions {
  games: number;
  seed: number;
  difficulty: Difficulty;
  /** Called after each game played, with the games done and the games in all (the workbench's progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** What the report needs of one seed: the AI-only game, and the same seed with one delegation looking ahead. */
export interface BalanceGame {
  outcome: GameOutcome;
  blocked: Array<{ subject: string; by: string[] }>;
  /** Every player's total in the game where `idx.players[g % players]` plans one step ahead. */
  lookaheadScores: Record<string, number>;
  /** What the game's events, measures, objectives, red lines and disputes did (plain data, from a worker too). */
  facts: GameFacts;
  /** What the plenary, the bloc and the objectives came to in the game. */
  negotiation: GameNegotiation;
}

const policies = new Map<Difficulty, { base: ReturnType<typeof createAiPolicy>; lookahead: ReturnType<typeof createLookaheadPolicy> }>();

/** Plays game `g` of a balance run (seed `seed + g`); the policies keep nothing between games. */
export function balanceGame(scenario: Scenario, options: Pick<BalanceOptions, 'seed' | 'difficulty'>, g: number): BalanceGame {
  const { seed, difficulty } = options;
  let p = policies.get(difficulty);
  if (!p) policies.set(difficulty, (p = { base: createAiPolicy(difficulty), lookahead: createLookaheadPolicy() }));
  const [played] = playGames(scenario, p.base, seed + g, 1);
  // One delegation a game, in rotation, plans one step ahead; the same seed without it is the baseline.
  const players = indexScenario(scenario).players;
  const who = players[g % players.length]!;
  const lookahead = p.lookahead;
  const [withLookahead] = playGames(scenario, p.base, seed + g, 1, () => ({ [who]: lookahead }));
  return {
    outcome: played!.outcome, blocked: blockedIn(played!.state), lookaheadScores: withLookahead!.outcome.scores,
    facts: gameFacts(indexScenario(scenario), played!.state),
    negotiation: gameNegotiation(scenario, played!.state),
  };
}

export function balance(scenario: Scenario, options: BalanceOptions): FullBalanceReport {
  const played = Array.from({ length: options.games }, (_, g) => {
    const game = balanceGame(scenario, options, g);
    // Each seed is played twice (by the AI alone, and with one delegation looking ahead).
    options.onProgress?.(2 * g + 1, 2 * options.games);
    options.onProgress?.(2 * g + 2, 2 * options.games);
    return game;
  });
  return balanceReport(scenario, options, played);
}

/** The report from every game of the run, in seed order (however and wherever they were played). */
export function balanceReport(scenario: Scenario, options: BalanceOptions, played: readonly BalanceGame[], agency?: readonly AgencyResult[]): FullBalanceReport {
  const { games, seed, difficulty } = options;
  const idx = indexScenario(scenario);
  const outcomes = played.map((p) => p.outcome);
  const track = scenario.transformation.enabled && scenario.transformation.clusters.length > 0;
  const adopted = outcomes.filter((o) => o.charterRound !== null);
  const byRound: Record<string, number> = {};
  for (const o of adopted) byRound[String(o.charterRound)] = (byRound[String(o.charterRound)] ?? 0) + 1;
  const pct = percent(adopted.length, games);
  const coh = outcomes.map((o) => o.cohesion);

  const delegations = idx.players.map((id) => {
    const xs = outcomes.map((o) => o.scores[id]!);
    return { id, mean: round1(mean(xs)), spread: round1(spread(xs)) };
  }).sort((a, b) => b.mean - a.mean || a.id.localeCompare(b.id));

  const blocked = new Map<string, { times: number; by: Map<string, number> }>();
  for (const p of played) {
    for (const b of p.blocked) {
      const e = blocked.get(b.subject) ?? { times: 0, by: new Map() };
      e.times += 1;
      for (const id of b.by) e.by.set(id, (e.by.get(id) ?? 0) + 1);
      blocked.set(b.subject, e);
    }
  }
  const blockedList = [...blocked.entries()]
    .map(([subject, e]) => ({ subject, times: e.times, by: [...e.by.entries()].map(([id, times]) => ({ id, times })).sort((a, b) => b.times - a.times || a.id.localeCompare(b.id)) }))
    .sort((a, b) => b.times - a.times || a.subject.localeCompare(b.subject))
    .slice(0, 10);

  const deltas: number[] = [];
  const ownDeltas: number[] = [];
  let beatAverage = 0;
  let beatItself = 0;
  for (let g = 0; g < games; g++) {
    const who = idx.players[g % idx.players.length]!;
    const scores = played[g]!.lookaheadScores;
    const others = Object.entries(scores).filter(([id]) => id !== who).map(([, s]) => s);
    const delta = scores[who]! - mean(others);
    deltas.push(delta);
    if (delta > 0) beatAverage += 1;
    const own = scores[who]! - outcomes[g]!.scores[who]!;
    ownDeltas.push(own);
    if (own > 0) beatItself += 1;
  }
  const agg = aggregate(outcomes);
  const detail = balanceDetail(scenario, played.map((p) => p.facts), (id) => idx.players.includes(id));
  const negotiation = negotiationFigures(scenario, played.map((p) => p.negotiation), outcomes, options, agency);
  const meanDelta = round1(mean(deltas));
  const ownMean = round1(mean(ownDeltas));
  return {
    scenario: scenario.meta.id, difficulty, seed, games,
    charter: { track, adopted: adopted.length, percent: pct, byRound, target: !track ? 'no track' : pct < CHARTER_TARGET.min ? 'below' : pct > CHARTER_TARGET.max ? 'above' : 'on' },
    cohesion: { median: round1(quantile(coh, 0.5)), p25: round1(quantile(coh, 0.25)), p75: round1(quantile(coh, 0.75)), min: round1(Math.min(...coh)), max: round1(Math.max(...coh)) },
    conflicts: {
      started: round1(mean(outcomes.map((o) => o.conflicts))),
      gamesWithConflict: outcomes.filter((o) => o.conflicts > 0).length,
      prevented: round1(mean(outcomes.map((o) => o.prevented))),
    },
    delegations,
    blocked: blockedList,
    lookahead: { games, meanDelta, beatAverage, beatItself, meanVsOwnBaseline: ownMean, onTarget: ownMean > 0 },
    aggregate: agg,
    ...detail,
    ...negotiation,
    objectives: { ...detail.objectives, ...negotiation.objectives },
    warnings: balanceWarnings(scenario, played.length, agg.grades, detail, idx.players),
  };
}

export function formatBalance(r: FullBalanceReport): string {
  const c = r.charter;
  const lines = [`balance: ${r.scenario}, difficulty ${r.difficulty}, ${r.games} AI-only games from seed ${r.seed}`];
  if (c.track) {
    const rounds = Object.entries(c.byRound).map(([k, v]) => `round ${k}: ${v}`).join(', ') || 'none';
    lines.push(`charter adopted in ${c.adopted}/${r.games} games (${c.percent}%; target ${CHARTER_TARGET.min}-${CHARTER_TARGET.max}%: ${c.target}); by round: ${rounds}`);
  } else lines.push('charter: this scenario has no transformation track');
  const h = r.cohesion;
  lines.push(`cohesion at the end: median ${h.median}, middle half ${h.p25}-${h.p75}, range ${h.min}-${h.max}`);
  lines.push(`conflicts started per game: ${r.conflicts.started} (${r.conflicts.gamesWithConflict} games with one); flashpoints kept below crisis per game: ${r.conflicts.prevented}`);
  lines.push('delegations (mean score ± spread):');
  for (let i = 0; i < r.delegations.length; i += 4) {
    lines.push(`  ${r.delegations.slice(i, i + 4).map((d) => `${d.id} ${d.mean.toFixed(1)} ± ${d.spread.toFixed(1)}`.padEnd(20)).join(' ').trimEnd()}`);
  }
  lines.push('most often blocked:');
  if (!r.blocked.length) lines.push('  nothing was blocked');
  for (const b of r.blocked) lines.push(`  ${b.subject}: ${b.times} ${b.times === 1 ? 'time' : 'times'}, by ${b.by.map((x) => `${x.id} ${x.times}`).join(', ')}`);
  const l = r.lookahead;
  lines.push(
    'planning ahead ("lookahead"): in each game one delegation, in rotation, is played by an AI that tries each action one step ahead;',
    '  if it does not score better than the ordinary AI, the scenario rewards no foresight (a careful player gains nothing):',
    `  ${l.meanDelta >= 0 ? '+' : ''}${l.meanDelta} over the average delegation of its game, above it in ${l.beatAverage}/${l.games} games;`,
    `  ${l.meanVsOwnBaseline >= 0 ? '+' : ''}${l.meanVsOwnBaseline} over the same delegation played by the ordinary AI on the same seed (better in ${l.beatItself}/${l.games}): ${l.onTarget ? 'foresight pays (on target)' : 'foresight does not pay (below target)'}`,
  );
  lines.push(...formatDetail(r, r.games));
  lines.push(...formatNegotiation(r));
  return `${lines.join('\n')}\n`;
}

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
import { aggregate, playGames, type Aggregate } from './game-outcome';
import { mean, percent, quantile, round1, spread } from './stats';
import { chronicleOf } from '../../src/engine';
import { formatNegotiation, negotiationFigures, type NegotiationFigures } from './balance-negotiation';

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

export function balance(scenario: Scenario, options: { games: number; seed: number; difficulty: Difficulty }): BalanceReport {
  const { games, seed, difficulty } = options;
  const idx = indexScenario(scenario);
  const played = playGames(scenario, createAiPolicy(difficulty), seed, games);
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
    for (const b of blockedIn(p.state)) {
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

  // One delegation a game, in rotation, plans one step ahead; the same seeds without it are the baseline.
  const lookahead = createLookaheadPolicy();
  const base = createAiPolicy(difficulty);
  const deltas: number[] = [];
  const ownDeltas: number[] = [];
  let beatAverage = 0;
  let beatItself = 0;
  for (let g = 0; g < games; g++) {
    const who = idx.players[g % idx.players.length]!;
    const [withLookahead] = playGames(scenario, base, seed + g, 1, () => ({ [who]: lookahead }));
    const scores = withLookahead!.outcome.scores;
    const others = Object.entries(scores).filter(([id]) => id !== who).map(([, s]) => s);
    const delta = scores[who]! - mean(others);
    deltas.push(delta);
    if (delta > 0) beatAverage += 1;
    const own = scores[who]! - outcomes[g]!.scores[who]!;
    ownDeltas.push(own);
    if (own > 0) beatItself += 1;
  }
  const negotiation = negotiationFigures(scenario, played.map((p) => p.state), outcomes, options);
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
    aggregate: aggregate(outcomes),
    ...negotiation,
  };
}

export function formatBalance(r: BalanceReport): string {
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
    `lookahead (one delegation a game, in rotation): ${l.meanDelta >= 0 ? '+' : ''}${l.meanDelta} over the average delegation of its game, above it in ${l.beatAverage}/${l.games} games;`,
    `  ${l.meanVsOwnBaseline >= 0 ? '+' : ''}${l.meanVsOwnBaseline} over the same delegation played by the AI on the same seed (better in ${l.beatItself}/${l.games}): ${l.onTarget ? 'on target' : 'below target'}`,
  );
  lines.push(...formatNegotiation(r));
  return `${lines.join('\n')}\n`;
}

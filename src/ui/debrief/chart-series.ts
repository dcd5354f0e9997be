/**
 * The chart series with the conference's opening as their first point: the engine records a
 * snapshot at the end of each round, so without it the first round would be a lone dot.
 */
import type { Series } from '../../debrief/build';
import { cohesion, createGame, indexScenario, trustOf } from '../../engine';
import type { Scenario } from '../../scenario/schema';

/** The series from the opening (round 0) on; values at the opening mirror the engine's round snapshot. */
export function seriesFromStart(scenario: Scenario, seed: number, series: Series): Series {
  const idx = indexScenario(scenario);
  const start = createGame(scenario, seed);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const trust: Series['trust'] = {};
  for (const [id, values] of Object.entries(series.trust)) {
    const others = idx.members.filter((m) => m !== id);
    const mean = others.length ? others.reduce((sum, m) => sum + trustOf(start, id, m), 0) / others.length : 0;
    trust[id] = [round1(mean), ...values];
  }
  const tension: Series['tension'] = {};
  for (const [id, values] of Object.entries(series.tension)) tension[id] = [start.flashpoints[id]?.tension ?? 0, ...values];
  const prestige: Series['prestige'] = {};
  for (const [id, values] of Object.entries(series.prestige)) prestige[id] = [start.delegations[id]?.prestige ?? 0, ...values];
  return { rounds: [0, ...series.rounds], cohesion: [cohesion(idx, start), ...series.cohesion], trust, tension, prestige };
}

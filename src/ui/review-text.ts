/**
 * The review of a round, dispute by dispute: how tension moved over the year, the stage it
 * reached, and why (the dispute's own drift, the parties' mutual trust, the diplomacy at work,
 * a hotline), and the events of the year that moved it: an event that raised tension at the
 * round's opening and diplomacy that took it off again would otherwise read as "no change".
 * Read from the game at the round's start and after its review, and the chronicle.
 */
import { chronicleOfRound, indexScenario, rivalsSplitByBloc, TRUST_PRESSURE, trustOf, type GameState } from '../engine';
import type { Stage } from '../scenario/schema';

export type ReviewReason =
  | { kind: 'event'; event: string; delta: number }
  | { kind: 'drift'; drift: number }
  | { kind: 'low-trust'; trust: number }
  | { kind: 'high-trust'; trust: number }
  | { kind: 'diplomacy'; tools: string[] }
  | { kind: 'hotline' }
  | { kind: 'implemented'; measure: string }
  | { kind: 'bloc-divide'; n: number }
  | { kind: 'chance'; volatility: number };

export interface ReviewLine {
  flashpoint: string;
  before: number;
  after: number;
  from: Stage;
  to: Stage;
  reasons: ReviewReason[];
}

function mutualTrust(game: GameState, parties: readonly string[]): number | null {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) {
    sum += trustOf(game, parties[i]!, parties[j]!);
    pairs++;
  }
  return pairs ? Math.round(sum / pairs) : null;
}

export function reviewLines(scenario: Parameters<typeof indexScenario>[0], before: GameState, after: GameState, round: number): ReviewLine[] {
  const idx = indexScenario(scenario);
  const entries = chronicleOfRound(after, round);
  return idx.scenario.flashpoints.map((def) => {
    const b = before.flashpoints[def.id]!;
    const a = after.flashpoints[def.id]!;
    const reasons: ReviewReason[] = [];
    for (const e of entries) {
      if (e.kind !== 'event') continue;
      let delta = 0;
      for (const x of idx.event.get(e.event)?.effects ?? []) if (x.type === 'tension' && x.flashpoint === def.id) delta += x.delta;
      if (delta !== 0) reasons.push({ kind: 'event', event: e.event, delta });
    }
    if (def.drift !== 0) reasons.push({ kind: 'drift', drift: def.drift });
    if (def.volatility > 0) reasons.push({ kind: 'chance', volatility: def.volatility });
    const trust = mutualTrust(after, def.parties);
    if (trust !== null && trust < TRUST_PRESSURE.low) reasons.push({ kind: 'low-trust', trust });
    else if (trust !== null && trust > TRUST_PRESSURE.high) reasons.push({ kind: 'high-trust', trust });
    const tools = [...new Set(entries.flatMap((e) => (e.kind === 'mediation' && e.flashpoint === def.id ? [e.tool] : [])))];
    if (tools.some((x) => x !== 'hotline')) reasons.push({ kind: 'diplomacy', tools: tools.filter((x) => x !== 'hotline') });
    if (a.hotline) reasons.push({ kind: 'hotline' });
    // A measure that eases tension, completed this year by the last of the dispute's parties.
    const parties = def.parties.filter((p) => after.delegations[p]);
    for (const e of entries) {
      if (e.kind !== 'implemented' || !(idx.measure.get(e.measure)?.effects.tension ?? 0)) continue;
      const impl = after.measures[e.measure]!.implementation;
      if (parties.length && parties.every((p) => impl[p]?.done) && parties.some((p) => e.by.includes(p))) reasons.push({ kind: 'implemented', measure: e.measure });
    }
    if (rivalsSplitByBloc(idx, after, def.parties)) reasons.push({ kind: 'bloc-divide', n: idx.scenario.energy.rivalTension });
    return { flashpoint: def.id, before: b.tension, after: a.tension, from: b.stage, to: a.stage, reasons };
  });
}

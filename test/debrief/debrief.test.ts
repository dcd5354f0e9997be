import { describe, expect, it } from 'vitest';
import { buildDebrief, debriefDocument } from '../../src/debrief/build';
import { ReplayCursor } from '../../src/debrief/replay-cursor';
import { FACILITATOR, PUBLIC, replay, type Action } from '../../src/engine';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();
const game = runGame(scenario, { seed: 3, fallback: randomPolicy });

describe('the debrief', () => {
  it('lists every decision with who blocked it and everyone\'s positions', () => {
    const d = buildDebrief(scenario, game.state, PUBLIC);
    const decisions = d.timeline.filter((e) => e.kind === 'decision');
    expect(decisions.length).toBeGreaterThan(0);
    for (const e of decisions) {
      if (e.kind !== 'decision') continue;
      expect(Object.keys(e.decision!.positions).length).toBeGreaterThan(0);
      if (!e.adopted && !e.why) for (const b of e.blockers) expect(e.decision!.positions[b]!.stance).toBe('objection');
    }
  });

  it('has one point per round in every chart series', () => {
    const d = buildDebrief(scenario, game.state, PUBLIC);
    const n = game.state.history.length;
    expect(d.series.rounds).toHaveLength(n);
    expect(d.series.cohesion).toHaveLength(n);
    for (const s of Object.values(d.series.trust)) expect(s).toHaveLength(n);
    expect(d.series.tension.fp).toHaveLength(n);
  });

  it('reveals secret objectives to all once the game is over, and before that only to their owner', () => {
    expect(game.state.concluded).not.toBeNull();
    expect(buildDebrief(scenario, game.state, PUBLIC).ranking.every((r) => r.revealed !== null)).toBe(true);
    const midway = replay(scenario, 3, game.actions.slice(0, Math.floor(game.actions.length / 2)));
    const forBBB = buildDebrief(scenario, midway, 'BBB');
    expect(forBBB.ranking.find((r) => r.id === 'AAA')!.revealed).toBeNull();
    expect(forBBB.ranking.find((r) => r.id === 'BBB')!.revealed).not.toBeNull();
    // Ranked by what BBB may see, so the order gives no hidden objective away.
    const totals = forBBB.ranking.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('exports as a JSON document that carries the game record', () => {
    const doc = JSON.parse(debriefDocument(scenario, game.state, game.actions, FACILITATOR));
    expect(doc.kind).toBe('cica-debrief');
    expect(replay(scenario, doc.record.seed, doc.record.actions)).toEqual(game.state);
  });
});

describe('the replay viewer', () => {
  const cursor = new ReplayCursor(scenario, 3, game.actions);

  it('steps action by action to the same states as a replay', () => {
    for (const i of [0, 1, 49, 50, 51, Math.floor(game.actions.length / 2), game.actions.length]) {
      expect(cursor.stateAt(i)).toEqual(replay(scenario, 3, game.actions.slice(0, i)));
    }
  });

  it('steps round by round, forward and back', () => {
    cursor.seek(0);
    cursor.stepRound(1);
    expect(cursor.stateAt(cursor.index).round).toBe(2);
    cursor.stepRound(1);
    expect(cursor.stateAt(cursor.index).round).toBe(3);
    cursor.stepRound(-1);
    expect(cursor.stateAt(cursor.index).round).toBe(2);
  });

  it('shows a viewer only what it could see: no private offer between others', () => {
    const offerAt = game.actions.findIndex((a) => a.type === 'consult.offer');
    expect(offerAt).toBeGreaterThanOrEqual(0);
    const offer = game.actions[offerAt]! as Extract<Action, { type: 'consult.offer' }>;
    cursor.seek(offerAt + 1);
    const outsider = ['AAA', 'BBB', 'CCC', 'DDD'].find((d) => d !== offer.by && d !== offer.to)!;
    expect(cursor.lastAction(outsider)).toBeNull();
    expect(cursor.lastAction(offer.to)).toEqual(offer);
    expect(cursor.view(outsider).offers.every((o) => o.from === outsider || o.to === outsider)).toBe(true);
    expect(cursor.lastAction(FACILITATOR)).toEqual(offer);
  });
});

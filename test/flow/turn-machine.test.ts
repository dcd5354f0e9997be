import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { turnMachine } from '../../src/flow/turn.machine';
import { awaited, createGame, replay, type Action } from '../../src/engine';
import { runGame } from '../../src/sim/run-game';
import { randomPolicy } from '../../src/sim/policy';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();

function topPhase(value: unknown): string {
  return typeof value === 'string' ? value : Object.keys(value as object)[0]!;
}

describe('turn machine', () => {
  it('follows the same game as the headless engine, phase by phase', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { state: expected, actions } = runGame(scenario, { seed, fallback: randomPolicy });
      const actor = createActor(turnMachine, { input: { scenario, game: createGame(scenario, seed) } }).start();
      for (const a of actions) {
        actor.send(a);
        const snap = actor.getSnapshot();
        expect(snap.context.rejection).toBeNull();
        expect(topPhase(snap.value)).toBe(snap.context.game.phase);
      }
      expect(actor.getSnapshot().context.game).toEqual(expected);
      expect(actor.getSnapshot().status).toBe('done');
    }
  });

  it('takes an item out of a package when its proposer asks, and goes back to positions', () => {
    const actor = createActor(turnMachine, { input: { scenario, game: createGame(scenario, 9) } }).start();
    const send = (a: Action) => {
      actor.send(a);
      expect(actor.getSnapshot().context.rejection).toBeNull();
    };
    const positions = () => { for (const by of ['AAA', 'BBB', 'CCC', 'DDD']) send({ type: 'plenary.position', by, proposal: 'p1', stance: 'support' }); };
    send({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
    send({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } });
    for (const by of awaited(scenario, actor.getSnapshot().context.game)) send({ type: 'ready', by });
    positions();
    send({ type: 'plenary.link', by: 'AAA', proposal: 'p1', with: 'p2' });
    positions();
    expect(actor.getSnapshot().value).toEqual({ plenary: 'proposer' });
    send({ type: 'plenary.unlink', by: 'AAA', proposal: 'p1', with: 'p2' });
    expect(actor.getSnapshot().value).toEqual({ plenary: 'positions' });
    expect(actor.getSnapshot().context.game.plenary!.agenda).toEqual(['p1', 'p2']);
  });

  it('refuses an illegal action with a reason and leaves the game unchanged', () => {
    const actor = createActor(turnMachine, { input: { scenario, game: createGame(scenario, 9) } }).start();
    const before = actor.getSnapshot().context.game;
    actor.send({ type: 'plenary.decide', by: 'AAA', proposal: 'p1' });
    expect(actor.getSnapshot().context.rejection?.code).toBe('wrong-phase');
    expect(actor.getSnapshot().context.game).toBe(before);
  });

  it('persists and restores to the same game at every phase', () => {
    const seed = 11;
    const { actions } = runGame(scenario, { seed, fallback: randomPolicy });
    const actor = createActor(turnMachine, { input: { scenario, game: createGame(scenario, seed) } }).start();
    const seen = new Set<string>();
    actions.forEach((a: Action, i) => {
      actor.send(a);
      const snap = actor.getSnapshot();
      const key = JSON.stringify(snap.value);
      if (seen.has(key) && i % 7 !== 0) return;
      seen.add(key);
      const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
      const restored = createActor(turnMachine, { snapshot: persisted, input: { scenario, game: snap.context.game } }).start();
      expect(restored.getSnapshot().value).toEqual(snap.value);
      expect(restored.getSnapshot().context.game).toEqual(snap.context.game);
      const rest = actions.slice(i + 1);
      if (i % 25 === 0) {
        for (const b of rest) restored.send(b);
        expect(restored.getSnapshot().context.game).toEqual(replay(scenario, seed, actions));
      }
    });
    expect(seen.size).toBeGreaterThan(3);
  });
});

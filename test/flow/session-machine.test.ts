import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { sessionMachine } from '../../src/flow/session.machine';

function start(input = {}) {
  const clock = new SimulatedClock();
  const actor = createActor(sessionMachine, { clock, input: { durations: { consultations: 3 }, phase: 'consultations', phaseKey: '1:consultations', ...input } });
  const emitted: string[] = [];
  actor.on('*', (e) => emitted.push(e.type));
  actor.start();
  return { actor, clock, emitted, tick: (s: number) => { for (let i = 0; i < s; i++) clock.increment(1000); } };
}

describe('session clock', () => {
  it('counts the phase down, announces time-up once, and keeps counting into overtime', () => {
    const { actor, emitted, tick } = start();
    tick(2);
    expect(actor.getSnapshot().context.remaining).toBe(1);
    tick(1);
    expect(emitted).toEqual(['timer.expired']);
    tick(2);
    expect(actor.getSnapshot().context.remaining).toBe(-2);
    expect(emitted).toEqual(['timer.expired']);
  });

  it('ends the phase by itself at time-up only when the facilitator chose so', () => {
    const { emitted, tick } = start({ autoEnd: true });
    tick(3);
    expect(emitted).toEqual(['timer.expired', 'phase.end-requested']);
  });

  it('ends a phase already over time as soon as "end by itself" is ticked, and not one with time left', () => {
    const { actor, emitted, tick } = start();
    tick(1);
    actor.send({ type: 'timer.auto-end', value: true });
    expect(emitted).toEqual([]);
    actor.send({ type: 'timer.auto-end', value: false });
    tick(4);
    expect(emitted).toEqual(['timer.expired']);
    actor.send({ type: 'timer.auto-end', value: true });
    expect(emitted).toEqual(['timer.expired', 'phase.end-requested']);
  });

  it('stops while paused and goes on after resuming; everything is logged', () => {
    const { actor, tick } = start();
    tick(1);
    actor.send({ type: 'session.pause' });
    tick(10);
    expect(actor.getSnapshot().context.remaining).toBe(2);
    actor.send({ type: 'session.resume' });
    actor.send({ type: 'timer.extend', seconds: 60 });
    tick(1);
    expect(actor.getSnapshot().context.remaining).toBe(61);
    expect(actor.getSnapshot().context.log.map((l) => l.entry.kind)).toEqual(['paused', 'resumed', 'extended']);
  });

  it('restarts the clock with the next phase\'s duration', () => {
    const { actor, tick } = start({ durations: { consultations: 3, plenary: 5 } });
    tick(4);
    actor.send({ type: 'game.phase', phaseKey: '1:plenary', phase: 'plenary' });
    expect(actor.getSnapshot().context.remaining).toBe(5);
    actor.send({ type: 'game.phase', phaseKey: '1:review', phase: 'review' });
    tick(3);
    expect(actor.getSnapshot().context.remaining).toBe(0);
  });

  it('relays a facilitator\'s end of phase, and survives a persist-restore round trip', () => {
    const { actor, emitted } = start();
    actor.send({ type: 'seat.switch', delegation: 'IND', seat: 'ai' });
    actor.send({ type: 'phase.end' });
    expect(emitted).toContain('phase.end-requested');
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(sessionMachine, { snapshot: persisted, clock: new SimulatedClock(), input: {} }).start();
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
  });

  it('keeps ticking after a restore once told it was restored, and a paused clock stays paused', () => {
    const { actor, tick } = start({ durations: { consultations: 30 } });
    tick(2);
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const clock = new SimulatedClock();
    const restored = createActor(sessionMachine, { snapshot: persisted, clock, input: {} }).start();
    restored.send({ type: 'session.restored' });
    for (let i = 0; i < 3; i++) clock.increment(1000);
    expect(restored.getSnapshot().context.remaining).toBe(25);

    restored.send({ type: 'session.pause' });
    const paused = JSON.parse(JSON.stringify(restored.getPersistedSnapshot()));
    const clock2 = new SimulatedClock();
    const again = createActor(sessionMachine, { snapshot: paused, clock: clock2, input: {} }).start();
    again.send({ type: 'session.restored' });
    clock2.increment(5000);
    expect(again.getSnapshot().value).toBe('paused');
    expect(again.getSnapshot().context.remaining).toBe(25);
  });
});

/** Every case of the fuzz seed corpus is refused with the code and field it names, and changes nothing. */
import { createActor } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, engineFaultCount, parseAction } from '../../../src/engine';
import { turnMachine } from '../../../src/flow/turn.machine';
import { corpus, materialise } from './corpus';

const cases = corpus();
const faultsBefore = engineFaultCount();

describe('the fuzz seed corpus', () => {
  afterEach(() => expect(engineFaultCount(), 'the last-resort guard was reached').toBe(faultsBefore));

  it('holds the cases the fuzzing pass found', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['stance-true', 'give-amount-infinity', 'offer-to-constructor', 'extra-field-constructor', 'reason-html']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is refused, naming the field', (_name, c) => {
    const { scenario, state, action } = materialise(c);
    const before = JSON.stringify(state);
    const r = applyAction(scenario, state, action);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect({ code: r.rejection.code, ...(c.expect.field ? { field: r.rejection.params?.field } : {}), ...(c.expect.problem ? { problem: r.rejection.params?.problem } : {}) }).toEqual(c.expect);
    expect(JSON.stringify(state)).toBe(before);
    // The door alone (what a server would call) agrees, except where only the rules can judge.
    const door = parseAction(scenario, state, action);
    if (!door.ok) expect(door.rejection).toEqual(r.rejection);
  });

  it.each(cases.filter((c) => c.base).slice(0, 6).map((c) => [c.name, c] as const))('%s leaves the turn machine on the very same game', (_name, c) => {
    const { scenario, state, action } = materialise(c);
    const actor = createActor(turnMachine, { input: { scenario, game: state } }).start();
    const before = actor.getSnapshot().context.game;
    actor.send(action as never);
    expect(actor.getSnapshot().context.game).toBe(before);
    expect(actor.getSnapshot().context.log).toEqual([]);
    expect(actor.getSnapshot().context.rejection?.code).toBe(c.expect.code);
  });
});

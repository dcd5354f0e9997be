/**
 * Whole sequences: legal moves mixed with mutated and random ones, from a new game of a bundled
 * scenario. Every invariant holds after every accepted action, the guard is never reached, and
 * the accepted log, through JSON as a save holds it, replays to the live game's state.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_TYPES, applyAction, awaited, createGame, FACILITATOR, legalActions, onEngineFault, replay, type Action, type EngineFault,
} from '../../../src/engine';
import { miniScenario } from '../fixtures';
import { bundled, idsOf } from './games';
import { junk, mutate, mutation } from './hostile';
import { checkInvariants } from './invariants';

const faults: EngineFault[] = [];
let stop = () => {};
beforeAll(() => {
  stop = onEngineFault((f) => faults.push(f));
});
afterAll(() => stop());

const scenarios = [
  ['mini', miniScenario(), 150],
  ['preventive-diplomacy', bundled('preventive-diplomacy'), 60],
  ['energy-security', bundled('energy-security'), 40],
] as const;

let sent = 0;

describe.each(scenarios)('hostile games of %s', (_id, scenario, runs) => {
  const ids = idsOf(scenario);
  const step = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('legal' as const), who: fc.nat(), k: fc.nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('mutated' as const), who: fc.nat(), k: fc.nat(), m: mutation(ids) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk' as const), value: junk(ids, ACTION_TYPES) }) },
  );

  it('keep every invariant and replay the accepted log exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(step, { minLength: 20, maxLength: 90 }), (seed, steps) => {
        let state = createGame(scenario, seed);
        const log: Action[] = [];
        for (const s of steps) {
          let action: unknown;
          if (s.kind === 'junk') action = s.value;
          else {
            const who = [...awaited(scenario, state), FACILITATOR];
            const legal = legalActions(scenario, state, who[s.who % who.length]!).filter((a) => a.type !== 'facilitator.inject');
            if (!legal.length) continue;
            const base = legal[s.k % legal.length]!;
            action = s.kind === 'legal' ? base : mutate(base, s.m);
          }
          sent += 1;
          const before = JSON.stringify(state);
          const r = applyAction(scenario, state, action);
          expect(faults, 'the last-resort guard was reached').toEqual([]);
          if (s.kind === 'legal') expect(r.ok).toBe(true);
          if (!r.ok) {
            expect(JSON.stringify(state)).toBe(before);
            continue;
          }
          state = r.state;
          log.push(action as Action);
          checkInvariants(scenario, state);
        }
        expect(replay(scenario, seed, JSON.parse(JSON.stringify(log)) as Action[])).toEqual(state);
      }),
      { numRuns: runs, seed: 9 },
    );
  });
});

describe('the game fuzzing', () => {
  it('sent thousands of actions', () => {
    expect(sent).toBeGreaterThan(5000);
  });
});

/**
 * Legal actions with one field changed, and random JSON, sent in states from every phase of AI
 * games of the bundled scenarios: the engine never throws and never reaches its last-resort
 * guard; a refusal changes nothing; an accepted action leaves every invariant standing and
 * gives the same state again once it has been through JSON (as in a saved log).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TYPES, applyAction, onEngineFault, type EngineFault } from '../../../src/engine';
import { corpus, materialise } from './corpus';
import { BUNDLED, bundled, idsOf, sample, type Step } from './games';
import { junk, mutate, mutation } from './hostile';
import { checkInvariants } from './invariants';

const faults: EngineFault[] = [];
let stop = () => {};
beforeAll(() => {
  stop = onEngineFault((f) => faults.push(f));
});
afterAll(() => stop());

const RUNS: Record<(typeof BUNDLED)[number], number> = { 'preventive-diplomacy': 1500, 'energy-security': 1200, 'road-to-the-charter': 600 };
const tried = { rejected: 0, accepted: 0 };

describe.each(BUNDLED)('hostile single actions in %s', (id) => {
  const scenario = bundled(id);
  const ids = idsOf(scenario);
  const big = id === 'road-to-the-charter';
  let pool: Step[] = [];
  beforeAll(() => {
    pool = sample(scenario, 11, big ? 1 : 3, big ? 40 : 5);
    // A few states from the corpus' own games, so the property starts where found cases live.
    for (const c of corpus().filter((x) => x.scenario === id && x.base)) {
      const m = materialise(c);
      pool.push({ state: m.state, log: m.log, at: m.log.length, legal: () => [] });
    }
  });

  const send = (state: Step['state'], action: unknown) => {
    const before = JSON.stringify(state);
    const r = applyAction(scenario, state, action);
    expect(faults, 'the last-resort guard was reached').toEqual([]);
    if (!r.ok) {
      tried.rejected += 1;
      expect(JSON.stringify(state)).toBe(before);
      expect(Object.isFrozen(state)).toBe(true);
      return;
    }
    tried.accepted += 1;
    checkInvariants(scenario, r.state);
    // What a log holds is the action through JSON: it must give the same state.
    const again = applyAction(scenario, state, JSON.parse(JSON.stringify(action)));
    expect(again.ok && again.state).toEqual(r.state);
  };

  it('never throw, refuse without change, and keep the invariants', () => {
    expect(pool.filter((s) => s.legal().length).length).toBeGreaterThan(3);
    const phases = new Set(pool.map((s) => s.state.phase));
    expect(phases.has('plenary') && phases.has('consultations')).toBe(true);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.oneof(
        { weight: 5, arbitrary: mutation(ids).map((m) => ({ m })) },
        { weight: 1, arbitrary: junk(ids, ACTION_TYPES).map((j) => ({ j })) },
      ), (i, k, what) => {
        const withLegal = pool.filter((s) => s.legal().length);
        const step = 'j' in what ? pool[i % pool.length]! : withLegal[i % withLegal.length]!;
        const legal = step.legal();
        send(step.state, 'j' in what ? what.j : mutate(legal[k % legal.length]!, what.m));
      }),
      { numRuns: RUNS[id], seed: 15 },
    );
  });
});

describe('the single-action fuzzing', () => {
  it('tried thousands of actions, most of them refused', () => {
    expect(tried.accepted + tried.rejected).toBe(Object.values(RUNS).reduce((a, b) => a + b, 0));
    expect(tried.rejected).toBeGreaterThan(tried.accepted);
  });
});

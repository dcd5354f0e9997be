/**
 * The door's quick shape check against the zod schemas it stands in for: both accept every
 * action the engine offers and the AI takes, and on hostile input the quick check never accepts
 * what a schema refuses (it leaves only a facilitator's one-off effects to the schema).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TYPES, actionSchema, type Action, type ActionType } from '../../../src/engine';
import { quickAccepts, quickRefsOf } from '../../../src/engine/door/quick';
import { quickReason, ReasonSchema } from '../../../src/engine/door/reason';
import { indexScenario } from '../../../src/engine/scenario-index';
import { createAiPolicy } from '../../../src/ai';
import { runGame } from '../../../src/sim/run-game';
import type { Scenario } from '../../../src/scenario/schema';
import { BUNDLED, bundled, idsOf, sample, type Step } from './games';
import { hostileReason, hostileValue, junk, mutate, mutation } from './hostile';

function verdicts(scenario: Scenario, input: unknown): { quick: boolean; schema: boolean } {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !ACTION_TYPES.includes(type as ActionType)) return { quick: false, schema: false };
  return {
    quick: quickAccepts(quickRefsOf(indexScenario(scenario)), type as ActionType, input),
    schema: actionSchema(scenario, type as ActionType).safeParse(input).success,
  };
}

/** Only one-off effects are left to the schema even when they are well formed. */
const leftToSchema = (input: unknown) => (input as { effects?: unknown } | null)?.effects !== undefined;

describe.each(BUNDLED)('the quick shape check in %s', (id) => {
  const scenario = bundled(id);
  const ids = idsOf(scenario);
  let pool: Step[] = [];
  beforeAll(() => {
    pool = sample(scenario, 5, id === 'road-to-the-charter' ? 1 : 3, id === 'road-to-the-charter' ? 40 : 5);
  });

  it('accepts every legal action and every action of a whole AI game, as the schemas do', () => {
    const actions: Action[] = [...pool.flatMap((s) => s.legal()), ...runGame(scenario, { seed: 3, fallback: createAiPolicy('hard') }).actions];
    expect(actions.filter((a) => a.reason).length).toBeGreaterThan(10);
    for (const action of actions) expect(verdicts(scenario, action), JSON.stringify(action)).toEqual({ quick: true, schema: true });
  });

  it('agrees with the schemas on hostile actions, and never accepts what they refuse', () => {
    const tally = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.oneof(
        { weight: 5, arbitrary: mutation(ids).map((m) => ({ m })) },
        { weight: 1, arbitrary: junk(ids, ACTION_TYPES).map((j) => ({ j })) },
      ), (i, k, what) => {
        const legal = pool[i % pool.length]!.legal();
        const input = 'j' in what ? what.j : mutate(legal[k % legal.length]!, what.m);
        const v = verdicts(scenario, input);
        if (v.quick) expect(v.schema, JSON.stringify(input)).toBe(true);
        else if (!leftToSchema(input)) expect(v.schema, JSON.stringify(input)).toBe(false);
        tally[v.schema ? 'accepted' : 'refused'] += 1;
      }),
      { numRuns: 1500, seed: 14 },
    );
    expect(tally.refused).toBeGreaterThan(500);
    expect(tally.accepted).toBeGreaterThan(20);
  });
});

describe('the quick reason check', () => {
  const text = fc.oneof(fc.constantFrom('threats', 'Kazakhstan', 'a-b_c (d)', 'доверие', '<b>', 'x'.repeat(81), '', 'é'), fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 6 }));
  const key = fc.oneof(fc.constantFrom('dimension', 'supporters', 'constructor', '__proto__', 'Bad', 'a'.repeat(33), 'x1'), fc.string({ maxLength: 6 }));
  const param = fc.oneof(text, fc.double(), fc.integer(), hostileValue(['KAZ', 'p1']));
  const reason = fc.oneof(
    hostileReason,
    fc.record({ code: fc.oneof(fc.constantFrom('interest', 'table-interest', 'a'.repeat(49), 'Bad', '-x', 'x--y'), fc.string({ maxLength: 8 })) }),
    fc.record({ code: fc.constantFrom('interest', 'price'), params: fc.dictionary(key, param, { maxKeys: 10 }) }),
    fc.record({ code: fc.constant('interest'), params: fc.dictionary(key, param, { maxKeys: 3 }), extra: fc.constant(1) }, { requiredKeys: ['code', 'params'] }),
  );

  // The schema passes over a parameter named `__proto__` (it drops it); the quick check leaves that to it.
  const ownProto = (r: unknown) => [r, (r as { params?: unknown } | null)?.params].some((o) => typeof o === 'object' && o !== null && Object.hasOwn(o, '__proto__'));

  it('agrees with the reason schema on plain and hostile reasons', () => {
    let accepted = 0;
    fc.assert(
      fc.property(reason, (r) => {
        const schema = ReasonSchema.safeParse(r).success;
        if (quickReason(r)) expect(schema, JSON.stringify(r)).toBe(true);
        else if (!ownProto(r)) expect(schema, JSON.stringify(r)).toBe(false);
        if (schema) accepted += 1;
      }),
      { numRuns: 3000, seed: 14 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('never accepts what the schema refuses among hidden, symbol and inherited fields', () => {
    const hidden = Object.defineProperty({ dimension: 'threats' }, 'secret', { value: '<b>', enumerable: false });
    const cases: unknown[] = [
      { code: 'interest', params: hidden },
      { code: 'interest', params: { dimension: 'threats', [Symbol('s')]: 1 } },
      Object.assign(Object.create({ inherited: 1 }) as object, { code: 'interest' }),
      { code: 'interest', params: Object.assign(Object.create(null) as object, { n: 1 }) },
    ];
    for (const r of cases) if (quickReason(r)) expect(ReasonSchema.safeParse(r).success).toBe(true);
    expect(cases.map((r) => ReasonSchema.safeParse(r).success)).toEqual([true, false, false, true]);
    expect(quickReason(cases[1])).toBe(false);
  });
});

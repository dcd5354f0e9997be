import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction, createGame, legalActions, playerView, replay, scenarioView, FACILITATOR, PUBLIC,
  type Action, type GameState,
} from '../../src/engine';
import { miniScenario } from './fixtures';
import { chronicleOf } from '../../src/engine';

const scenario = miniScenario();
const actors = ['AAA', 'BBB', 'CCC', 'DDD', 'OOO', 'ZZZ', FACILITATOR];

/** Actions drawn without regard to legality: most are refused, and that is the point. */
const wildAction: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('consult.talks'), by: fc.constantFrom(...actors), with: fc.constantFrom(...actors) }),
  fc.record({ type: fc.constant('proposal.table'), by: fc.constantFrom(...actors), subject: fc.oneof(
    fc.record({ kind: fc.constant('measure'), measure: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'nope') }),
    fc.record({ kind: fc.constant('cluster'), cluster: fc.constantFrom('charter-text', 'x') }),
    fc.constant({ kind: 'charter' as const })) }),
  fc.record({ type: fc.constant('plenary.position'), by: fc.constantFrom(...actors), proposal: fc.constantFrom('p1', 'p2', 'p3'),
    stance: fc.constantFrom('support', 'objection', 'abstain', 'reservation'), amendment: fc.constantFrom('weaken', 'phase-in', undefined) }),
  fc.record({ type: fc.constant('plenary.decide'), by: fc.constantFrom(...actors), proposal: fc.constantFrom('p1', 'p2', 'p3') }),
  fc.record({ type: fc.constant('consult.offer'), by: fc.constantFrom(...actors), to: fc.constantFrom(...actors),
    give: fc.record({ kind: fc.constant('influence'), amount: fc.integer({ min: -2, max: 9 }) }), ask: fc.record({ kind: fc.constant('support'), proposal: fc.constantFrom('p1', 'p2') }) }),
  fc.record({ type: fc.constantFrom('diplomacy.early-warning', 'diplomacy.good-offices', 'diplomacy.fact-finding', 'diplomacy.hotline'), by: fc.constantFrom(...actors), flashpoint: fc.constantFrom('fp', 'zz') }),
  fc.record({ type: fc.constantFrom('energy.found', 'energy.join', 'ready'), by: fc.constantFrom(...actors) }),
  fc.record({ type: fc.constant('implement.choose'), by: fc.constantFrom(...actors), measure: fc.constantFrom('m1', 'm4'), optIn: fc.boolean() }),
  fc.record({ type: fc.constant('facilitator.inject'), by: fc.constantFrom(...actors), effects: fc.constant([{ type: 'tension', flashpoint: 'fp', delta: 500 }]) }),
  fc.constant({ type: 'no.such.action', by: 'AAA' }),
  fc.constant(null),
) as fc.Arbitrary<Action>;

/** A step either takes the k-th legal action of an awaited delegation, or tries a wild one. */
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('legal' as const), who: fc.nat(), k: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wild' as const), action: wildAction }) },
);

function numbersOk(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value && typeof value === 'object') return Object.values(value).every(numbersOk);
  return true;
}

function checkInvariants(state: GameState): void {
  for (const [a, row] of Object.entries(state.trust)) {
    for (const [b, t] of Object.entries(row)) {
      expect(t >= 0 && t <= 100).toBe(true);
      expect(state.trust[b]![a]).toBe(t);
    }
  }
  for (const f of Object.values(state.flashpoints)) expect(f.tension >= 0 && f.tension <= 100).toBe(true);
  for (const d of Object.values(state.delegations)) expect(d.influence).toBeGreaterThanOrEqual(0);
  expect(numbersOk(state)).toBe(true);
  for (const c of chronicleOf(state)) {
    if (c.kind === 'decision' && c.adopted) {
      const positions = Object.values(state.proposals[c.proposal]!.positions);
      expect(positions.some((p) => p.stance === 'objection')).toBe(false);
    }
  }
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

describe('engine properties over random action sequences', () => {
  it('keep every invariant, refuse illegal actions without change, and replay exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(step, { maxLength: 120 }), (seed, steps) => {
        let state = createGame(scenario, seed);
        const accepted: Action[] = [];
        for (const s of steps) {
          let action: Action;
          if (s.kind === 'legal') {
            const who = [...state.players, FACILITATOR];
            const by = who[s.who % who.length]!;
            const legal = legalActions(scenario, state, by).filter((a) => a.type !== 'facilitator.inject');
            if (!legal.length) continue;
            action = legal[s.k % legal.length]!;
          } else action = s.action;
          const r = applyAction(scenario, state, action);
          if (s.kind === 'legal') expect(r.ok).toBe(true);
          if (!r.ok) continue;
          state = r.state;
          accepted.push(action);
        }
        checkInvariants(state);
        expect(replay(scenario, seed, accepted)).toEqual(state);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throw, whatever is sent', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const r = applyAction(scenario, createGame(scenario, 1), junk as Action);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('give player views free of other delegations\' secrets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('AAA', 'BBB', 'CCC', 'DDD', PUBLIC), (seed, viewer) => {
        let state = createGame(scenario, seed);
        const act = (a: Action) => {
          const r = applyAction(scenario, state, a);
          if (!r.ok) throw new Error(r.rejection.message);
          state = r.state;
        };
        act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
        act({ type: 'proposal.table', by: 'CCC', subject: { kind: 'measure', measure: 'm4' } });
        act({ type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p1' } });
        act({ type: 'consult.offer', by: 'CCC', to: 'DDD', give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: 'p2' } });
        expect(state.offers).toHaveLength(2);
        const view = playerView(state, viewer);
        for (const o of view.offers) expect([o.from, o.to]).toContain(viewer);
        expect([view.rng, view.seed]).toEqual([0, 0]);
        const text = JSON.stringify(scenarioView(scenario, viewer));
        for (const d of scenario.delegations) {
          const secret = `${d.id} secret brief`;
          expect(text.includes(secret)).toBe(d.id === viewer);
        }
        expect(text.includes('Adopt m1')).toBe(viewer === 'AAA');
      }),
      { numRuns: 100 },
    );
  });
});

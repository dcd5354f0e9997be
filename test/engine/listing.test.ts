import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, createGame, isListedAction, legalActions, listLegal, type Action } from '../../src/engine';
import { createAiPolicy } from '../../src/ai';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { loadScenario } from '../../scripts/lib/load-scenario';

const ids = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

describe('a lazy listing of legal actions', () => {
  it.each(ids)('lists, type by type and in all, exactly what legalActions lists, over games of %s', (id) => {
    const loaded = loadScenario(id);
    if (!loaded.ok) throw new Error(`${id} does not load`);
    const scenario = loaded.scenario;
    let states = 0;
    let seen = 0;
    for (const [seed, fallback] of [[3, createAiPolicy('normal')], [4, randomPolicy]] as const) {
      runGame(scenario, {
        seed, fallback,
        onAction: (_a, state) => {
          // A sample of the states, and of the delegations in each (in rotation), keeps it quick.
          if (state.phase === 'concluded' || ++seen % 5 !== 0) return;
          states += 1;
          for (const by of state.players.filter((_p, i) => (i + states) % 4 === 0)) {
            const eager = legalActions(scenario, state, by);
            // Asked type by type first, as a policy asks: each answer is the eager list's actions of that type, in order.
            const lazy = listLegal(scenario, state, by);
            for (const type of ACTION_TYPES) {
              const ofType = eager.filter((a) => a.type === type);
              expect(lazy.of(type)).toEqual(ofType);
              expect(lazy.candidates(type).filter((_a, i) => lazy.passesAt(type, i))).toEqual(ofType);
            }
            expect(lazy.all()).toEqual(eager);
            // A fresh listing asked for everything at once agrees too.
            expect(listLegal(scenario, state, by).all()).toEqual(eager);
          }
        },
      });
    }
    expect(states).toBeGreaterThan(50);
  });

  it('accepts as listed what the eager list holds, with a reason added or not, and nothing else', () => {
    const loaded = loadScenario('road-to-the-charter');
    if (!loaded.ok) throw new Error('does not load');
    const scenario = loaded.scenario;
    let asked = 0;
    runGame(scenario, {
      seed: 5, fallback: createAiPolicy('normal'),
      onAction: (_a, state) => {
        if (state.phase !== 'consultations') return;
        const by = state.players[asked % state.players.length]!;
        const eager = legalActions(scenario, state, by);
        const lazy = listLegal(scenario, state, by);
        // Listed means these very candidates (their nested terms the same objects), as the runner hands them out.
        for (const a of lazy.all().slice(0, 40)) {
          expect(isListedAction(lazy, a)).toBe(true);
          expect(isListedAction(lazy, { ...a, reason: { code: 'done', params: {} } } as Action)).toBe(true);
        }
        // A copy with a field of its own (not the listed value) is not "listed": it takes the whole door.
        const offer = lazy.of('consult.offer')[0];
        if (offer) expect(isListedAction(lazy, { ...offer, give: { ...offer.give } })).toBe(false);
        expect(isListedAction(lazy, { type: 'consult.talks', by, with: by })).toBe(false);
        expect(isListedAction(eager, { type: 'consult.talks', by, with: by })).toBe(false);
        asked += 1;
      },
    });
    expect(asked).toBeGreaterThan(50);
  });
});

describe('a candidate given a reason by its listing', () => {
  const loaded = loadScenario('road-to-the-charter');
  if (!loaded.ok) throw new Error('does not load');
  const scenario = loaded.scenario;
  const state = createGame(scenario, 2);
  const by = state.players[0]!;

  it('is the candidate with the reason, frozen, and still known to the listing for its own', () => {
    const lazy = listLegal(scenario, state, by);
    const talks = lazy.of('consult.talks')[1]!;
    const reason = { code: 'talks-aligned', params: { with: talks.with } };
    const given = lazy.withReason(talks, reason);
    expect(given).toEqual({ ...talks, reason });
    expect(Object.isFrozen(given)).toBe(true);
    expect(lazy.placeOf(given)).toBe(lazy.candidates('consult.talks').indexOf(talks));
    expect(isListedAction(lazy, given)).toBe(true);
    // Another listing of the same state never saw it: it compares the fields and agrees.
    expect(listLegal(scenario, state, by).placeOf(given)).toBe(-1);
    expect(isListedAction(listLegal(scenario, state, by), given)).toBe(true);
  });

  it('is refused when its reason is malformed, however it was made', () => {
    const lazy = listLegal(scenario, state, by);
    const talks = lazy.of('consult.talks')[0]!;
    const given = lazy.withReason(talks, { code: '<b>Not a code</b>' });
    expect(lazy.placeOf(given)).toBeGreaterThanOrEqual(0);
    expect(isListedAction(lazy, given)).toBe(false);
  });

  it('is not known for a listed one when it was not a candidate', () => {
    const lazy = listLegal(scenario, state, by);
    const own = lazy.withReason({ type: 'consult.talks', by, with: by } as Action, { code: 'done' });
    expect(lazy.placeOf(own)).toBe(-1);
    expect(isListedAction(lazy, own)).toBe(false);
  });
});

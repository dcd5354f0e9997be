import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyAction, applyActionInPlace, applyListedInPlace, checkAction, createWorkingGame, indexScenario, isListedAction, legalActions, listLegal,
  ACTION_TYPES, type Action, type ActionType, type GameState, type ScenarioIndex,
} from '../../src/engine';
import { RULES } from '../../src/engine/rules';
import type { Rule } from '../../src/engine/rules/rule';
import { createAiPolicy } from '../../src/ai';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario } from '../../scripts/lib/load-scenario';

const ids = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

function bundled(id: string): Scenario {
  const loaded = loadScenario(id);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scenario;
}

/** Actions of a gated type by `by`, legal or not: every target, proposal, subject and amount the type can name. */
function everyAction(idx: ScenarioIndex, state: GameState, type: ActionType, by: string): Action[] {
  const proposals = Object.keys(state.proposals);
  const terms = [1, 2, 3].map((amount) => ({ kind: 'influence' as const, amount })).concat(proposals.map((proposal) => ({ kind: 'support' as const, proposal }) as never));
  switch (type) {
    case 'consult.talks': return idx.allIds.map((w) => ({ type, by, with: w }));
    case 'consult.pledge': return proposals.map((proposal) => ({ type, by, proposal }));
    case 'consult.offer': return state.players.flatMap((to) => terms.flatMap((give) => terms.map((ask) => ({ type, by, to, give, ask }) as Action)));
    case 'proposal.table': return [
      ...idx.scenario.measures.map((m) => ({ type, by, subject: { kind: 'measure' as const, measure: m.id } })),
      ...idx.scenario.transformation.clusters.map((c) => ({ type, by, subject: { kind: 'cluster' as const, cluster: c.id } })),
    ];
    case 'diplomacy.early-warning':
    case 'diplomacy.good-offices':
    case 'diplomacy.fact-finding':
    case 'diplomacy.hotline': return idx.scenario.flashpoints.map((f) => ({ type, by, flashpoint: f.id }));
    case 'diplomacy.consent': return idx.scenario.flashpoints.flatMap((f) => [true, false].map((accept) => ({ type, by, flashpoint: f.id, accept })));
    case 'energy.found':
    case 'energy.join': return [{ type, by }];
    case 'energy.corridor': return idx.scenario.energy.corridors.map((c) => ({ type, by, corridor: c.id }));
    case 'implement.choose': return idx.scenario.measures.flatMap((m) => [true, false].map((optIn) => ({ type, by, measure: m.id, optIn })));
    default: throw new Error(`no actions drawn for the gated type ${type}`);
  }
}

const gated = ACTION_TYPES.filter((t) => (RULES[t] as Rule<ActionType>).gate);

describe("rules' gates", () => {
  it('exist for the types a listing checks by the dozen', () => {
    expect(gated).toEqual(expect.arrayContaining([
      'consult.talks', 'consult.pledge', 'consult.offer', 'proposal.table', 'implement.choose',
      'diplomacy.early-warning', 'diplomacy.good-offices', 'diplomacy.fact-finding', 'diplomacy.consent', 'diplomacy.hotline',
      'energy.found', 'energy.join', 'energy.corridor',
    ]));
  });

  it.each(ids)('refuse only where the rule refuses every action of the type, over games of %s', (id) => {
    const scenario = bundled(id);
    const idx = indexScenario(scenario);
    let closed = 0;
    const games = id === 'road-to-the-charter' ? [[2, createAiPolicy('normal')]] as const : [[1, randomPolicy], [2, createAiPolicy('normal')]] as const;
    for (const [seed, policy] of games) {
      let step = 0;
      runGame(scenario, {
        seed, fallback: policy,
        onAction: (_action, state) => {
          if ((state.phase !== 'consultations' && state.phase !== 'implementation') || step++ % 41 !== 0) return;
          for (const by of state.players) {
            for (const type of gated) {
              if ((RULES[type] as Rule<ActionType>).gate!(idx, state, by) === null) continue;
              closed += 1;
              // A spread of them (every one, for all but offers, whose terms multiply).
              const all = everyAction(idx, state, type, by);
              const stride = Math.max(1, Math.floor(all.length / 60));
              for (let i = (closed * 7) % stride; i < all.length; i += stride) expect(checkAction(scenario, state, all[i]!)).not.toBeNull();
            }
          }
        },
      });
    }
    expect(closed).toBeGreaterThan(0);
  }, 180_000);

  const given = gated.filter((t) => (RULES[t] as Rule<ActionType>).given);

  it('leave, past them, a rest of the check that refuses exactly what the check refuses', () => {
    expect(given).toEqual(expect.arrayContaining(['consult.talks', 'consult.pledge', 'consult.offer', 'proposal.table', 'energy.corridor', 'implement.choose']));
  });

  it.each(ids)('have a rest of the check that agrees with the check wherever the gate is open, over games of %s', (id) => {
    const scenario = bundled(id);
    const idx = indexScenario(scenario);
    const seen = { passed: 0, refused: 0 };
    const games = id === 'road-to-the-charter' ? [[4, createAiPolicy('normal')]] as const : [[1, randomPolicy], [4, createAiPolicy('normal')]] as const;
    for (const [seed, policy] of games) {
      let step = 0;
      runGame(scenario, {
        seed, fallback: policy,
        onAction: (_action, state) => {
          if ((state.phase !== 'consultations' && state.phase !== 'implementation') || step++ % 37 !== 0) return;
          for (const by of state.players) {
            for (const type of given) {
              const rule = RULES[type] as Rule<ActionType>;
              if (rule.gate!(idx, state, by) !== null) continue;
              // Every action the listing would check (its candidates), and a spread of the rest.
              const listed = listLegal(scenario, state, by).candidates(type) as readonly Action[];
              const all = everyAction(idx, state, type, by);
              const stride = Math.max(1, Math.floor(all.length / 20));
              for (const a of [...listed, ...all.filter((_, i) => i % stride === step % stride)]) {
                const refused = rule.check(idx, state, a) !== null;
                expect(rule.given!(idx, state, a) !== null, `${type} ${JSON.stringify(a)}`).toBe(refused);
                seen[refused ? 'refused' : 'passed'] += 1;
              }
            }
          }
        },
      });
    }
    // Both verdicts were put to the test.
    expect(seen.passed).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 180_000);
});

describe('listing implementation choices', () => {
  it.each(ids)('lists every choice the rules accept in %s', (id) => {
    const scenario = bundled(id);
    runGame(scenario, {
      seed: 3, fallback: createAiPolicy('normal'),
      onAction: (_action, state) => {
        if (state.phase !== 'implementation') return;
        for (const by of state.players) {
          const listed = legalActions(scenario, state, by).filter((a) => a.type === 'implement.choose');
          const accepted = scenario.measures.flatMap((m) => [true, false].map((optIn) => ({ type: 'implement.choose', by, measure: m.id, optIn }) as Action))
            .filter((a) => checkAction(scenario, state, a) === null);
          expect(listed).toEqual(accepted);
        }
      },
    });
  });
});

describe('applying a listed action', () => {
  const scenario = bundled('preventive-diplomacy');

  function consultations(): { state: GameState; listed: Action[] } {
    const state = createWorkingGame(scenario, 1);
    const by = state.players[0]!;
    return { state, listed: legalActions(scenario, state, by) };
  }

  it('takes a listed action with a reason added as the full door would', () => {
    const { state, listed } = consultations();
    const talk = listed.find((a) => a.type === 'consult.talks')!;
    const action = { ...talk, reason: { code: 'talks-aligned', params: { with: (talk as { with: string }).with } } } as Action;
    expect(isListedAction(listed, action)).toBe(true);
    const expected = applyAction(scenario, structuredClone(state), action);
    expect(applyListedInPlace(scenario, state, action, listed)).toBeNull();
    expect(expected.ok && expected.state).toEqual(state);
  });

  it('sends anything else through the door: a malformed reason, a changed field, an unlisted action', () => {
    const { state, listed } = consultations();
    const talk = listed.find((a) => a.type === 'consult.talks')! as Action & { with: string };
    const badReason = { ...talk, reason: { code: 'Not A Code' } } as Action;
    const otherTarget = { ...talk, with: 'NOPE' } as Action;
    const extra = { ...talk, extra: 1 } as unknown as Action;
    for (const a of [badReason, otherTarget, extra]) {
      expect(isListedAction(listed, a)).toBe(false);
      const before = structuredClone(state);
      expect(applyListedInPlace(scenario, state, a, listed)).toEqual(applyActionInPlace(scenario, structuredClone(before), a));
      expect(state).toEqual(before);
    }
  });
});

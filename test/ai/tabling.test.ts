import { describe, expect, it } from 'vitest';
import { awaited, createGame, type GameState } from '../../src/engine';
import { buildContext } from '../../src/ai/context';
import { bookOf } from '../../src/ai/book';
import { paramsFor } from '../../src/ai/difficulty';
import { tablingDecision } from '../../src/ai/tabling';
import { legalActions, playerView } from '../../src/engine';
import { act, plenaryOn } from './helpers';
import { smallScenario } from './fixtures';

// DDD cares for military measures enough to fight for one; AAA's red line on m2 is secret until it objects.
const s = smallScenario((input) => {
  const ddd = input.delegations.find((d) => d.id === 'DDD')!;
  ddd.profile = { ...ddd.profile, temperament: 'assertive', interests: { ...ddd.profile.interests, military: 5, human: 1, environmental: 1 } };
});

/** m2 tabled by DDD and put to the decision; AAA objects on its red line, so it is blocked; then on to the next consultations. */
function afterBlock(): GameState {
  let state = plenaryOn(s, 'm2', 'DDD');
  const item = state.plenary!.agenda[state.plenary!.current]!;
  for (const id of awaited(s, state)) {
    state = act(s, state, id === 'AAA'
      ? { type: 'plenary.position', by: id, proposal: item, stance: 'objection', reason: { code: 'red-line-measure', params: { measure: 'm2' } } }
      : { type: 'plenary.position', by: id, proposal: item, stance: 'support' });
  }
  state = act(s, state, { type: 'plenary.decide', by: 'DDD', proposal: item });
  expect(state.proposals[item]!.status).toBe('rejected');
  for (let guard = 0; guard < 20 && !(state.round === 2 && state.phase === 'consultations'); guard++) {
    for (const id of awaited(s, state)) state = act(s, state, { type: 'ready', by: id });
  }
  expect(state.phase).toBe('consultations');
  return state;
}

/** What DDD would table now, if anything (other kinds of move aside). */
function tableNow(state: GameState, random: () => number) {
  const ctx = buildContext(s, playerView(state, 'DDD'), 'DDD', paramsFor('normal'), random);
  return tablingDecision(ctx, bookOf(legalActions(s, state, 'DDD')));
}

const tablesM2 = (a: { type: string; subject?: unknown }) => a.type === 'proposal.table' && (a.subject as { measure?: string }).measure === 'm2';

describe('tabling what a red line has blocked', () => {
  it('tables a measure it values while no red line against it is known', () => {
    const state = createGame(s, 1);
    const d = tableNow(state, () => 0);
    expect(d && tablesM2(d.action)).toBe(true);
  });

  it('does not table it again, even to fight for it, once the red line is on the record', () => {
    const state = afterBlock();
    for (const r of [0, 0.3, 0.9]) {
      const d = tableNow(state, () => r);
      expect(d && tablesM2(d.action)).toBeFalsy();
    }
  });
});

describe('tabling against its own red line', () => {
  // DDD cares most for the environment, and m4 (environmental) is the measure it would table first.
  const keen = (redLine: boolean) => smallScenario((input) => {
    const ddd = input.delegations.find((d) => d.id === 'DDD')!;
    ddd.profile = {
      ...ddd.profile,
      interests: { ...ddd.profile.interests, environmental: 5, human: 1, military: 1 },
      redLines: redLine ? [{ type: 'measure', measure: 'm4', acceptsWeakened: true }] : [],
    };
  });
  const tabled = (scenario: ReturnType<typeof keen>, difficulty: 'easy' | 'normal') => {
    const state = createGame(scenario, 1);
    const ctx = buildContext(scenario, playerView(state, 'DDD'), 'DDD', paramsFor(difficulty), () => 0);
    const d = tablingDecision(ctx, bookOf(legalActions(scenario, state, 'DDD')));
    return d?.action.type === 'proposal.table' ? (d.action.subject as { measure?: string }).measure : undefined;
  };

  it('tables the measure it values most when it holds no red line against it', () => {
    expect(tabled(keen(false), 'normal')).toBe('m4');
    expect(tabled(keen(false), 'easy')).toBe('m4');
  });

  it('never tables a measure its own red line makes it object to, even one a weakened text would lift', () => {
    for (const difficulty of ['easy', 'normal'] as const) {
      const subject = tabled(keen(true), difficulty);
      expect(subject).not.toBe('m4');
    }
  });
});

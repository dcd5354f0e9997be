/**
 * The schema table: one schema per action type, that every action the engine itself offers
 * (legal actions, the AI's choices with their reasons) passes, and that refuses the rest with
 * a rejection naming the field. The last-resort guard turns a throwing rule into a rejection.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACTION_SCHEMAS, ACTION_TYPES, applyAction, createGame, engineFaultCount, LoggedActionSchema, onEngineFault, parseAction,
  type Action, type EngineFault,
} from '../../../src/engine';
import { RULES } from '../../../src/engine/rules';
import { createAiPolicy } from '../../../src/ai';
import { runGame } from '../../../src/sim/run-game';
import { miniScenario } from '../fixtures';
import { BUNDLED, bundled, sample } from './games';

describe('the schema table', () => {
  it('has exactly one schema for every action type', () => {
    expect(Object.keys(ACTION_SCHEMAS).sort()).toEqual([...ACTION_TYPES].sort());
  });

  it.each(BUNDLED)('admits every legal action met in an AI game of %s', (id) => {
    const scenario = bundled(id);
    const seen = new Set<string>();
    for (const step of sample(scenario, 4, id === 'road-to-the-charter' ? 1 : 2, id === 'road-to-the-charter' ? 60 : 4)) {
      for (const action of step.legal()) {
        const parsed = parseAction(scenario, step.state, action);
        expect(parsed.ok ? null : parsed.rejection, JSON.stringify(action)).toBeNull();
        expect(LoggedActionSchema.safeParse(action).success).toBe(true);
        seen.add(action.type);
      }
    }
    expect(seen.size).toBeGreaterThan(8);
  });

  it('admits every action the AI takes in whole games, reasons included', () => {
    const scenario = bundled('energy-security');
    let withReason = 0;
    const { actions } = runGame(scenario, {
      seed: 8, fallback: createAiPolicy('hard'),
      onAction: (action) => {
        if (action.reason) withReason += 1;
      },
    });
    expect(withReason).toBeGreaterThan(50);
    // Every action was applied through the door; and the log, through JSON, reads back whole.
    expect(LoggedActionSchema.array().safeParse(JSON.parse(JSON.stringify(actions))).success).toBe(true);
  });
});

describe('a refusal at the door', () => {
  const scenario = miniScenario();
  const game = createGame(scenario, 1);
  const refusal = (action: unknown) => {
    const r = applyAction(scenario, game, action);
    return r.ok ? null : { code: r.rejection.code, ...r.rejection.params };
  };
  const shown = (action: unknown) => {
    const r = refusal(action);
    if (r) delete (r as { action?: unknown }).action;
    return r;
  };

  it.each([
    ['a stance outside the enum', { type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: 'veto' }, { code: 'malformed', field: 'stance', problem: 'choice' }],
    ['a number for a delegation', { type: 'consult.talks', by: 'AAA', with: 7 }, { code: 'malformed', field: 'with', problem: 'type' }],
    ['a missing field', { type: 'consult.talks', by: 'AAA' }, { code: 'malformed', field: 'with', problem: 'missing' }],
    ['a field the type does not take', { type: 'ready', by: 'AAA', when: 'now' }, { code: 'malformed', field: 'when', problem: 'extra' }],
    ['an unknown measure', { type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm99' } }, { code: 'unknown-target', field: 'subject.measure', target: 'm99' }],
    ['a prototype key as a corridor', { type: 'energy.corridor', by: 'AAA', corridor: 'constructor' }, { code: 'unknown-target', field: 'corridor', target: 'constructor' }],
    ['an unknown delegation taking the action', { type: 'ready', by: 'ZZZ' }, { code: 'unknown-delegation', field: 'by', delegation: 'ZZZ' }],
    ['an id too long to echo', { type: 'ready', by: 'Z'.repeat(100) }, { code: 'unknown-delegation', field: 'by' }],
    ['an agenda longer than any', { type: 'agenda.order', by: 'AAA', order: Array.from({ length: 100 }, (_, i) => `p${i}`) }, { code: 'malformed', field: 'order', problem: 'size' }],
    ['a reason with too many params', { type: 'ready', by: 'AAA', reason: { code: 'done', params: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, i])) } }, { code: 'malformed', field: 'reason.params', problem: 'size' }],
    // The rule itself judges an offer it does not know (after the phase), in its own terms.
    ['an answer to an offer that does not exist', { type: 'consult.answer', by: 'AAA', offer: 'o1', accept: true }, { code: 'unknown-target', offer: 'o1' }],
  ])('%s', (_name, action, expected) => {
    expect(shown(action)).toEqual(expected);
  });

  it('accepts a reason of plain words in any script', () => {
    const r = applyAction(scenario, game, { type: 'ready', by: 'AAA', reason: { code: 'done', params: { note: 'Казахстан, 2 раунда', n: 3.5 } } });
    expect(r.ok).toBe(true);
  });
});

describe('the last-resort guard', () => {
  const scenario = miniScenario();
  afterEach(() => vi.restoreAllMocks());

  it('turns a rule that throws into a rejection, leaves the state alone and reports the fault', () => {
    const game = createGame(scenario, 1);
    const before = JSON.stringify(game);
    const faults: EngineFault[] = [];
    const stop = onEngineFault((f) => faults.push(f));
    const count = engineFaultCount();
    vi.spyOn(RULES.ready, 'apply').mockImplementation((_idx, draft) => {
      draft.delegations.AAA!.influence = 99;
      throw new TypeError('t[p.stance].push is not a function');
    });
    const r = applyAction(scenario, game, { type: 'ready', by: 'AAA' } satisfies Action);
    stop();
    expect(r).toMatchObject({ ok: false, rejection: { code: 'internal-error', params: { action: 'ready' } } });
    expect(JSON.stringify(game)).toBe(before);
    expect(engineFaultCount()).toBe(count + 1);
    expect(faults).toMatchObject([{ stage: 'apply', type: 'ready' }]);
  });

  it('catches a check that throws as well', () => {
    vi.spyOn(RULES['consult.talks'], 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const r = applyAction(scenario, createGame(scenario, 1), { type: 'consult.talks', by: 'AAA', with: 'BBB' });
    expect(r).toMatchObject({ ok: false, rejection: { code: 'internal-error' } });
  });
});

/**
 * The turn machine: which phase we are in and which actions are legal now. Its states are the
 * engine's phases (src/engine/phases.ts); guards ask the engine what is legal and whether a phase
 * is complete, and actions apply engine rules through Immer. No timers and no invoked promises:
 * clocks belong to the classroom session machine, so `@xstate/graph` can walk this one.
 *
 * Every engine action is itself an event of this machine (`consult.talks`, `plenary.position`...).
 */
import { produce } from 'immer';
import { assign, setup } from 'xstate';
import {
  applyActionOnly, checkAction, enterPhase, indexScenario, PHASE_FLOW,
  type Action, type GameState, type Phase, type Rejection,
} from '../engine';
import type { Scenario } from '../scenario/schema';

export interface TurnContext {
  scenario: Scenario;
  game: GameState;
  /** Why the last event was refused, for the UI; cleared by the next accepted action. */
  rejection: Rejection | null;
  /** Accepted actions since the game began: with the scenario and seed, the whole game. */
  log: Action[];
}

export interface TurnInput {
  scenario: Scenario;
  /** A game already entered in its current phase, from `createGame` or a save. */
  game: GameState;
  log?: Action[];
}

const complete = (c: TurnContext) => PHASE_FLOW[c.game.phase].complete(indexScenario(c.scenario), c.game);

export const turnMachine = setup({
  types: {
    context: {} as TurnContext,
    input: {} as TurnInput,
    events: {} as Action,
  },
  guards: {
    legal: ({ context, event }) => checkAction(context.scenario, context.game, event) === null,
    complete: ({ context }) => complete(context),
    concluded: ({ context }) => context.game.concluded !== null,
    proposerStep: ({ context }) => context.game.plenary?.step === 'proposer',
    positionsStep: ({ context }) => context.game.plenary?.step === 'positions',
    resumeIn: ({ context }, phase: Phase) => context.game.phase === phase,
  },
  actions: {
    apply: assign(({ context, event }) => {
      const r = applyActionOnly(context.scenario, context.game, event);
      return r.ok ? { game: r.state, rejection: null, log: [...context.log, event] } : { rejection: r.rejection };
    }),
    enter: assign(({ context }, phase: Phase) => ({
      game: produce(context.game, (d) => enterPhase(indexScenario(context.scenario), d, phase)),
    })),
    refuse: assign({ rejection: ({ context, event }) => checkAction(context.scenario, context.game, event) }),
  },
}).createMachine({
  id: 'turn',
  context: ({ input }) => ({ scenario: input.scenario, game: input.game, rejection: null, log: input.log ?? [] }),
  initial: 'resume',
  // Any action, in any phase: applied when the engine says it is legal now, refused otherwise.
  on: {
    '*': [{ guard: 'legal', actions: 'apply' }, { actions: 'refuse' }],
  },
  states: {
    /** Enters the phase the given game is already in, without running that phase's entry again. */
    resume: {
      always: [
        { guard: { type: 'resumeIn', params: 'opening' }, target: 'opening' },
        { guard: { type: 'resumeIn', params: 'consultations' }, target: 'consultations' },
        { guard: { type: 'resumeIn', params: 'plenary' }, target: 'plenary' },
        { guard: { type: 'resumeIn', params: 'implementation' }, target: 'implementation' },
        { guard: { type: 'resumeIn', params: 'review' }, target: 'review' },
        { target: 'concluded' },
      ],
    },
    opening: {
      always: { target: 'consultations', actions: { type: 'enter', params: 'consultations' } },
    },
    consultations: {
      always: { guard: 'complete', target: 'plenary', actions: { type: 'enter', params: 'plenary' } },
    },
    plenary: {
      initial: 'routing',
      always: { guard: 'complete', target: 'implementation', actions: { type: 'enter', params: 'implementation' } },
      states: {
        routing: { always: [{ guard: 'proposerStep', target: 'proposer' }, { target: 'positions' }] },
        /** Members state their positions on the item under discussion. */
        positions: { always: { guard: 'proposerStep', target: 'proposer' } },
        /** The proposer amends, links, withdraws or calls the decision. */
        proposer: { always: { guard: 'positionsStep', target: 'positions' } },
      },
    },
    implementation: {
      always: { guard: 'complete', target: 'review', actions: { type: 'enter', params: 'review' } },
    },
    review: {
      always: [
        { guard: 'concluded', target: 'concluded', actions: { type: 'enter', params: 'concluded' } },
        { target: 'opening', actions: { type: 'enter', params: 'opening' } },
      ],
    },
    concluded: { type: 'final' },
  },
});

export type TurnMachine = typeof turnMachine;

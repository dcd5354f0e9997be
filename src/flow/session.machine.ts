/**
 * The classroom session: the facilitator's clock and console around the game. It holds the
 * phase timer (with pause, extension and time-up), and a log of everything the facilitator does.
 * The turn machine stays free of timers; the app relays what this machine emits to the conductor.
 */
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { DelegationId } from '../engine';
import type { Seat } from './conductor';

export const TIMED_PHASES = ['consultations', 'plenary', 'implementation'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

export type FacilitatorEntry =
  | { kind: 'paused' }
  | { kind: 'resumed' }
  | { kind: 'extended'; seconds: number }
  | { kind: 'timer-set'; phase: TimedPhase; seconds: number }
  | { kind: 'time-up'; phaseKey: string }
  | { kind: 'phase-ended'; phaseKey: string }
  | { kind: 'event-injected'; event: string }
  | { kind: 'effects-injected'; count: number }
  | { kind: 'seat-switched'; delegation: DelegationId; seat: Seat }
  | { kind: 'undone'; action: string };

export interface LoggedEntry {
  /** Wall-clock milliseconds, from the clock the actor was given. */
  at: number;
  /** The game's position when it happened: round, phase and action count. */
  phaseKey: string;
  entry: FacilitatorEntry;
}

export interface SessionContext {
  durations: Record<TimedPhase, number>;
  /** Seconds left in the current phase; negative once over time. */
  remaining: number;
  phaseKey: string;
  /** When the timer runs out, end the phase by itself instead of only announcing it. */
  autoEnd: boolean;
  /** Whether the current phase has a clock at all (opening and review pass by themselves). */
  timed: boolean;
  /** Time-up has been announced for this phase. */
  announced: boolean;
  log: LoggedEntry[];
}

export type SessionEvent =
  | { type: 'session.pause' }
  | { type: 'session.resume' }
  | { type: 'timer.extend'; seconds: number }
  | { type: 'timer.set'; phase: TimedPhase; seconds: number }
  | { type: 'timer.auto-end'; value: boolean }
  | { type: 'game.phase'; phaseKey: string; phase: string }
  | { type: 'phase.end' }
  | { type: 'event.inject'; event: string }
  | { type: 'effects.inject'; count: number }
  | { type: 'seat.switch'; delegation: DelegationId; seat: Seat }
  | { type: 'action.undo'; action: string }
  /**
   * Sent once after restoring a persisted snapshot: XState does not carry a pending delayed
   * event across `getPersistedSnapshot`, so a restored running clock would otherwise stand still.
   */
  | { type: 'session.restored' };

export type SessionEmitted =
  | { type: 'timer.expired'; phaseKey: string }
  | { type: 'phase.end-requested'; phaseKey: string };

export interface SessionInput {
  durations?: Partial<Record<TimedPhase, number>>;
  autoEnd?: boolean;
  phaseKey?: string;
  phase?: string;
}

export const DEFAULT_DURATIONS: Record<TimedPhase, number> = { consultations: 600, plenary: 480, implementation: 180 };

const isTimed = (phase: string): phase is TimedPhase => (TIMED_PHASES as readonly string[]).includes(phase);

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
    emitted: {} as SessionEmitted,
  },
  actions: {
    record: assign({
      log: ({ context }, entry: FacilitatorEntry) => [...context.log, { at: Date.now(), phaseKey: context.phaseKey, entry }],
    }),
    tick: assign({ remaining: ({ context }) => (context.timed ? context.remaining - 1 : context.remaining) }),
  },
  guards: {
    justExpired: ({ context }) => context.remaining <= 0 && !context.announced && context.timed,
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => {
    const durations = { ...DEFAULT_DURATIONS, ...input.durations };
    const phase = input.phase ?? 'consultations';
    return {
      durations,
      remaining: isTimed(phase) ? durations[phase] : 0,
      phaseKey: input.phaseKey ?? '',
      autoEnd: input.autoEnd ?? false,
      timed: isTimed(phase),
      announced: false,
      log: [],
    };
  },
  initial: 'running',
  on: {
    'game.phase': {
      actions: assign(({ context, event }) => ({
        phaseKey: event.phaseKey,
        remaining: isTimed(event.phase) ? context.durations[event.phase] : 0,
        timed: isTimed(event.phase),
        announced: false,
      })),
    },
    'timer.extend': {
      actions: [
        assign({ remaining: ({ context, event }) => Math.max(0, context.remaining) + event.seconds }),
        { type: 'record', params: ({ event }) => ({ kind: 'extended', seconds: event.seconds }) },
      ],
    },
    'timer.set': {
      actions: [
        assign({ durations: ({ context, event }) => ({ ...context.durations, [event.phase]: event.seconds }) }),
        { type: 'record', params: ({ event }) => ({ kind: 'timer-set', phase: event.phase, seconds: event.seconds }) },
      ],
    },
    'timer.auto-end': {
      actions: [
        assign({ autoEnd: ({ event }) => event.value }),
        // Ticked after time ran out: the phase is already over time, so it ends now.
        enqueueActions(({ context, event, enqueue }) => {
          if (event.value && context.timed && context.remaining <= 0) enqueue.emit({ type: 'phase.end-requested', phaseKey: context.phaseKey });
        }),
      ],
    },
    'phase.end': {
      actions: [
        { type: 'record', params: ({ context }) => ({ kind: 'phase-ended', phaseKey: context.phaseKey }) },
        emit(({ context }) => ({ type: 'phase.end-requested' as const, phaseKey: context.phaseKey })),
      ],
    },
    'event.inject': { actions: { type: 'record', params: ({ event }) => ({ kind: 'event-injected', event: event.event }) } },
    'effects.inject': { actions: { type: 'record', params: ({ event }) => ({ kind: 'effects-injected', count: event.count }) } },
    'seat.switch': { actions: { type: 'record', params: ({ event }) => ({ kind: 'seat-switched', delegation: event.delegation, seat: event.seat }) } },
    'action.undo': { actions: { type: 'record', params: ({ event }) => ({ kind: 'undone', action: event.action }) } },
  },
  states: {
    running: {
      on: {
        'session.pause': { target: 'paused', actions: { type: 'record', params: { kind: 'paused' } } },
        'session.restored': { target: 'running', reenter: true },
      },
      // The clock ticks once a second, on past zero so the projector can show the overtime.
      after: { 1000: { target: 'running', reenter: true, actions: 'tick' } },
      always: {
        guard: 'justExpired',
        actions: [
          assign({ announced: true }),
          { type: 'record', params: ({ context }) => ({ kind: 'time-up', phaseKey: context.phaseKey }) },
          emit(({ context }) => ({ type: 'timer.expired' as const, phaseKey: context.phaseKey })),
          enqueueActions(({ context, enqueue }) => {
            if (context.autoEnd) enqueue.emit({ type: 'phase.end-requested', phaseKey: context.phaseKey });
          }),
        ],
      },
    },
    paused: {
      on: { 'session.resume': { target: 'running', actions: { type: 'record', params: { kind: 'resumed' } } } },
    },
  },
});

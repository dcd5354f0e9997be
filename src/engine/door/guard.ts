/**
 * The last resort: a rule that throws is a bug in the engine, since the door and the rule's own
 * check admitted the action. The guard turns the throw into a rejection, so the state is left as
 * it was (Immer discards the draft) and the game goes on, and it reports the fault to whoever
 * listens: tests fail on any report, and a server would log it.
 */
import { reject, type Rejection } from '../rejection';

export interface EngineFault {
  stage: 'check' | 'apply';
  type: string;
  error: unknown;
}

type FaultListener = (fault: EngineFault) => void;
const listeners = new Set<FaultListener>();
let faults = 0;

/** How many times the guard has been reached since the program started. */
export function engineFaultCount(): number {
  return faults;
}

/** Calls `listener` on every fault the guard catches; returns the unsubscribe function. */
export function onEngineFault(listener: FaultListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts and reports a fault the guard caught (for a caller that catches it itself). */
export function reportFault(stage: EngineFault['stage'], type: string, error: unknown): void {
  faults += 1;
  for (const listener of listeners) listener({ stage, type, error });
}

/** Runs `body`; a throw becomes an `internal-error` rejection and is reported. */
export function guarded<T>(stage: EngineFault['stage'], type: string, body: () => T): { ok: true; value: T } | { ok: false; rejection: Rejection } {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    return { ok: false, rejection: faultRejection(stage, type, error) };
  }
}

/** What a throw at `stage` becomes: reported, and an `internal-error` rejection (for callers guarding by hand). */
export function faultRejection(stage: EngineFault['stage'], type: string, error: unknown): Rejection {
  reportFault(stage, type, error);
  return reject('internal-error', `The game could not ${stage} this ${type} action; nothing was changed.`, { action: type });
}

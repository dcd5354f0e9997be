/** Why an action was refused: a code the UI translates, parameters for the message, and an English sentence for logs. */
export interface Rejection {
  code: RejectionCode;
  message: string;
  params?: Record<string, string | number>;
}

export type RejectionCode =
  | 'wrong-phase'
  | 'unknown-delegation'
  | 'not-a-player'
  | 'not-a-member'
  | 'already-ready'
  | 'insufficient-influence'
  | 'not-allowed'
  | 'unknown-target'
  | 'already-done'
  | 'limit-reached'
  | 'precondition'
  | 'not-your-turn'
  | 'malformed'
  /** The last-resort guard caught a rule that threw: a bug, reported, with the state unchanged. */
  | 'internal-error';

export function reject(code: RejectionCode, message: string, params?: Record<string, string | number>): Rejection {
  return params ? { code, message, params } : { code, message };
}

export type ActionResult<S> = { ok: true; state: S } | { ok: false; rejection: Rejection };

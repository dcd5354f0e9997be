/** What an AI decision is: the action and the reason for it. */
import type { Action, Reason } from '../engine';

export interface Decision {
  action: Action;
  reason: Reason;
}

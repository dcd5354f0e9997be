/**
 * The policy AI delegations play by at each difficulty.
 */
import type { Difficulty } from '../ai/difficulty';
import { randomPolicy, type Policy } from '../sim/policy';

export function policyFor(_difficulty: Difficulty): Policy {
  return randomPolicy;
}

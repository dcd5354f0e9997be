/** The policy AI delegations play by at each difficulty. */
import { createAiPolicy } from '../ai/policy';
import type { Difficulty } from '../ai/difficulty';
import type { Policy } from '../sim/policy';

export function policyFor(difficulty: Difficulty): Policy {
  return createAiPolicy(difficulty);
}

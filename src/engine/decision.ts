/**
 * How the Conference decides. CICA decides by consensus: a proposal passes when no member
 * objects; abstentions and unresolved reservations are recorded but do not block. Scenarios
 * may choose another rule for comparison.
 */
import type { DecisionRule } from '../scenario/schema';
import type { DelegationId, Proposal } from './state';

export interface Tally {
  support: DelegationId[];
  reservation: DelegationId[];
  objection: DelegationId[];
  abstain: DelegationId[];
  pending: DelegationId[];
  /** Whether the proposal would pass if the question were called now (pending count as abstaining). */
  passes: boolean;
  /** The delegations whose objections decide the outcome under the rule. */
  blockers: DelegationId[];
}

export function tally(rule: DecisionRule, proposal: Proposal, voters: readonly DelegationId[]): Tally {
  const t: Tally = { support: [], reservation: [], objection: [], abstain: [], pending: [], passes: false, blockers: [] };
  for (const v of voters) {
    const p = proposal.positions[v];
    if (!p) t.pending.push(v);
    else t[p.stance].push(v);
  }
  switch (rule) {
    case 'consensus':
      t.passes = t.objection.length === 0;
      t.blockers = t.objection;
      break;
    case 'consensus-minus-one':
      t.passes = t.objection.length <= 1;
      t.blockers = t.objection.length <= 1 ? [] : t.objection;
      break;
    case 'two-thirds': {
      const voting = t.support.length + t.objection.length;
      t.passes = voting > 0 && t.support.length * 3 >= voting * 2;
      t.blockers = t.passes ? [] : t.objection;
      break;
    }
  }
  return t;
}

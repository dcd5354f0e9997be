/**
 * Forecasting a plenary decision from public information: each member's expected position (the
 * viewer's own is known), tallied under the scenario's decision rule.
 */
import { tally, type DelegationId, type Position, type Proposal, type Tally } from '../engine';
import type { AiContext } from './context';
import { sensitiveCrisis, isSensitive } from './estimate';
import { expectedPosition, stanceOn, type Question, type Stated } from './positions';

export interface Forecast extends Tally {
  positions: Record<DelegationId, Stated>;
}

/**
 * The expected outcome of a question. A careful (hard) forecaster also counts a party to a crisis
 * as likely to block a sensitive measure even before it has revealed a red line.
 */
export function forecast(ctx: AiContext, q: Question): Forecast {
  const positions: Record<DelegationId, Stated> = {};
  const sensitive = ctx.params.difficulty === 'hard' ? q.subjects.map((s) => isSensitive(ctx, s)).find((m) => m) : null;
  for (const v of ctx.idx.voters) {
    let st = v === ctx.me ? stanceOn(ctx, v, q, ctx.self.profile.redLines) : expectedPosition(ctx, v, q);
    if (sensitive && v !== ctx.me && st.stance !== 'objection') {
      const fid = sensitiveCrisis(ctx, v);
      if (fid) st = { stance: 'objection', reason: { code: 'flashpoint-crisis', params: { flashpoint: fid, measure: sensitive.id } } };
    }
    positions[v] = st;
  }
  const asProposal = {
    positions: Object.fromEntries(Object.entries(positions).map(([v, s]) => [v, { stance: s.stance } as Position])),
  } as Proposal;
  return { ...tally(ctx.scenario.rules.decision, asProposal, ctx.idx.voters), positions };
}

/**
 * Whether a question is expected to pass, stopping at the first objections that decide it (the
 * cheap check a delegation runs before tabling or packaging).
 */
export function expectedToPass(ctx: AiContext, q: Question): boolean {
  const rule = ctx.scenario.rules.decision;
  if (rule === 'two-thirds') return forecast(ctx, q).passes;
  const allowed = rule === 'consensus-minus-one' ? 1 : 0;
  let objections = 0;
  const sensitive = ctx.params.difficulty === 'hard' && q.subjects.some((s) => isSensitive(ctx, s));
  for (const v of ctx.idx.voters) {
    const st = v === ctx.me ? stanceOn(ctx, v, q, ctx.self.profile.redLines) : expectedPosition(ctx, v, q);
    const objects = st.stance === 'objection' || (sensitive && v !== ctx.me && sensitiveCrisis(ctx, v) !== null);
    if (objects && ++objections > allowed) return false;
  }
  return true;
}

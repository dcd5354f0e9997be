/**
 * Forecasting a plenary decision from public information: each member's expected position (the
 * viewer's own is known), tallied under the scenario's decision rule.
 */
import { tally, type DelegationId, type Position, type Proposal, type Tally } from '../engine';
import { trust, type AiContext } from './context';
import { LOW_TRUST } from './difficulty';
import { sensitiveCrisis, isSensitive } from './estimate';
import { expectedPosition, stanceOn, type Question, type Stated } from './positions';

/** Objections that talks and offers can answer: distrust of the proposer, not red lines or national priorities. */
export const PERSUADABLE: readonly string[] = ['low-trust', 'broken-pledges', 'transformation-pace'];

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

/** A forecast cut short: objectors up to one past the limit, and supporters counted only if it got through. */
export interface QuickForecast {
  objectors: Array<{ who: DelegationId; code: string }>;
  supporters: number;
  /** Whether every member was considered (false when it stopped at too many objectors). */
  complete: boolean;
}

/**
 * Expected objectors to a question, stopping once there are more than `limit` (the cheap check a
 * delegation runs before tabling or packaging). Counts each member's expected stance as `forecast`
 * does, so the two agree.
 */
export function objectorsUpTo(ctx: AiContext, q: Question, limit: number): QuickForecast {
  const objectors: QuickForecast['objectors'] = [];
  let supporters = 0;
  let sensitive = null;
  if (ctx.params.difficulty === 'hard') for (const s of q.subjects) sensitive ??= isSensitive(ctx, s);
  for (const v of likelyObjectorsFirst(ctx, q.proposer)) {
    let st = v === ctx.me ? stanceOn(ctx, v, q, ctx.self.profile.redLines) : expectedPosition(ctx, v, q);
    if (sensitive && v !== ctx.me && st.stance !== 'objection') {
      const fid = sensitiveCrisis(ctx, v);
      if (fid) st = { stance: 'objection', reason: { code: 'flashpoint-crisis', params: { flashpoint: fid, measure: sensitive.id } } };
    }
    if (st.stance === 'support') supporters += 1;
    // An objection that names an amendment is lifted by making it, which the proposer will do.
    if (st.stance !== 'objection' || st.amendment) continue;
    objectors.push({ who: v, code: st.reason.code });
    if (objectors.length > limit) return { objectors, supporters, complete: false };
  }
  // Listed in seating order, as a full count lists them.
  objectors.sort((a, b) => ctx.idx.voters.indexOf(a.who) - ctx.idx.voters.indexOf(b.who));
  return { objectors, supporters, complete: true };
}

/**
 * The voters, those who trust the proposer least (against what their temperament asks) first.
 * Whether a question meets more than `limit` objections does not depend on the order they are
 * weighed in, and most questions that fail do so at their least trusting voters: weighing them
 * first stops the count sooner. Once per proposer a decision.
 */
function likelyObjectorsFirst(ctx: AiContext, proposer: DelegationId): readonly DelegationId[] {
  const key = `voters-by-distrust:${proposer}`;
  const hit = ctx.cache.get(key) as DelegationId[] | undefined;
  if (hit) return hit;
  const margin = new Map<DelegationId, number>();
  for (const v of ctx.idx.voters) margin.set(v, trust(ctx, v, proposer) - LOW_TRUST[ctx.idx.delegation.get(v)!.profile.temperament]);
  const order = [...ctx.idx.voters].sort((a, b) => margin.get(a)! - margin.get(b)!);
  ctx.cache.set(key, order);
  return order;
}

/** Whether a question is expected to pass under the scenario's decision rule. */
export function expectedToPass(ctx: AiContext, q: Question): boolean {
  const rule = ctx.scenario.rules.decision;
  if (rule === 'two-thirds') return forecast(ctx, q).passes;
  return objectorsUpTo(ctx, q, rule === 'consensus-minus-one' ? 1 : 0).complete;
}

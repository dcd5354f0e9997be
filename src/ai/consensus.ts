/**
 * Forecasting a plenary decision from public information: each member's expected position (the
 * viewer's own is known), tallied under the scenario's decision rule.
 */
import { tally, type DelegationId, type Position, type Proposal, type Tally } from '../engine';
import type { MeasureDef } from '../scenario/schema';
import { decisionCache, trust, type AiContext } from './context';
import { LOW_TRUST } from './difficulty';
import { sensitiveCrisis, isSensitive } from './estimate';
import { expectedPosition, redLinesOf, stanceOn, type Question, type Stated } from './positions';

/** Objections that talks and offers can answer: distrust of the proposer, not red lines or national priorities. */
export const PERSUADABLE: readonly string[] = ['low-trust', 'broken-pledges', 'transformation-pace'];
/** Objections no amendment, talk or offer lifts. */
export const UNMOVABLE: readonly string[] = ['red-line-measure', 'red-line-energy-bloc', 'red-line-military-crisis', 'objective-block'];

export interface Forecast extends Tally {
  positions: Record<DelegationId, Stated>;
}

/** The sensitive measure among a question's subjects that a careful (hard) forecaster watches, if any. */
function watchedSensitive(ctx: AiContext, q: Question): MeasureDef | null {
  if (ctx.params.difficulty !== 'hard') return null;
  let sensitive: MeasureDef | null = null;
  for (const s of q.subjects) sensitive ??= isSensitive(ctx, s);
  return sensitive;
}

/**
 * One voter's expected stance as a forecast counts it: the viewer's own as it will take it, the
 * others' from what is public; a careful (hard) forecaster also counts a party to a crisis as
 * likely to block a sensitive measure even before it has revealed a red line.
 */
function forecastStance(ctx: AiContext, v: DelegationId, q: Question, sensitive: MeasureDef | null): Stated {
  const st = v === ctx.me ? stanceOn(ctx, v, q, ctx.self.profile.redLines) : expectedPosition(ctx, v, q);
  if (sensitive && v !== ctx.me && st.stance !== 'objection') {
    const fid = sensitiveCrisis(ctx, v);
    if (fid) return { stance: 'objection', reason: { code: 'flashpoint-crisis', params: { flashpoint: fid, measure: sensitive.id } } };
  }
  return st;
}

/** The expected outcome of a question: every voter's expected stance, tallied under the decision rule. */
export function forecast(ctx: AiContext, q: Question): Forecast {
  const positions: Record<DelegationId, Stated> = {};
  const sensitive = watchedSensitive(ctx, q);
  for (const v of ctx.idx.voters) positions[v] = forecastStance(ctx, v, q, sensitive);
  const asProposal = {
    positions: Object.fromEntries(Object.entries(positions).map(([v, s]) => [v, { stance: s.stance } as Position])),
  } as Proposal;
  return { ...tally(ctx.scenario.rules.decision, asProposal, ctx.idx.voters), positions };
}

/** How many objections `forecast` would find, counted without building its positions and tally. */
export function expectedObjections(ctx: AiContext, q: Question): number {
  const sensitive = watchedSensitive(ctx, q);
  let n = 0;
  for (const v of ctx.idx.voters) if (forecastStance(ctx, v, q, sensitive).stance === 'objection') n += 1;
  return n;
}

/** Whether `who` is among the objectors `forecast` would find, weighing that voter alone. */
export function expectedToObject(ctx: AiContext, who: DelegationId, q: Question): boolean {
  return ctx.idx.voters.includes(who) && forecastStance(ctx, who, q, watchedSensitive(ctx, q)).stance === 'objection';
}

/** A forecast cut short: objectors up to one past the limit, and supporters counted only if it got through. */
export interface QuickForecast {
  objectors: Array<{ who: DelegationId; code: string }>;
  supporters: number;
  /** Whether every member was considered (false when it stopped at too many objectors, or at a hopeless count). */
  complete: boolean;
}

/**
 * Expected objectors to a question, stopping once there are more than `limit` (the cheap check a
 * delegation runs before tabling or packaging). Counts each member's expected stance as `forecast`
 * does, so the two agree. With `hopelessPast`, it also stops once there are more objectors than
 * that and one of them objects for a reason nothing lifts (UNMOVABLE): the question cannot be won.
 */
export function objectorsUpTo(ctx: AiContext, q: Question, limit: number, hopelessPast = Infinity): QuickForecast {
  const objectors: QuickForecast['objectors'] = [];
  let supporters = 0;
  let unmovable = false;
  const sensitive = watchedSensitive(ctx, q);
  for (const v of likelyObjectorsFirst(ctx, q.proposer)) {
    const st = forecastStance(ctx, v, q, sensitive);
    if (st.stance === 'support') supporters += 1;
    // An objection that names an amendment is lifted by making it, which the proposer will do.
    if (st.stance !== 'objection' || st.amendment) continue;
    objectors.push({ who: v, code: st.reason.code });
    if (UNMOVABLE.includes(st.reason.code)) unmovable = true;
    if (objectors.length > limit || (unmovable && objectors.length > hopelessPast)) return { objectors, supporters, complete: false };
  }
  // Listed in seating order, as a full count lists them.
  objectors.sort((a, b) => ctx.idx.voters.indexOf(a.who) - ctx.idx.voters.indexOf(b.who));
  return { objectors, supporters, complete: true };
}

/**
 * The voters, those with a red line on the record first, then those who trust the proposer least
 * (against what their temperament asks). Whether a question meets more than `limit` objections
 * does not depend on the order they are weighed in, and most questions that fail do so at a
 * known red line or at their least trusting voters: weighing those first stops the count sooner.
 * Once per proposer a decision.
 */
function likelyObjectorsFirst(ctx: AiContext, proposer: DelegationId): readonly DelegationId[] {
  const byProposer = decisionCache<DelegationId[]>(ctx, 'voters-by-distrust');
  const hit = byProposer.get(proposer);
  if (hit) return hit;
  const margin = new Map<DelegationId, number>();
  // Trust runs from 0 to 100: a known red line puts a voter before any margin of trust.
  for (const v of ctx.idx.voters) {
    const redLine = redLinesOf(ctx, v).length ? -1000 : 0;
    margin.set(v, redLine + trust(ctx, v, proposer) - LOW_TRUST[ctx.idx.delegation.get(v)!.profile.temperament]);
  }
  const order = [...ctx.idx.voters].sort((a, b) => margin.get(a)! - margin.get(b)!);
  byProposer.set(proposer, order);
  return order;
}

/** Whether a question is expected to pass under the scenario's decision rule. */
export function expectedToPass(ctx: AiContext, q: Question): boolean {
  const rule = ctx.scenario.rules.decision;
  if (rule === 'two-thirds') return forecast(ctx, q).passes;
  return objectorsUpTo(ctx, q, rule === 'consensus-minus-one' ? 1 : 0).complete;
}

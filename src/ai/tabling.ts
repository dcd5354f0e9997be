/**
 * Tabling proposals and ordering the agenda. A delegation tables what serves it; a planning
 * delegation first forecasts the plenary from public information and tables only what can pass.
 * The chair puts contested items first, so their proposers can still package them with later ones.
 */
import { checkAction, roundAgenda, type Action, type ProposalSubject, type Reason } from '../engine';
import { allOf, type Book } from './book';
import { expectedObjections, forecast, objectorsUpTo, PERSUADABLE, UNMOVABLE } from './consensus';
import type { AiContext } from './context';
import type { Decision } from './decision';
import { gainOf } from './estimate';
import { questionOf, stanceOn, type Question } from './positions';
import { reason } from './reasons';

/** How many of the most valuable subjects are forecast (forecasting every subject for every member is too slow). */
const FORECAST_TOP = 4;

function subjectDimension(ctx: AiContext, s: ProposalSubject): string {
  return s.kind === 'measure' ? ctx.idx.measure.get(s.measure)?.dimension ?? 'transformation' : 'transformation';
}

function tableInterest(ctx: AiContext, subject: ProposalSubject, supporters: number): Reason {
  return reason('table-interest', { dimension: subjectDimension(ctx, subject), supporters });
}

/** Gain at which a delegation may table a subject it expects to be contested, and how likely it is to, by temperament. */
const CONTEST_GAIN = 3;
/** Persuadable objectors beyond the limit a delegation still tables against. */
const PERSUADABLE_SLACK = 3;
const CONTEST_CHANCE = { cooperative: 0.15, pragmatic: 0.35, cautious: 0.2, assertive: 0.5 } as const;

/**
 * Whether the delegation would itself object to the subject: a red line of its own (even one a
 * weakened text would lift) or its objectives. It does not table what it would stand against in
 * the plenary, as a player who saw it block a measure would not expect it to propose that measure.
 */
function objectsItself(ctx: AiContext, q: Question): boolean {
  return stanceOn(ctx, ctx.me, q, ctx.self.profile.redLines).stance === 'objection';
}

/** The subject to table now, if any serves the delegation (and, when it plans, is expected to pass). */
export function tablingDecision(ctx: AiContext, book: Book): Decision | null {
  const options = allOf(book, 'proposal.table')
    .map((action) => {
      const q: Question = { ids: [], subjects: [action.subject], proposer: ctx.me, amendments: [] };
      const noise = ctx.params.difficulty === 'easy' ? ctx.random() * 2 : 0;
      return { action, q, gain: gainOf(ctx, ctx.me, q.subjects, []).total + noise };
    })
    .filter((o) => o.gain > 0.5)
    .sort((a, b) => b.gain - a.gain);
  if (!options.length) return null;
  if (!ctx.params.estimateBeforeTabling) {
    const o = options.find((x) => !objectsItself(ctx, x.q));
    if (!o) return null;
    return { action: o.action, reason: reason('table-interest', { dimension: subjectDimension(ctx, o.action.subject), supporters: 0 }) };
  }
  const rule = ctx.scenario.rules.decision;
  const allowed = rule === 'consensus-minus-one' ? 1 : 0;
  let weighed = 0;
  for (const o of options) {
    if (weighed >= FORECAST_TOP) break;
    if (objectsItself(ctx, o.q)) continue;
    weighed += 1;
    if (rule === 'two-thirds') {
      const f = forecast(ctx, o.q);
      if (f.passes) return { action: o.action, reason: tableInterest(ctx, o.action.subject, f.support.length) };
      continue;
    }
    // Look a little past the limit: objectors that talks, offers or a package can win over do not rule an item out.
    // Past what the rule allows, one objection nothing lifts makes it hopeless (below), so the count may stop there.
    const quick = objectorsUpTo(ctx, o.q, allowed + ctx.params.tableAgainst + PERSUADABLE_SLACK, allowed);
    if (!quick.complete) continue;
    // Objectors beyond what the rule allows must be few, and distrust (not red lines) must be why: talks and offers can win them.
    const extra = quick.objectors.length - allowed;
    const winnable = extra <= 0 || quick.objectors.every((x) => PERSUADABLE.includes(x.code) && !ctx.state.delegations[x.who]?.ready);
    if (winnable) return { action: o.action, reason: tableInterest(ctx, o.action.subject, quick.supporters) };
    // What matters most to it, a delegation sometimes tables though it is contested, and fights for it;
    // never against a red line no wording lifts, which the record already shows.
    const hopeless = quick.objectors.some((x) => UNMOVABLE.includes(x.code));
    if (!hopeless && o.gain >= CONTEST_GAIN && ctx.random() < CONTEST_CHANCE[ctx.self.profile.temperament]) {
      return { action: o.action, reason: reason('table-contested', { dimension: subjectDimension(ctx, o.action.subject), objectors: quick.objectors.length }) };
    }
  }
  return null;
}

/** The chair's agenda: the items most expected to meet objections first; otherwise the tabling order. */
export function agendaDecision(ctx: AiContext): Decision | null {
  if (ctx.state.chair !== ctx.me) return null;
  const current = roundAgenda(ctx.state);
  if (current.length < 2) return null;
  const objections = new Map(current.map((id) => [id, expectedObjections(ctx, questionOf(ctx.state, id))]));
  const order = [...current].sort((a, b) => objections.get(b)! - objections.get(a)! || current.indexOf(a) - current.indexOf(b));
  if (order.every((id, i) => id === current[i])) return null;
  const action: Action = { type: 'agenda.order', by: ctx.me, order };
  if (checkAction(ctx.scenario, ctx.state, action)) return null;
  return { action, reason: reason('agenda-contested-first', { first: order[0]! }) };
}

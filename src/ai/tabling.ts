/**
 * Tabling proposals and ordering the agenda. A delegation tables what serves it; a planning
 * delegation first forecasts the plenary from public information and tables only what can pass.
 * The chair puts contested items first, so their proposers can still package them with later ones.
 */
import { checkAction, roundAgenda, type Action, type ProposalSubject } from '../engine';
import { allOf, type Book } from './book';
import { expectedToPass, forecast } from './consensus';
import type { AiContext } from './context';
import type { Decision } from './decision';
import { gainOf } from './estimate';
import { questionOf, type Question } from './positions';
import { reason } from './reasons';

/** How many of the most valuable subjects are forecast (forecasting every subject for every member is too slow). */
const FORECAST_TOP = 4;

function subjectDimension(ctx: AiContext, s: ProposalSubject): string {
  return s.kind === 'measure' ? ctx.idx.measure.get(s.measure)?.dimension ?? 'transformation' : 'transformation';
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
    const o = options[0]!;
    return { action: o.action, reason: reason('table-interest', { dimension: subjectDimension(ctx, o.action.subject), supporters: 0 }) };
  }
  for (const o of options.slice(0, FORECAST_TOP)) {
    if (!expectedToPass(ctx, o.q) && !winnable(ctx, o.q)) continue;
    const supporters = forecast(ctx, o.q).support.length;
    return { action: o.action, reason: reason('table-interest', { dimension: subjectDimension(ctx, o.action.subject), supporters }) };
  }
  return null;
}

/**
 * Whether the only expected objectors are few enough, and object for reasons talks and offers can
 * answer (trust, not red lines or national priorities), for a bargaining delegation to try.
 */
function winnable(ctx: AiContext, q: Question): boolean {
  if (ctx.params.tableAgainst === 0) return false;
  const f = forecast(ctx, q);
  if (f.objection.length > ctx.params.tableAgainst) return false;
  return f.objection.every((v) => {
    const code = f.positions[v]!.reason.code;
    return (code === 'low-trust' || code === 'broken-pledges') && !ctx.state.delegations[v]?.ready;
  });
}

/** The chair's agenda: the items most expected to meet objections first; otherwise the tabling order. */
export function agendaDecision(ctx: AiContext): Decision | null {
  if (ctx.state.chair !== ctx.me) return null;
  const current = roundAgenda(ctx.state);
  if (current.length < 2) return null;
  const objections = new Map(current.map((id) => [id, forecast(ctx, questionOf(ctx.state, id)).objection.length]));
  const order = [...current].sort((a, b) => objections.get(b)! - objections.get(a)! || current.indexOf(a) - current.indexOf(b));
  if (order.every((id, i) => id === current[i])) return null;
  const action: Action = { type: 'agenda.order', by: ctx.me, order };
  if (checkAction(ctx.scenario, ctx.state, action)) return null;
  return { action, reason: reason('agenda-contested-first', { first: order[0]! }) };
}

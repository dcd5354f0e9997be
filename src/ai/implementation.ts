/**
 * Implementation: measures are implemented voluntarily. A delegation opts in to adopted measures
 * that serve it, best first, as long as it can keep paying for everything it implements from its
 * income and still have influence left for consultations.
 */
import { implementationTerms } from '../engine';
import type { DelegationDef, MeasureDef } from '../scenario/schema';
import { findIn, type Book } from './book';
import { influence, type AiContext } from './context';
import type { Decision } from './decision';
import { reason } from './reasons';

/** Influence per round a delegation keeps free of implementation costs for consultations. */
const KEEP_FOR_CONSULTATIONS = 2;

/** What this delegation pays per round for the implementations it has under way. */
function ongoingCost(ctx: AiContext): number {
  let cost = 0;
  for (const m of ctx.scenario.measures) {
    const ms = ctx.state.measures[m.id]!;
    const imp = ms.implementation[ctx.me];
    if (imp?.choice !== 'in' || imp.done) continue;
    const terms = implementationTerms(ctx.idx, m.id, ms.amendments);
    if (imp.progress < terms.rounds) cost += terms.cost;
  }
  return cost;
}

function dimensionsDone(ctx: AiContext): Set<string> {
  const done = new Set<string>();
  for (const m of ctx.scenario.measures) {
    if (done.has(m.dimension)) continue;
    const implementation = ctx.state.measures[m.id]!.implementation;
    for (const by in implementation) {
      if (implementation[by]!.done) {
        done.add(m.dimension);
        break;
      }
    }
  }
  return done;
}

/** The measures and dimensions a delegation's own objectives name, by its definition (fixed for a game). */
const targets = new WeakMap<DelegationDef, ReadonlySet<string>>();

function objectiveTargets(self: DelegationDef): ReadonlySet<string> {
  let set = targets.get(self);
  if (!set) targets.set(self, (set = new Set(self.objectives.flatMap((o) => ('measure' in o.goal ? [o.goal.measure] : 'dimension' in o.goal ? [o.goal.dimension] : [])))));
  return set;
}

/** The next measure to opt in to, or `ready` when nothing more serves or can be afforded. */
export function implementationDecision(ctx: AiContext, book: Book): Decision | null {
  const w = ctx.self.profile.interests;
  const income = ctx.scenario.rules.income[ctx.self.weight];
  const budget = income - KEEP_FOR_CONSULTATIONS - ongoingCost(ctx);
  const done = dimensionsDone(ctx);
  const goals = objectiveTargets(ctx.self);
  const affordable = Math.min(budget, influence(ctx));
  // What it would choose is ranked first and checked after, best first: the first legal one wins.
  const candidates = book.candidates('implement.choose');
  const options: Array<{ action: (typeof candidates)[number]; index: number; m: MeasureDef; score: number }> = [];
  for (let index = 0; index < candidates.length; index++) {
    const action = candidates[index]!;
    if (!action.optIn) continue;
    const m = ctx.idx.measure.get(action.measure)!;
    // A dimension no one has implemented yet brings the charter closer: worth more to those who want it.
    const score = w[m.dimension] + (done.has(m.dimension) ? 0 : w.transformation / 2) + (goals.has(m.id) || goals.has(m.dimension) ? 5 : 0);
    if (score < 1.5 || implementationTerms(ctx.idx, m.id, ctx.state.measures[m.id]!.amendments).cost > affordable) continue;
    options.push({ action, index, m, score });
  }
  options.sort((a, b) => b.score - a.score || a.m.id.localeCompare(b.m.id));
  const best = options.find((o) => book.legalAt('implement.choose', o.index));
  if (best) return { action: best.action, reason: reason('implement-interest', { measure: best.m.id, dimension: best.m.dimension }) };
  const ready = findIn(book, 'ready');
  return ready ? { action: ready, reason: reason('done', {}) } : null;
}

/**
 * A one-delegation lookahead policy, the yardstick of the balance check: in consultations it
 * applies each promising legal action to its own view (`trialAction`) and keeps the one whose
 * result scores best for itself; elsewhere it plays as a normal AI delegation. It sees only its
 * player view and the scenario as it may read it, like every AI delegation.
 */
import { collectiveOutcome, trialAction, TENSION_RELIEF as RELIEF, goalMet, implementationTerms, interestValue, roundAgenda, type Action, type GameState } from '../engine';
import type { Policy } from '../sim/policy';
import { allOf, bookOf, bookOfListing, type Book } from './book';
import { expectedToPass } from './consensus';
import { buildContext, trust, type AiContext } from './context';
import { paramsFor } from './difficulty';
import { gainOf } from './estimate';
import { createAiDecider } from './policy';
import { questionOf, stanceOn } from './positions';

/** What a unit of influence kept is worth beyond what implementation will need: spending it must buy more. */
const SPARE_INFLUENCE = 0.6;
/** What a unit of influence that implementation will need is worth (about what implementing brings per unit). */
const NEEDED_INFLUENCE = 2;
/** Tension a mission at work this round is expected to take off at the review. */

/**
 * The delegation's expected final score from a state: its interests, prestige, own objectives and
 * share of the collective outcome, plus what is under way this round (pledges to be kept, its own
 * proposals' chances, missions easing its flashpoints) and the influence it keeps.
 */
export function outlook(ctx: AiContext, state: GameState): number {
  const { idx, me } = ctx;
  const at = { ...ctx, state: { ...state, viewer: me }, cache: new Map<string, unknown>() };
  let v = interestValue(idx, state, me) + (state.delegations[me]?.prestige ?? 0) + collectiveOutcome(idx, state).score / 5;
  for (const o of ctx.self.objectives) if (goalMet(idx, state, me, o.goal)) v += o.points;
  for (const p of state.pledges) {
    if (p.by !== me || p.status !== 'open') continue;
    const st = stanceOn(at, me, questionOf(state, p.proposal), ctx.self.profile.redLines);
    v += st.stance === 'support' ? 1 : -2;
  }
  for (const id of roundAgenda(state)) {
    if (state.proposals[id]!.proposer !== me) continue;
    const q = questionOf(state, id);
    v += (expectedToPass(at, q) ? 0.9 : 0.2) * (2 + gainOf(at, me, q.subjects, q.amendments).total);
  }
  for (const fid of idx.partyTo.get(me) ?? []) {
    const f = state.flashpoints[fid]!;
    const relief = (f.earlyWarning ? RELIEF.earlyWarning : 0) + (f.envoy ? RELIEF.goodOffices : 0) + (f.factFinding === 'active' ? RELIEF.factFinding : 0);
    v += relief / 5;
  }
  // Trust in the others decides who blocks this delegation's proposals later on.
  for (const other of idx.voters) if (other !== me) v += trust(at, me, other) / 200;
  const influence = state.delegations[me]?.influence ?? 0;
  const needed = Math.min(influence, implementationNeeds(ctx, state));
  return v + needed * NEEDED_INFLUENCE + (influence - needed) * SPARE_INFLUENCE;
}

/** Influence the delegation will want for implementing measures adopted or on the table that serve it. */
function implementationNeeds(ctx: AiContext, state: GameState): number {
  let need = 0;
  for (const m of ctx.scenario.measures) {
    const ms = state.measures[m.id]!;
    if ((ms.status !== 'adopted' && ms.status !== 'tabled') || ms.implementation[ctx.me]) continue;
    if (ctx.self.profile.interests[m.dimension] < 2) continue;
    const terms = implementationTerms(ctx.idx, m.id, ms.amendments);
    need += terms.cost;
  }
  return need;
}

/** The actions worth simulating: the AI's own choice plus every cheap gain on offer. */
function candidates(ctx: AiContext, book: Book, base: Action): Action[] {
  const out: Action[] = [base];
  for (const type of ['consult.pledge', 'diplomacy.early-warning', 'diplomacy.good-offices', 'diplomacy.fact-finding', 'diplomacy.hotline', 'energy.found', 'energy.join', 'energy.corridor'] as const) {
    out.push(...allOf(book, type));
  }
  const tables = allOf(book, 'proposal.table')
    .map((a) => ({ a, g: gainOf(ctx, ctx.me, [a.subject], []).total }))
    .sort((x, y) => y.g - x.g)
    .slice(0, 3);
  out.push(...tables.map((t) => t.a));
  return out;
}

export function createLookaheadPolicy(): Policy {
  // It plays as a normal AI delegation except where it looks ahead, so the comparison measures planning alone.
  const planned = createAiDecider('normal');
  const params = paramsFor('normal');
  return (input) => {
    const base = planned(input).action;
    if (input.view.phase !== 'consultations' || base.type === 'consult.answer' || base.type === 'diplomacy.consent') return base;
    const ctx = buildContext(input.scenario, input.view, input.by, params, input.random);
    // Over the runner's lazy listing only the types it simulates are checked, not every offer and talk.
    const book = input.listing ? bookOfListing(input.listing) : bookOf(input.legal);
    const now = outlook(ctx, ctx.state);
    let best: Action = base;
    // Declaring itself ready keeps the state as it is; anything else must do better than that.
    let bestValue = base.type === 'ready' ? now : -Infinity;
    for (const action of candidates(ctx, book, base)) {
      if (action.type === 'ready') continue;
      const r = trialAction(ctx.scenario, ctx.state, action);
      if (!r.ok) continue;
      const value = outlook(ctx, r.state);
      if (value > bestValue) {
        best = action;
        bestValue = value;
      }
    }
    const ready = allOf(book, 'ready')[0];
    return bestValue < now && ready ? ready : best;
  };
}

/**
 * AI delegations as a `Policy`: each decision is built from the delegation's player view, the
 * scenario as it may read it, and its memory of the public record, and comes with a reason.
 */
import { checkAction, currentItem, isListedAction, type Action } from '../engine';
import type { Policy, PolicyInput } from '../sim/policy';
import { bookOf, bookOfListing, findIn, type Book } from './book';
import { buildContext, type AiContext } from './context';
import { consultationDecision } from './consultations';
import type { Decision } from './decision';
import { paramsFor, type Difficulty } from './difficulty';
import { implementationDecision } from './implementation';
import { ownPosition } from './positions';
import { proposerDecision } from './proposer';
import { reason } from './reasons';

function positionDecision(ctx: AiContext, book: Book): Decision | null {
  const item = currentItem(ctx.state);
  if (!item) return null;
  const st = ownPosition(ctx, item.id);
  // The listed position when there is one (an objection with an amendment is not listed, but legal).
  const listed = findIn(book, 'plenary.position', (a) => a.proposal === item.id && a.stance === st.stance && a.amendment === st.amendment);
  // The decider attaches the reason to whichever it is.
  const action: Action = listed ?? {
    type: 'plenary.position', by: ctx.me, proposal: item.id, stance: st.stance, ...(st.amendment ? { amendment: st.amendment } : {}),
  };
  return { action, reason: st.reason };
}

function phaseDecision(ctx: AiContext, book: Book): Decision | null {
  switch (ctx.state.phase) {
    case 'consultations': return consultationDecision(ctx, book);
    case 'plenary': return ctx.state.plenary?.step === 'proposer' ? proposerDecision(ctx, book) : positionDecision(ctx, book);
    case 'implementation': return implementationDecision(ctx, book);
    default: return null;
  }
}

/** Something legal when the plan has nothing (or, defensively, something the rules refuse): finish the phase if possible. */
function fallback(input: PolicyInput, book: Book): Decision {
  const ready = findIn(book, 'ready');
  const abstain = findIn(book, 'plenary.position', (a) => a.stance === 'abstain');
  const decide = findIn(book, 'plenary.decide');
  const action = ready ?? abstain ?? decide ?? input.legal[0];
  if (!action) throw new Error(`${input.by} has no legal action in ${input.view.phase}.`);
  return { action, reason: reason('done', {}) };
}

/** A decision-maker that returns the action, its reason attached, and the reason (the UI shows it; the policy returns the action). */
export function createAiDecider(difficulty: Difficulty = 'normal'): (input: PolicyInput) => Decision {
  const params = paramsFor(difficulty);
  return (input) => {
    const book = input.listing ? bookOfListing(input.listing) : bookOf(input.legal);
    const ctx = buildContext(input.scenario, input.view, input.by, params, input.random);
    const chosen = phaseDecision(ctx, book);
    const d = chosen && (isListedAction(input.listing ?? input.legal, chosen.action) || checkAction(ctx.scenario, ctx.state, chosen.action) === null)
      ? chosen : fallback(input, book);
    // The reason travels with the action, so the log (and the debrief) can say why.
    return { action: input.listing ? input.listing.withReason(d.action, d.reason) : { ...d.action, reason: d.reason }, reason: d.reason };
  };
}

/** AI delegations at a difficulty, as a policy for the headless runner or the conductor. */
export function createAiPolicy(difficulty: Difficulty = 'normal'): Policy {
  const decide = createAiDecider(difficulty);
  return (input) => decide(input).action;
}

/**
 * Preventive diplomacy: acting on a flashpoint before it reaches crisis (cheaper, and worth more
 * prestige), and answering requests for fact-finding missions by red lines and trust.
 */
import { chronicleOfRound, envoyTrusted, type FlashpointState, type Reason } from '../engine';
import type { FlashpointDef } from '../scenario/schema';
import { findIn, type Book } from './book';
import { trust, type AiContext } from './context';
import type { Decision } from './decision';
import { reason } from './reasons';

/** Parties that are not players answer at this trust in the requester; AI parties use it too. */
const CONSENT_TRUST = 40;

/** Answers the first fact-finding request awaiting this delegation's consent. */
export function consentDecision(ctx: AiContext, book: Book): Decision | null {
  for (const f of ctx.scenario.flashpoints) {
    const fs = ctx.state.flashpoints[f.id]!;
    if (fs.factFinding !== 'requested' || !f.parties.includes(ctx.me) || fs.consents[ctx.me] !== undefined) continue;
    const requester = fs.factFindingBy ?? '';
    const redLine = ctx.self.profile.redLines.some((r) => r.type === 'fact-finding' && r.flashpoint === f.id);
    const cautious = ctx.self.profile.temperament === 'cautious' || ctx.self.profile.temperament === 'assertive' ? 10 : 0;
    const accept = !redLine && trust(ctx, ctx.me, requester) >= CONSENT_TRUST + cautious + ctx.params.grudge;
    const action = findIn(book, 'diplomacy.consent', (a) => a.flashpoint === f.id && a.accept === accept);
    if (!action) continue;
    const why = redLine ? reason('red-line-fact-finding', { flashpoint: f.id })
      : accept ? reason('consent-given', { flashpoint: f.id, requester })
      : reason('consent-low-trust', { flashpoint: f.id, requester });
    return { action, reason: why };
  }
  return null;
}

/** Whether the flashpoint has reached the tension at which this delegation acts. */
function pressing(ctx: AiContext, fs: FlashpointState): boolean {
  const stages = ctx.scenario.rules.stages;
  const at = ctx.params.lateness === 0 ? stages.strained + 5 : stages.crisis;
  return fs.tension >= at;
}

/** Whether this delegation has a stake in a dispute it is not party to: security interests, region or friends among the parties. */
function hasStake(ctx: AiContext, f: FlashpointDef): boolean {
  const w = ctx.self.profile.interests;
  if (w.military + w.threats >= 6) return true;
  if (f.parties.some((p) => ctx.idx.delegation.get(p)?.region === ctx.self.region)) return true;
  return f.parties.every((p) => trust(ctx, ctx.me, p) >= 60);
}

function tool(f: FlashpointDef, name: string): Reason {
  return reason('preventive', { flashpoint: f.id, tool: name });
}

function mediatedThisRound(ctx: AiContext): boolean {
  return chronicleOfRound(ctx.state, ctx.state.round).some((c) => c.kind === 'mediation' && c.by === ctx.me);
}

/**
 * One preventive action on the most tense flashpoint where it helps: a hotline for a party; for a
 * third delegation with a stake, good offices when every party trusts it, otherwise fact-finding
 * (when the parties are likely to consent) or an early-warning mission.
 */
export function preventiveDecision(ctx: AiContext, book: Book, spendable: number): Decision | null {
  const costs = ctx.scenario.rules.costs;
  // Most of the time no dispute is pressing: the sort and the chronicle are read only when one is.
  const fps = ctx.scenario.flashpoints.filter((f) => pressing(ctx, ctx.state.flashpoints[f.id]!));
  if (!fps.length) return null;
  fps.sort((a, b) => ctx.state.flashpoints[b.id]!.tension - ctx.state.flashpoints[a.id]!.tension);
  const mediated = mediatedThisRound(ctx);
  for (const f of fps) {
    const fs = ctx.state.flashpoints[f.id]!;
    const surcharge = fs.stage === 'crisis' || fs.stage === 'conflict' ? 1 : 0;
    if (f.parties.includes(ctx.me)) {
      const hotline = costs.hotline <= spendable && findIn(book, 'diplomacy.hotline', (a) => a.flashpoint === f.id);
      if (hotline) return { action: hotline, reason: tool(f, 'hotline') };
      continue;
    }
    if (mediated || !hasStake(ctx, f)) continue;
    // One mission at a time is enough before a crisis; third delegations pile on only once it has broken out.
    const underway = fs.earlyWarning || fs.envoy !== null || fs.factFinding !== 'none';
    if (underway && surcharge === 0) continue;
    if (costs.goodOffices + surcharge <= spendable && envoyTrusted(ctx.idx, ctx.state, f.id, ctx.me)) {
      const envoy = findIn(book, 'diplomacy.good-offices', (a) => a.flashpoint === f.id);
      if (envoy) return { action: envoy, reason: tool(f, 'good-offices') };
    }
    const willConsent = f.parties.every((p) => !ctx.state.delegations[p]?.ready && trust(ctx, ctx.me, p) >= CONSENT_TRUST + 10);
    if (willConsent && costs.factFinding + surcharge <= spendable) {
      const ff = findIn(book, 'diplomacy.fact-finding', (a) => a.flashpoint === f.id);
      if (ff) return { action: ff, reason: tool(f, 'fact-finding') };
    }
    if (costs.earlyWarning <= spendable) {
      const ew = findIn(book, 'diplomacy.early-warning', (a) => a.flashpoint === f.id);
      if (ew) return { action: ew, reason: tool(f, 'early-warning') };
    }
  }
  return null;
}

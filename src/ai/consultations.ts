/**
 * Consultations: one action at a time, chosen from a plan in order of urgency. Answer what awaits
 * an answer (offers, consent to fact-finding), table what serves the delegation, act on tense
 * flashpoints, take part in the energy bloc, win over expected objectors (offers, talks), pledge
 * support, and, for the chair, order the agenda; then declare itself ready.
 */
import { alignment } from '../engine';
import { roundAgenda, type ActionOf, type DelegationId, type Offer, type OfferTerm } from '../engine';
import { allOf, findIn, type Book } from './book';
import { expectedToObject, PERSUADABLE } from './consensus';
import { influence, trust, type AiContext } from './context';
import type { Decision } from './decision';
import { energyDecision } from './energy';
import { adoptionGain, gainOf } from './estimate';
import { expectedPosition, mayObjectFromDistrust, questionOf, RELUCTANT_TRANSFORMATION, stanceOn } from './positions';
import { consentDecision, preventiveDecision } from './preventive';
import { reason, RED_LINE_CODES } from './reasons';
import { agendaDecision, tablingDecision } from './tabling';
import { LOW_TRUST, SUPPORT_AT } from './difficulty';

function myTabled(ctx: AiContext): string[] {
  return roundAgenda(ctx.state).filter((id) => ctx.state.proposals[id]!.proposer === ctx.me);
}

/** Expected objectors to this delegation's tabled proposals whose objection can be answered. */
function persuadable(ctx: AiContext): Array<{ who: DelegationId; proposal: string; code: string }> {
  const hit = ctx.cache.get('persuadable') as ReturnType<typeof persuadable> | undefined;
  if (hit) return hit;
  const out: Array<{ who: DelegationId; proposal: string; code: string }> = [];
  const mine = myTabled(ctx);
  const broken = mine.length ? ctx.memory.record(ctx.me).broken : 0;
  for (const id of mine) {
    const q = questionOf(ctx.state, id);
    for (const who of ctx.idx.voters) {
      if (who === ctx.me) continue;
      // Only distrust can make an objection talks or offers answer: skip members who trust the proposer enough.
      const low = LOW_TRUST[ctx.idx.delegation.get(who)!.profile.temperament] + ctx.params.grudge;
      const wary = q.subjects.some((s) => s.kind === 'cluster') && ctx.idx.delegation.get(who)!.profile.interests.transformation <= RELUCTANT_TRANSFORMATION;
      if (broken === 0 && !wary && trust(ctx, who, ctx.me) >= low) continue;
      const st = expectedPosition(ctx, who, q);
      if (st.stance === 'objection' && PERSUADABLE.includes(st.reason.code)) out.push({ who, proposal: id, code: st.reason.code });
    }
  }
  ctx.cache.set('persuadable', out);
  return out;
}

/** What supporting a proposal would cost this delegation (nothing if it supports it anyway); null if a red line forbids it. */
function supportCost(ctx: AiContext, proposal: string): number | null {
  const q = questionOf(ctx.state, proposal);
  const st = stanceOn(ctx, ctx.me, q, ctx.self.profile.redLines);
  if ((RED_LINE_CODES as readonly string[]).includes(st.reason.code) || st.reason.code === 'objective-block') return null;
  if (st.stance === 'support') return 0;
  const gain = gainOf(ctx, ctx.me, q.subjects, q.amendments).total;
  // Backing a proposer it distrusts costs more than backing one it merely finds unimportant, the more so the deeper the distrust.
  const temperament = ctx.self.profile.temperament;
  let distrust = 0;
  if (st.stance === 'objection') {
    const deficit = LOW_TRUST[temperament] + ctx.params.grudge - trust(ctx, ctx.me, q.proposer);
    distrust = 1 + Math.max(0, deficit) / 6 + (st.reason.code === 'transformation-pace' ? 1 : 0);
  }
  return Math.max(0, SUPPORT_AT[temperament] - gain) + distrust;
}

function termValue(ctx: AiContext, term: OfferTerm, from: DelegationId): number {
  if (term.kind === 'influence') return term.amount;
  // Support promised by someone expected to block is worth the whole proposal; otherwise goodwill.
  const q = questionOf(ctx.state, term.proposal);
  const blocker = expectedToObject(ctx, from, q);
  return blocker ? Math.max(1, gainOf(ctx, ctx.me, q.subjects, q.amendments).total) : 1;
}

function answerDecision(ctx: AiContext, book: Book): Decision | null {
  const open = ctx.state.offers.filter((o: Offer) => o.to === ctx.me && o.status === 'open');
  for (const o of open) {
    const cost = o.ask.kind === 'influence' ? o.ask.amount : supportCost(ctx, o.ask.proposal);
    const accept = cost !== null && termValue(ctx, o.give, o.from) - cost >= ctx.params.offerThreshold;
    const action = findIn(book, 'consult.answer', (a) => a.offer === o.id && a.accept === accept)
      ?? findIn(book, 'consult.answer', (a) => a.offer === o.id && !a.accept);
    if (!action) continue;
    return { action, reason: reason(action.accept ? 'offer-accepted' : 'offer-declined', { offer: o.id, from: o.from }) };
  }
  return null;
}

/** Whether an offer asks `who` for its support on `proposal`. */
function asksSupport(a: { to: string; ask: OfferTerm }, who: DelegationId, proposal: string): boolean {
  return a.to === who && a.ask.kind === 'support' && a.ask.proposal === proposal;
}

function offerDecision(ctx: AiContext, book: Book, spendable: number): Decision | null {
  if (!ctx.params.makesOffers) return null;
  for (const { who, proposal } of persuadable(ctx)) {
    if (ctx.state.delegations[who]?.ready) continue;
    // A support swap costs nothing when this delegation backs the other's proposal anyway.
    const swap = findIn(book, 'consult.offer', (a) => asksSupport(a, who, proposal) && a.give.kind === 'support' && supportCost(ctx, a.give.proposal) === 0);
    const amount = Math.min(ctx.params.offerAmount, spendable);
    const pay = amount >= 1 ? findIn(book, 'consult.offer', (a) => asksSupport(a, who, proposal) && a.give.kind === 'influence' && a.give.amount === amount) : undefined;
    const action = swap ?? pay;
    if (action) return { action, reason: reason('offer-for-support', { to: who, proposal }) };
  }
  return null;
}

function talksWith(book: Book, w: DelegationId): ActionOf<'consult.talks'> | undefined {
  return findIn(book, 'consult.talks', (a) => a.with === w);
}

function talksDecision(ctx: AiContext, book: Book, spendable: number): Decision | null {
  if (ctx.scenario.rules.costs.talks > spendable) return null;
  for (const { who, proposal } of persuadable(ctx)) {
    const action = talksWith(book, who);
    if (action) return { action, reason: reason('talks-objector', { with: who, proposal }) };
  }
  for (const fid of ctx.idx.partyTo.get(ctx.me) ?? []) {
    if (ctx.state.flashpoints[fid]!.stage === 'stable') continue;
    for (const p of ctx.idx.flashpoint.get(fid)!.parties) {
      const action = p !== ctx.me && trust(ctx, ctx.me, p) < 60 ? talksWith(book, p) : undefined;
      if (action) return { action, reason: reason('talks-rival', { with: p, flashpoint: fid }) };
    }
  }
  const held = ctx.state.delegations[ctx.me]!.talkedWith.length;
  if (held >= ctx.params.extraTalks) return null;
  // Aligned members whose trust lags: talks gain most there and lift the Conference's cohesion.
  // The first best-scoring legal one; a candidate is checked only when it would be the best so far.
  const talks = book.candidates('consult.talks');
  let partner: (typeof talks)[number] | undefined;
  let best = -Infinity;
  for (let i = 0; i < talks.length; i++) {
    const a = talks[i]!;
    if (!ctx.idx.memberSet.has(a.with)) continue;
    const score = alignment(ctx.idx, ctx.me, a.with) * 40 - trust(ctx, ctx.me, a.with);
    if (score > best && book.legalAt('consult.talks', i)) {
      partner = a;
      best = score;
    }
  }
  return partner ? { action: partner, reason: reason('talks-aligned', { with: partner.with }) } : null;
}

function pledgeDecision(ctx: AiContext, book: Book, spendable: number): Decision | null {
  if (ctx.scenario.rules.costs.pledge > spendable) return null;
  const made = ctx.state.pledges.filter((p) => p.by === ctx.me && p.round === ctx.state.round).length;
  if (made >= ctx.params.pledgesPerRound) return null;
  // The most valuable proposals first; only the first one it would support anyway is pledged.
  const ranked = allOf(book, 'consult.pledge')
    .map((action) => {
      const q = questionOf(ctx.state, action.proposal);
      return { action, q, gain: adoptionGain(ctx, ctx.me, q.subjects, q.amendments) };
    })
    .sort((a, b) => b.gain - a.gain);
  const best = ranked.find((o) => stanceOn(ctx, ctx.me, o.q, ctx.self.profile.redLines).stance === 'support');
  return best ? { action: best.action, reason: reason('pledge-support', { proposal: best.action.proposal }) } : null;
}

/** The influence this delegation asks for its support on a proposal: what supporting costs it, plus its bargaining margin. */
function priceOf(ctx: AiContext, proposal: string): number | null {
  const cost = supportCost(ctx, proposal);
  if (cost === null) return null;
  return Math.min(MAX_PRICE, Math.max(1, Math.ceil(cost + ctx.params.offerThreshold)));
}

const MAX_PRICE = 3;

/** Whether this delegation has made `to` an offer this round. */
function offered(ctx: AiContext, to: DelegationId): boolean {
  return ctx.state.offers.some((o) => o.from === ctx.me && o.to === to && o.round === ctx.state.round);
}

/** The offer of this delegation's support on `proposal` to `to` for influence (`amount` of it, or any). */
function supportFor(book: Book, to: DelegationId, proposal: string, amount?: number): ActionOf<'consult.offer'> | undefined {
  return findIn(book, 'consult.offer', (a) => a.to === to && a.give.kind === 'support' && a.give.proposal === proposal
    && a.ask.kind === 'influence' && (amount === undefined || a.ask.amount === amount));
}

/**
 * Counter-offers and prices. After declining an offer, the delegation answers with the terms it
 * would accept (its support for the influence it is worth); a delegation expected to object on
 * distrust alone names its price to the proposer. Both are offers the other side must answer.
 */
function counterOfferDecision(ctx: AiContext, book: Book): Decision | null {
  if (!ctx.params.makesOffers) return null;
  const round = ctx.state.round;
  for (const o of ctx.state.offers) {
    if (o.to !== ctx.me || o.status !== 'declined' || o.round !== round || o.ask.kind !== 'support' || offered(ctx, o.from)) continue;
    const price = priceOf(ctx, o.ask.proposal);
    if (price === null) continue;
    const action = supportFor(book, o.from, o.ask.proposal, price);
    if (action) return { action, reason: reason('counter-offer', { to: o.from, proposal: o.ask.proposal }) };
  }
  for (const id of roundAgenda(ctx.state)) {
    const p = ctx.state.proposals[id]!;
    if (p.proposer === ctx.me || ctx.state.delegations[p.proposer]?.ready) continue;
    const q = questionOf(ctx.state, id);
    // The cheap, pure tests first: most items fall at distrust, before the offers are scanned.
    // Weighing its stance only matters where it may name a price at all.
    if (!mayObjectFromDistrust(ctx, ctx.me, q) || offered(ctx, p.proposer) || !supportFor(book, p.proposer, id)) continue;
    const st = stanceOn(ctx, ctx.me, q, ctx.self.profile.redLines);
    if (st.stance !== 'objection' || !PERSUADABLE.includes(st.reason.code)) continue;
    const price = priceOf(ctx, id);
    const action = price === null ? undefined : supportFor(book, p.proposer, id, price);
    if (action) return { action, reason: reason('price-asked', { to: p.proposer, proposal: id }) };
  }
  return null;
}

type Step = (ctx: AiContext, book: Book, spendable: number) => Decision | null;

/** The plan after the answers owed to others; easy delegations sometimes take it out of order. */
const PLAN: Step[] = [
  (ctx, book, s) => (ctx.scenario.rules.costs.table <= s ? tablingDecision(ctx, book) : null),
  preventiveDecision,
  energyDecision,
  (ctx, book) => counterOfferDecision(ctx, book),
  offerDecision,
  talksDecision,
  pledgeDecision,
];

function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The next consultation action, or null when nothing is left worth doing (the policy then declares itself ready). */
export function consultationDecision(ctx: AiContext, book: Book): Decision | null {
  const owed = answerDecision(ctx, book) ?? consentDecision(ctx, book);
  if (owed) return owed;
  const spendable = influence(ctx) - ctx.params.reserve;
  const plan = ctx.params.shuffle > 0 && ctx.random() < ctx.params.shuffle ? shuffled(PLAN, ctx.random) : PLAN;
  for (const step of plan) {
    const d = step(ctx, book, spendable);
    if (d) return d;
  }
  return agendaDecision(ctx);
}

/**
 * The proposer's turn in the plenary, once every member has stated a position: accept the
 * amendments reservations ask for when they are cheap or turn the outcome, link a failing proposal
 * into a package that would pass, withdraw one that would still fail, and otherwise call the
 * decision.
 */
import { currentItem, tally, type Amendment, type Proposal } from '../engine';
import { allOf, findIn, type Book } from './book';
import { expectedToPass } from './consensus';
import type { AiContext } from './context';
import type { Decision } from './decision';
import { gainOf } from './estimate';
import { questionOf } from './positions';
import { reason, RED_LINE_CODES } from './reasons';

function reservationsFor(item: Proposal, amendment: Amendment): { count: number; redLine: number } {
  let count = 0;
  let redLine = 0;
  for (const p of Object.values(item.positions)) {
    // Reservations and objections that name this amendment are both answered by making it.
    if ((p.stance !== 'reservation' && p.stance !== 'objection') || p.amendment !== amendment) continue;
    count += 1;
    if (p.reason?.code === 'red-line-measure-weaken' || p.reason?.code === 'red-line-military-crisis-exempt') redLine += 1;
  }
  return { count, redLine };
}

/**
 * Whether turning these reservations into support changes the outcome under the rule, alone or
 * together with the other amendments asked for (a proposer can meet two holdouts, one after the other).
 */
function amendingTurns(ctx: AiContext, item: Proposal, amendment: Amendment): boolean {
  const asked = new Set<Amendment>([amendment]);
  if (!turnsWith(ctx, item, asked)) {
    for (const p of Object.values(item.positions)) if ((p.stance === 'reservation' || p.stance === 'objection') && p.amendment) asked.add(p.amendment);
  }
  return turnsWith(ctx, item, asked);
}

function turnsWith(ctx: AiContext, item: Proposal, amendments: ReadonlySet<Amendment>): boolean {
  const positions = Object.fromEntries(Object.entries(item.positions).map(([v, p]) =>
    [v, (p.stance === 'reservation' || p.stance === 'objection') && p.amendment && amendments.has(p.amendment) ? { stance: 'support' as const } : p]));
  const rule = ctx.scenario.rules.decision;
  return !tally(rule, item, ctx.idx.voters).passes && tally(rule, { ...item, positions }, ctx.idx.voters).passes;
}

function considerAmendment(ctx: AiContext, book: Book, item: Proposal): Decision | null {
  for (const amendment of ['phase-in', 'exempt-crisis', 'weaken'] as const) {
    const action = findIn(book, 'plenary.amend', (a) => a.amendment === amendment);
    if (!action) continue;
    const { count, redLine } = reservationsFor(item, amendment);
    if (count === 0) continue;
    const turns = amendingTurns(ctx, item, amendment);
    let accept = amendment === 'phase-in' || count >= ctx.params.weakenAfter || turns;
    // Exempting the parties to a crisis leaves the measure without those it matters most for: only when it decides the outcome, and not always.
    if (amendment === 'exempt-crisis') accept = turns && ctx.random() < EXEMPT_CHANCE[ctx.self.profile.temperament];
    else if (!accept && redLine > 0) {
      // Meeting a red line halfway is worth a little of the proposer's own gain.
      const q = questionOf(ctx.state, item.id);
      const loss = gainOf(ctx, ctx.me, q.subjects, q.amendments).total - gainOf(ctx, ctx.me, q.subjects, [...q.amendments, amendment]).total;
      accept = loss <= 1.5;
    }
    if (accept) return { action, reason: reason('amend-reservations', { amendment, count }) };
  }
  return null;
}

/** A later agenda item that, linked in, is expected to turn the outcome and still serves the proposer. */
function considerPackage(ctx: AiContext, book: Book, item: Proposal, blockers: number): Decision | null {
  let best: { action: Decision['action']; gain: number; with: string } | null = null;
  const base = questionOf(ctx.state, item.id);
  for (const action of allOf(book, 'plenary.link')) {
    const other = questionOf(ctx.state, action.with);
    const q = { ...base, ids: [...base.ids, ...other.ids], subjects: [...base.subjects, ...other.subjects] };
    const own = gainOf(ctx, ctx.me, other.subjects, base.amendments).total;
    if (own < 0 || !expectedToPass(ctx, q)) continue;
    if (!best || own > best.gain) best = { action, gain: own, with: action.with };
  }
  return best ? { action: best.action, reason: reason('link-package', { with: best.with, blockers }) } : null;
}

/** Chance, by temperament, that a proposer exempts the parties to a crisis when that alone would carry the item. */
const EXEMPT_CHANCE = { cooperative: 0.8, pragmatic: 0.7, cautious: 0.55, assertive: 0.4 } as const;

/** Chance, by temperament, that a proposer facing blockers calls the decision instead of withdrawing. */
const FIGHT_CHANCE = { cooperative: 0.7, pragmatic: 0.9, cautious: 0.7, assertive: 1 } as const;

/** Chance that a proposer facing only red-line objections calls the decision anyway. */
const FIGHT_FIRM = 0.95;

/** The proposer's move once positions are stated: amend, link, withdraw or call the decision. */
export function proposerDecision(ctx: AiContext, book: Book): Decision | null {
  const item = currentItem(ctx.state);
  if (!item) return null;
  const decide = findIn(book, 'plenary.decide');
  const t = tally(ctx.scenario.rules.decision, item, ctx.idx.voters);
  if (item.subject.kind === 'measure') {
    const amend = considerAmendment(ctx, book, item);
    if (amend) return amend;
  }
  // The charter is always put to the decision, so the record shows what still stands in its way.
  if (!t.passes && ctx.params.packages && item.subject.kind !== 'charter') {
    // One package deal per item: a package that still fails is not rescued by dragging in the rest of the agenda.
    const pack = item.package.length === 0 ? considerPackage(ctx, book, item, t.blockers.length) : null;
    if (pack) return pack;
    // Some proposers fight for what is contested: the decision puts the blockers on the record, at a price in trust.
    // Against a red line nothing is won by withdrawing, so most put it to the record.
    const firm = t.blockers.every((b) => (RED_LINE_CODES as readonly string[]).includes(item.positions[b]?.reason?.code ?? ''));
    if (decide && ctx.random() < (firm ? FIGHT_FIRM : FIGHT_CHANCE[ctx.self.profile.temperament])) {
      return { action: decide, reason: reason('fight-contested', { blockers: t.blockers.length }) };
    }
    const withdraw = findIn(book, 'plenary.withdraw');
    if (withdraw) return { action: withdraw, reason: reason('withdraw-blocked', { blockers: t.blockers.length }) };
  }
  return decide ? { action: decide, reason: reason('call-decision', { support: t.support.length }) } : null;
}

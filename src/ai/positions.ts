/**
 * Positions on proposals. One rule decides a delegation's own position (with its real red lines
 * and objectives) and estimates another's (with the red lines it has revealed and its public
 * interests and temperament): red lines first, then pledges, then interests weighed against trust
 * in the proposer and the proposer's record of broken pledges.
 */
import type { Amendment, DelegationId, GameState, ProposalSubject, Reason, Stance } from '../engine';
import type { RedLine } from '../scenario/schema';
import { trust, type AiContext } from './context';
import { LOW_TRUST, STRONG_INTEREST, SUPPORT_AT } from './difficulty';
import { bargained } from './bargaining';
import { componentsOf, gainOf, isSensitive, sensitiveCrisis } from './estimate';
import type { KnownRedLines } from './memory';
import { reason } from './reasons';

/** A question put to the plenary, or one a delegation considers tabling. */
export interface Question {
  /** Proposal ids decided together (empty for a proposal not yet tabled). */
  ids: string[];
  subjects: ProposalSubject[];
  proposer: DelegationId;
  amendments: Amendment[];
}

export interface Stated {
  stance: Stance;
  amendment?: Amendment;
  reason: Reason;
}

/** The question a tabled proposal (with its package) puts to the plenary. */
export function questionOf(state: GameState, proposal: string): Question {
  const p = state.proposals[proposal]!;
  return { ids: [p.id, ...p.package], subjects: componentsOf(state, proposal), proposer: p.proposer, amendments: [...p.amendments] };
}

/** Red lines as the viewer knows them: all of its own, and those another delegation has revealed. */
export function redLinesOf(ctx: AiContext, who: DelegationId): RedLine[] {
  if (who === ctx.me) return ctx.self.profile.redLines;
  const known = ctx.memory.redLines(who);
  // The memory hands out the same object until something new is revealed (see memory.ts).
  let out = asRedLines.get(known);
  if (!out) asRedLines.set(known, (out = revealedRedLines(known)));
  return out;
}

/** Revealed red lines as red lines, by the memory's object (never changed once handed out). */
const asRedLines = new WeakMap<KnownRedLines, RedLine[]>();

function revealedRedLines(known: KnownRedLines): RedLine[] {
  const out: RedLine[] = Object.entries(known.measures).map(([measure, how]) => ({ type: 'measure', measure, acceptsWeakened: how === 'weaken' }));
  if (known.military) out.push({ type: 'military-while-crisis' });
  if (known.energyBloc) out.push({ type: 'energy-bloc-under-cica' });
  return out;
}

/** The objection a red line forces on these subjects, if any (unconditional objections win over those an amendment would lift). */
function redLineStance(ctx: AiContext, who: DelegationId, q: Question, redLines: readonly RedLine[]): Stated | null {
  if (!redLines.length) return null;
  let conditional: Stated | null = null;
  let crisis: string | null = null;
  for (const r of redLines) if (r.type === 'military-while-crisis') crisis = sensitiveCrisis(ctx, who);
  // Only a measure put on its own takes amendments; in a package or a charter the text is what it is.
  const amendable = q.subjects[0]!.kind === 'measure';
  for (const s of q.subjects) {
    if (s.kind !== 'measure') continue;
    const m = ctx.idx.measure.get(s.measure);
    if (!m) continue;
    for (const r of redLines) {
      if (r.type === 'measure' && r.measure === m.id) {
        if (!r.acceptsWeakened || !amendable) return { stance: 'objection', reason: reason('red-line-measure', { measure: m.id }) };
        if (!q.amendments.includes('weaken')) conditional ??= { stance: 'objection', amendment: 'weaken', reason: reason('red-line-measure-weaken', { measure: m.id }) };
      }
      if (r.type === 'energy-bloc-under-cica' && m.energyBloc) return { stance: 'objection', reason: reason('red-line-energy-bloc', { measure: m.id }) };
      if (r.type === 'military-while-crisis' && crisis && ctx.idx.isSensitive(m)) {
        // Voluntariness: a measure that leaves the parties to a crisis out until it ends meets this red line.
        if (q.amendments.includes('exempt-crisis')) continue;
        if (!amendable) return { stance: 'objection', reason: reason('red-line-military-crisis', { flashpoint: crisis, measure: m.id }) };
        conditional ??= { stance: 'objection', amendment: 'exempt-crisis', reason: reason('red-line-military-crisis-exempt', { flashpoint: crisis, measure: m.id }) };
      }
    }
  }
  return conditional;
}

/** Objective points at stake beyond which a delegation breaks a pledge rather than let them go. */
export const PLEDGE_BREAK_AT = 4;
/** A transformation interest at or below this makes a member wary of the charter's clusters... */
export const RELUCTANT_TRANSFORMATION = 1;
/** ...until what the question brings it (interests, package, trust, talks, reciprocity) reaches this. */
export const RELUCTANT_PRICE = 4;
/** An interest weight at or below this is a dimension the delegation cares little about. */
export const WEAK_INTEREST = 1;

function hasOpenPledge(ctx: AiContext, who: DelegationId, ids: readonly string[]): string | null {
  return ctx.memory.openPledges(who).find((p) => ids.includes(p)) ?? null;
}

/** A reservation asking for phase-in, when the question is a measure not yet phased in. */
function phaseIn(q: Question, why: Reason): Stated | null {
  return q.subjects[0]!.kind === 'measure' && !q.amendments.includes('phase-in') ? { stance: 'reservation', amendment: 'phase-in', reason: why } : null;
}

/**
 * The position `who` takes (or, for another delegation, is expected to take) on a question.
 * `jitter` shifts the weighed gain (easy AI is less predictable); every objection carries its reason.
 */
export function stanceOn(ctx: AiContext, who: DelegationId, q: Question, redLines: readonly RedLine[], jitter = 0): Stated {
  const forced = redLineStance(ctx, who, q, redLines);
  if (forced?.stance === 'objection' && !forced.amendment) return forced;
  const pledged = q.ids.length ? hasOpenPledge(ctx, who, q.ids) : null;
  const gain = gainOf(ctx, who, q.subjects, q.amendments);
  // A pledge holds unless the delegation's own objectives are at stake beyond what breaking it costs.
  if (pledged && !(gain.objectives < -PLEDGE_BREAK_AT && gain.total < 0)) return { stance: 'support', reason: reason('pledge', { proposal: pledged }) };
  if (forced) return forced;
  if (gain.objectives < 0 && gain.total < 0) return { stance: 'objection', reason: reason('objective-block', { measure: gain.objectiveMeasure ?? '' }) };
  if (gain.objectives > 0 && gain.total > 0) return { stance: 'support', reason: reason('objective-adopt', { measure: gain.objectiveMeasure ?? '' }) };
  if (who === q.proposer) return { stance: 'support', reason: reason('interest', { dimension: gain.dimension }) };
  const value = gain.total + jitter + bargained(ctx, who, q);
  const profile = ctx.idx.delegation.get(who)!.profile;
  const temperament = profile.temperament;
  // Members wary of the transformation hold out on its clusters until the price is right: trust, talks, a package.
  let cluster: Extract<ProposalSubject, { kind: 'cluster' }> | undefined;
  for (const s of q.subjects) if (!cluster && s.kind === 'cluster') cluster = s;
  if (cluster && temperament !== 'cooperative' && profile.interests.transformation <= RELUCTANT_TRANSFORMATION && value < RELUCTANT_PRICE) {
    return { stance: 'objection', reason: reason('transformation-pace', { cluster: cluster.cluster, proposer: q.proposer }) };
  }
  const t = Math.round(trust(ctx, who, q.proposer));
  if (value < STRONG_INTEREST) {
    const broken = ctx.memory.record(q.proposer).broken;
    const low = LOW_TRUST[temperament] + ctx.params.grudge;
    if (broken >= 2 || (broken >= 1 && t < low + 15)) return { stance: 'objection', reason: reason('broken-pledges', { proposer: q.proposer, count: broken }) };
    if (t < low) return { stance: 'objection', reason: reason('low-trust', { proposer: q.proposer, trust: t }) };
  }
  let sensitive = null;
  for (const s of q.subjects) sensitive ??= isSensitive(ctx, s);
  const crisis = sensitive ? sensitiveCrisis(ctx, who) : null;
  if (sensitive && crisis) {
    // Parties to a crisis resist sensitive measures unless trust is high: they ask for them to be phased in.
    const soft = phaseIn(q, reason('flashpoint-crisis', { flashpoint: crisis, measure: sensitive.id }));
    if (soft) return soft;
  }
  const main = q.subjects[0]!;
  const m = main.kind === 'measure' ? ctx.idx.measure.get(main.measure) : undefined;
  if (value >= SUPPORT_AT[temperament]) {
    if (m && temperament === 'cautious' && m.implementCost >= 2) {
      const soft = phaseIn(q, reason('implementation-cost', { measure: m.id }));
      if (soft) return soft;
    }
    // A text that asks much of a delegation that cares little for its dimension: support, if it is lighter.
    if (m && q.subjects.length === 1 && profile.interests[m.dimension] <= WEAK_INTEREST
      && m.implementCost >= 2 && !q.amendments.includes('weaken') && temperament !== 'cooperative') {
      return { stance: 'reservation', amendment: 'weaken', reason: reason('text-too-far', { measure: m.id, dimension: m.dimension }) };
    }
    return { stance: 'support', reason: reason('interest', { dimension: gain.dimension }) };
  }
  // No red line and little at stake: it stands aside and will not implement, rather than block.
  return { stance: 'abstain', reason: reason(m ? 'stand-aside' : 'low-interest', m ? { measure: m.id, dimension: gain.dimension } : { dimension: gain.dimension }) };
}

/**
 * Whether `who` could object to the question for a reason talks and offers answer (distrust of
 * the proposer, broken pledges, the transformation's pace): false means `stanceOn` certainly
 * returns no such objection, so a caller looking only for those may skip weighing it.
 */
export function mayObjectFromDistrust(ctx: AiContext, who: DelegationId, q: Question): boolean {
  if (who === q.proposer) return false;
  const profile = ctx.idx.delegation.get(who)!.profile;
  if (profile.temperament !== 'cooperative' && profile.interests.transformation <= RELUCTANT_TRANSFORMATION && q.subjects.some((s) => s.kind === 'cluster')) return true;
  if (ctx.memory.record(q.proposer).broken >= 1) return true;
  return Math.round(trust(ctx, who, q.proposer)) < LOW_TRUST[profile.temperament] + ctx.params.grudge;
}

/** The delegation's own position on the item now before the plenary. */
export function ownPosition(ctx: AiContext, proposal: string): Stated {
  const jitter = ctx.params.difficulty === 'easy' ? ctx.random() - 0.5 : 0;
  return stanceOn(ctx, ctx.me, questionOf(ctx.state, proposal), ctx.self.profile.redLines, jitter);
}

/** Another delegation's expected position, from what is public. */
export function expectedPosition(ctx: AiContext, who: DelegationId, q: Question): Stated {
  return stanceOn(ctx, who, q, redLinesOf(ctx, who));
}

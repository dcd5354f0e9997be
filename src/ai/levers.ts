/**
 * "What would move them": for one item on the agenda, each delegation's expected position (the
 * terms: stance, amendment asked, reason) and the levers that would change it, estimated by the
 * viewer from what it may know. The viewer's player view and scenario view are all it reads:
 * another delegation's red lines count only once it has revealed them in a stated reason, and its
 * secret objectives never. Each lever is a counterfactual: the public estimate is computed again
 * with the text amended, the item in a package, trust raised, talks held, or support pledged (what
 * an accepted offer brings), and a lever is reported only when the expected position improves.
 * Where public facts point to an objection the viewer cannot see (a party to a crisis facing a
 * military measure), the terms say so, for every such party alike.
 */
import { playerView, roundAgenda, trustOf, type Amendment, type DelegationId, type GameState, type PlayerView, type Reason, type Stance, type Viewer } from '../engine';
import { TALKS_TRUST, alignment, MAX_OFFER_INFLUENCE } from '../engine/rules/consultations';
import type { Scenario } from '../scenario/schema';
import { TRUST_BONUS } from './bargaining';
import { componentsOf, gainOf, sensitiveCrisis } from './estimate';
import { buildContext, decisionCache, trust, type AiContext } from './context';
import { LOW_TRUST, paramsFor, SUPPORT_AT, type Difficulty } from './difficulty';
import { recall } from './memory';
import { expectedPosition, questionOf, stanceOn, type Question, type Stated } from './positions';
import { RED_LINE_CODES } from './reasons';

/** What would change a delegation's expected position, each with the position it would then take. */
export type Lever =
  /** The proposer accepts an amendment to the text. */
  | { code: 'amend'; amendment: Amendment; stance: Stance }
  /** The item is decided in a package with a later item on the agenda. */
  | { code: 'package'; with: string; stance: Stance }
  /** Its trust in the proposer reaches at least `trust`. */
  | { code: 'trust'; trust: number; stance: Stance }
  /** It holds talks with the proposer this round. */
  | { code: 'talks'; proposer: DelegationId; stance: Stance }
  /** The viewer offers `amount` influence for its support (it would accept and pledge). */
  | { code: 'offer-influence'; amount: number; stance: Stance }
  /** The viewer offers its support on `proposal`, this delegation's own item, for its support. */
  | { code: 'offer-support'; proposal: string; stance: Stance };

export type LeverCode = Lever['code'];

/** A red line the delegation has stated in public, so the viewer knows of it. */
export type KnownRedLine = { kind: 'measure'; measure: string; weakened: boolean } | { kind: 'military' } | { kind: 'energy-bloc' };

/**
 * An objection the viewer cannot rule out, on grounds it cannot see: a party to a crisis may hold
 * a secret red line against sensitive measures while the crisis lasts. Told from public facts
 * only (the dispute's stage, the parties' trust, the item), for every such party alike, so it
 * says nothing of whether this one holds such a red line.
 */
export interface UnseenRisk {
  kind: 'crisis';
  flashpoint: string;
  measure: string;
  /** Whether the amendment that leaves the parties out until the crisis ends can still be made to this item. */
  exempt: boolean;
}

export interface Terms {
  who: DelegationId;
  stance: Stance;
  amendment?: Amendment;
  reason: Reason;
  /** Whether this is the position it stated in the plenary (else an estimate). */
  stated: boolean;
  /** Red lines it has revealed that bear on this item. */
  redLines: KnownRedLine[];
  /** Objections it may raise on grounds the viewer cannot see (empty once it has stated its position). */
  unseen: UnseenRisk[];
  levers: Lever[];
  /**
   * The influence an offer would need to buy its support when that is more than an offer may
   * carry: no lever then, but the player learns the price rather than reading "nothing".
   */
  offerBeyondCap?: number;
}

export interface ItemLevers {
  proposal: string;
  proposer: DelegationId;
  /** Every voter but the viewer and the proposer, most in need of moving first. */
  rows: Terms[];
}

const RANK: Record<Stance, number> = { objection: 0, abstain: 1, reservation: 2, support: 3 };

/** Whether `after` is a better position for the proposal than `before`. */
export function improves(before: Stance, after: Stance): boolean {
  return RANK[after] > RANK[before];
}

/** The viewer's context: its own view of the state and the scenario with others' secrets blanked. */
export function viewerContext(scenario: Scenario, state: GameState, viewer: DelegationId, difficulty: Difficulty = 'normal'): AiContext {
  const view = 'viewer' in state && (state as PlayerView).viewer === viewer ? (state as PlayerView) : playerView(state, viewer as Viewer);
  return buildContext(scenario, view, viewer, paramsFor(difficulty), () => 0.5);
}

/** The same context over a changed state (its memory is derived again from it). */
function withState(ctx: AiContext, state: PlayerView): AiContext {
  return { ...ctx, state, memory: recall(state), cache: new Map() };
}

function withTrust(ctx: AiContext, a: DelegationId, b: DelegationId, value: number): AiContext {
  const trustTable = { ...ctx.state.trust, [a]: { ...ctx.state.trust[a], [b]: value }, [b]: { ...ctx.state.trust[b], [a]: value } };
  return withState(ctx, { ...ctx.state, trust: trustTable });
}

function withTalks(ctx: AiContext, who: DelegationId, proposer: DelegationId): AiContext {
  const s = ctx.state;
  const add = (id: DelegationId, other: DelegationId) => ({ ...s.delegations[id]!, talkedWith: [...s.delegations[id]!.talkedWith, other] });
  const raised = Math.min(100, trustOf(s, who, proposer) + TALKS_TRUST + Math.round(2 * alignment(ctx.idx, who, proposer)));
  const state: PlayerView = { ...s, delegations: { ...s.delegations, [who]: add(who, proposer), [proposer]: add(proposer, who) } };
  return withTrust(withState(ctx, state), who, proposer, raised);
}

function withPledge(ctx: AiContext, who: DelegationId, proposal: string): AiContext {
  const s = ctx.state;
  return withState(ctx, { ...s, pledges: [...s.pledges, { id: `what-if-${who}`, by: who, proposal, round: s.round, status: 'open' }] });
}

/** Red lines `who` has revealed that bear on the subjects of this question. */
function knownRedLines(ctx: AiContext, who: DelegationId, q: Question): KnownRedLine[] {
  const known = ctx.memory.redLines(who);
  const out: KnownRedLine[] = [];
  for (const s of q.subjects) {
    if (s.kind !== 'measure') continue;
    const how = known.measures[s.measure];
    if (how) out.push({ kind: 'measure', measure: s.measure, weakened: how === 'weaken' });
    const m = ctx.idx.measure.get(s.measure);
    if (m && known.military && ctx.idx.isSensitive(m) && !out.some((r) => r.kind === 'military')) out.push({ kind: 'military' });
    if (m?.energyBloc && known.energyBloc) out.push({ kind: 'energy-bloc' });
  }
  return out;
}

/** The crisis veto the viewer cannot rule out for `who` on this question, if public facts point to one. */
function unseenRisks(ctx: AiContext, who: DelegationId, q: Question, known: readonly KnownRedLine[]): UnseenRisk[] {
  if (who === ctx.me || known.some((r) => r.kind === 'military') || q.amendments.includes('exempt-crisis')) return [];
  const sensitive = q.subjects.flatMap((s) => (s.kind === 'measure' && ctx.idx.measure.get(s.measure) && ctx.idx.isSensitive(ctx.idx.measure.get(s.measure)!) ? [s.measure] : []));
  if (!sensitive.length) return [];
  const flashpoint = sensitiveCrisis(ctx, who);
  if (!flashpoint) return [];
  const exempt = q.subjects.length === 1 && q.subjects[0]!.kind === 'measure';
  return [{ kind: 'crisis', flashpoint, measure: sensitive[0]!, exempt }];
}

/**
 * What supporting the question would cost `who`, as the viewer estimates it (the same weighing as
 * an AI delegation's own `supportCost` in consultations.ts, over public information): null when a
 * red line or national priority rules it out, 0 when it supports anyway.
 */
function publicSupportCost(ctx: AiContext, who: DelegationId, q: Question, st: Stated): number | null {
  if ((RED_LINE_CODES as readonly string[]).includes(st.reason.code) || st.reason.code === 'objective-block') return null;
  if (st.stance === 'support') return 0;
  const temperament = ctx.idx.delegation.get(who)!.profile.temperament;
  const gain = gainOf(ctx, who, q.subjects, q.amendments).total;
  let distrust = 0;
  if (st.stance === 'objection') {
    const deficit = LOW_TRUST[temperament] + ctx.params.grudge - trust(ctx, who, q.proposer);
    distrust = 1 + Math.max(0, deficit) / 6 + (st.reason.code === 'transformation-pace' ? 1 : 0);
  }
  return Math.max(0, SUPPORT_AT[temperament] - gain) + distrust;
}

/** The lowest trust in the proposer, among the thresholds the positions weigh, at which the position improves. */
function trustLever(ctx: AiContext, who: DelegationId, q: Question, before: Stance): Lever | null {
  const now = Math.round(trust(ctx, who, q.proposer));
  const low = LOW_TRUST[ctx.idx.delegation.get(who)!.profile.temperament] + ctx.params.grudge;
  const candidates = [...new Set([low, low + 15, TRUST_BONUS.at, ctx.scenario.rules.sensitiveTrust, 100])]
    .filter((v) => v > now && v <= 100).sort((a, b) => a - b);
  for (const v of candidates) {
    const st = expectedPosition(withTrust(ctx, who, q.proposer, v), who, q);
    if (improves(before, st.stance)) return { code: 'trust', trust: v, stance: st.stance };
  }
  return null;
}

/** The influence an offer for `who`'s support would take, when an offer could reach it at all and its estimate honours the pledge; else null. */
function offerPrice(ctx: AiContext, who: DelegationId, q: Question, st: Stated, proposal: string): { cost: number; amount: number; stance: Stance } | null {
  const cost = publicSupportCost(ctx, who, q, st);
  // An offer can no longer reach a delegation that has closed its consultations.
  if (cost === null || cost === 0 || ctx.me === who || ctx.state.delegations[who]?.ready) return null;
  // An accepted offer for support is a pledge of support; check the estimate honours it.
  const pledged = expectedPosition(withPledge(ctx, who, proposal), who, q);
  if (!improves(st.stance, pledged.stance)) return null;
  return { cost, amount: Math.max(1, Math.ceil(cost + ctx.params.offerThreshold)), stance: pledged.stance };
}

function offerLevers(ctx: AiContext, who: DelegationId, q: Question, st: Stated, proposal: string): Lever[] {
  const price = offerPrice(ctx, who, q, st, proposal);
  if (!price) return [];
  const { cost, amount } = price;
  const pledged = { stance: price.stance };
  const out: Lever[] = [];
  if (amount <= MAX_OFFER_INFLUENCE) out.push({ code: 'offer-influence', amount, stance: pledged.stance });
  // Or the viewer's support on one of its own items: worth the item to it if the viewer would otherwise block it.
  for (const id of roundAgenda(ctx.state)) {
    const p = ctx.state.proposals[id]!;
    if (p.proposer !== who || id === proposal) continue;
    const theirs = questionOf(ctx.state, id);
    const mine = stanceOn(ctx, ctx.me, theirs, ctx.self.profile.redLines);
    // Support the viewer's own red line or priorities forbid is not the viewer's to offer.
    if ((RED_LINE_CODES as readonly string[]).includes(mine.reason.code) || mine.reason.code === 'objective-block') continue;
    const value = mine.stance === 'objection' ? Math.max(1, gainOf(ctx, who, theirs.subjects, theirs.amendments).total) : 1;
    if (value - cost >= ctx.params.offerThreshold) {
      out.push({ code: 'offer-support', proposal: id, stance: pledged.stance });
      break;
    }
  }
  return out;
}

/** Items later on the agenda that this one could be packaged with. */
function packagePartners(state: GameState, proposal: string): string[] {
  const agenda = state.phase === 'plenary' && state.plenary ? state.plenary.agenda : roundAgenda(state);
  const at = agenda.indexOf(proposal);
  const later = state.phase === 'plenary' ? agenda.slice(at + 1) : agenda.filter((id) => id !== proposal);
  return later.filter((id) => state.proposals[id]?.status === 'tabled' && state.proposals[id]!.package.length === 0);
}

/** Whether no voter has objected to the item, or is expected to (as far as the viewer can see). */
function openToPackage(ctx: AiContext, proposal: string): boolean {
  const byProposal = decisionCache<boolean>(ctx, 'levers-open');
  const known = byProposal.get(proposal);
  if (known !== undefined) return known;
  const p = ctx.state.proposals[proposal]!;
  const q = questionOf(ctx.state, proposal);
  let open = true;
  for (const v of ctx.idx.voters) {
    if (v === p.proposer) continue;
    const stance = p.positions[v]?.stance ?? (v === ctx.me ? null : expectedPosition(ctx, v, q).stance);
    if (stance === 'objection') {
      open = false;
      break;
    }
  }
  byProposal.set(proposal, open);
  return open;
}

function leversOf(ctx: AiContext, who: DelegationId, q: Question, st: Stated, proposal: string): Lever[] {
  const before = st.stance;
  if (before === 'support') return [];
  const levers: Lever[] = [];
  const amendable = q.subjects.length === 1 && q.subjects[0]!.kind === 'measure';
  if (amendable) {
    for (const amendment of ['weaken', 'phase-in', 'exempt-crisis'] as const) {
      if (q.amendments.includes(amendment)) continue;
      const after = expectedPosition(ctx, who, { ...q, amendments: [...q.amendments, amendment] });
      if (improves(before, after.stance)) levers.push({ code: 'amend', amendment, stance: after.stance });
    }
  }
  if (!ctx.state.proposals[proposal]!.package.length) {
    for (const other of packagePartners(ctx.state, proposal)) {
      // A package with an item someone is known or expected to block only brings that block along.
      if (!openToPackage(ctx, other)) continue;
      const extra = componentsOf(ctx.state, other);
      const after = expectedPosition(ctx, who, { ...q, ids: [...q.ids, other], subjects: [...q.subjects, ...extra] });
      if (improves(before, after.stance)) levers.push({ code: 'package', with: other, stance: after.stance });
    }
  }
  const byTrust = trustLever(ctx, who, q, before);
  if (byTrust) levers.push(byTrust);
  if (ctx.state.phase === 'consultations' && !ctx.state.delegations[who]?.talkedWith.includes(q.proposer)) {
    const after = expectedPosition(withTalks(ctx, who, q.proposer), who, q);
    if (improves(before, after.stance)) levers.push({ code: 'talks', proposer: q.proposer, stance: after.stance });
  }
  if (ctx.state.phase === 'consultations') levers.push(...offerLevers(ctx, who, q, st, proposal));
  return levers;
}

/** The terms of `who`'s position on a tabled item, as the viewer sees them, and what would move it. */
export function termsOf(ctx: AiContext, who: DelegationId, proposal: string): Terms {
  const p = ctx.state.proposals[proposal]!;
  const q = questionOf(ctx.state, proposal);
  const said = p.positions[who];
  const est = expectedPosition(ctx, who, q);
  const st: Stated = said ? { stance: said.stance, ...(said.amendment ? { amendment: said.amendment } : {}), reason: said.reason ?? est.reason } : est;
  const redLines = knownRedLines(ctx, who, q);
  const price = st.stance !== 'support' && ctx.state.phase === 'consultations' ? offerPrice(ctx, who, q, st, proposal) : null;
  return {
    who, stance: st.stance, ...(st.amendment ? { amendment: st.amendment } : {}), reason: st.reason, stated: !!said,
    redLines, unseen: said ? [] : unseenRisks(ctx, who, q, redLines), levers: leversOf(ctx, who, q, st, proposal),
    ...(price && price.amount > MAX_OFFER_INFLUENCE ? { offerBeyondCap: price.amount } : {}),
  };
}

/**
 * The terms of every other voter's position on a tabled item and what would move each. The
 * viewer and the proposer are left out (the one decides for itself, the other supports).
 */
export function whatWouldMove(ctx: AiContext, proposal: string): ItemLevers {
  const p = ctx.state.proposals[proposal]!;
  const rows: Terms[] = [];
  for (const who of ctx.idx.voters) if (who !== ctx.me && who !== p.proposer) rows.push(termsOf(ctx, who, proposal));
  rows.sort((a, b) => RANK[a.stance] - RANK[b.stance]);
  return { proposal, proposer: p.proposer, rows };
}

/** The items a delegation can still be moved on: this round's agenda, or what is left of the plenary's. */
export function itemsInPlay(state: GameState): string[] {
  const ids = state.phase === 'plenary' && state.plenary ? state.plenary.agenda.slice(state.plenary.current) : roundAgenda(state);
  return ids.filter((id) => state.proposals[id]?.status === 'tabled');
}

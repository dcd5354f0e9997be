/**
 * Actions are data: what a delegation (or the facilitator) asks to do. The UI, the AI, a
 * replay and a future server all send the same objects.
 */
import type { Amendment, DelegationId, OfferTerm, ProposalSubject, Reason, Stance } from './state';
import type { Effect } from '../scenario/schema';

/** What a delegation may take: each kind of action, plus an optional reason (see `WithReason`). */
type ActionBody =
  | { type: 'consult.talks'; by: DelegationId; with: DelegationId }
  | { type: 'consult.pledge'; by: DelegationId; proposal: string }
  | { type: 'consult.offer'; by: DelegationId; to: DelegationId; give: OfferTerm; ask: OfferTerm }
  | { type: 'consult.answer'; by: DelegationId; offer: string; accept: boolean }
  | { type: 'diplomacy.early-warning'; by: DelegationId; flashpoint: string }
  | { type: 'diplomacy.good-offices'; by: DelegationId; flashpoint: string }
  | { type: 'diplomacy.fact-finding'; by: DelegationId; flashpoint: string }
  | { type: 'diplomacy.consent'; by: DelegationId; flashpoint: string; accept: boolean }
  | { type: 'diplomacy.hotline'; by: DelegationId; flashpoint: string }
  | { type: 'energy.found'; by: DelegationId }
  | { type: 'energy.join'; by: DelegationId }
  | { type: 'energy.corridor'; by: DelegationId; corridor: string }
  | { type: 'proposal.table'; by: DelegationId; subject: ProposalSubject }
  | { type: 'proposal.pass'; by: DelegationId }
  | { type: 'agenda.order'; by: DelegationId; order: string[] }
  | { type: 'plenary.position'; by: DelegationId; proposal: string; stance: Stance; amendment?: Amendment }
  | { type: 'plenary.amend'; by: DelegationId; proposal: string; amendment: Amendment }
  | { type: 'plenary.link'; by: DelegationId; proposal: string; with: string }
  | { type: 'plenary.unlink'; by: DelegationId; proposal: string; with: string }
  | { type: 'plenary.withdraw'; by: DelegationId; proposal: string }
  | { type: 'plenary.decide'; by: DelegationId; proposal: string }
  | { type: 'implement.choose'; by: DelegationId; measure: string; optIn: boolean }
  | { type: 'ready'; by: DelegationId }
  | { type: 'facilitator.end-phase'; by: 'facilitator' }
  | { type: 'facilitator.inject'; by: 'facilitator'; event?: string; effects?: Effect[] };

/**
 * Every action may say why it was taken, as data the UI renders in words and the debrief shows.
 * The rules ignore it, except that a position keeps its reason for the positions grid.
 */
type WithReason<T> = T extends unknown ? T & { reason?: Reason } : never;

export type Action = WithReason<ActionBody>;

export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

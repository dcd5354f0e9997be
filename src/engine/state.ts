/**
 * The game state: plain JSON, no classes, Maps or Dates, so it can be saved, sent over a wire
 * and compared. Static scenario content (texts, measure definitions...) is looked up by id in
 * the scenario and never copied here. Cohesion is derived from trust, never stored.
 */
import type { Stage } from '../scenario/schema';

export type DelegationId = string;

/**
 * The version of the rules. A saved game is its action log, and a log replays the same way only
 * under the same rules: bump this whenever a rule change alters what a log replays to, so that
 * older saves are recognised and refused with a clear message instead of replaying wrongly.
 */
export const RULES_VERSION = 4;
export const PHASES = ['opening', 'consultations', 'plenary', 'implementation', 'review', 'concluded'] as const;
export type Phase = (typeof PHASES)[number];

/** Who is acting: a delegation, or the facilitator running the session. */
export const FACILITATOR = 'facilitator';

export interface DelegationState {
  influence: number;
  prestige: number;
  /** Finished with the current phase (consultations or implementation). */
  ready: boolean;
  tabledThisRound: number;
  /** Declared it will table nothing more this round, leaving the floor to the others. */
  passed: boolean;
  /** Delegations this one held talks with this round (talks are once per pair per round). */
  talkedWith: DelegationId[];
}

export interface FlashpointState {
  tension: number;
  stage: Stage;
  /** The worst stage ever reached: a flashpoint that never reached conflict counts as prevented. */
  peakStage: Stage;
  earlyWarning: boolean;
  envoy: DelegationId | null;
  hotline: boolean;
  factFinding: 'none' | 'requested' | 'active' | 'refused';
  factFindingBy: DelegationId | null;
  consents: Record<DelegationId, boolean>;
  conflictRounds: number;
}

/**
 * Amendments a proposer may accept: a weaker text, implementation phased in over a longer time,
 * or an exemption that keeps the parties to a dispute in crisis out of the measure until the
 * crisis ends (how a red line on military measures in a crisis is met without a veto).
 */
export const AMENDMENTS = ['weaken', 'phase-in', 'exempt-crisis'] as const;
export type Amendment = (typeof AMENDMENTS)[number];
export const STANCES = ['support', 'reservation', 'objection', 'abstain'] as const;
export type Stance = (typeof STANCES)[number];

/** Why a delegation took a position or an action: data that the UI renders through the catalogue. */
export interface Reason {
  code: string;
  params?: Record<string, string | number>;
}

export interface Position {
  stance: Stance;
  /** The amendment a reservation asks for. */
  amendment?: Amendment;
  reason?: Reason;
}

export type ProposalSubject =
  | { kind: 'measure'; measure: string }
  | { kind: 'cluster'; cluster: string }
  | { kind: 'charter' };

export interface Proposal {
  id: string;
  subject: ProposalSubject;
  proposer: DelegationId;
  round: number;
  amendments: Amendment[];
  /** Proposals linked into this one are decided with it as a package. */
  package: string[];
  linkedInto: string | null;
  positions: Record<DelegationId, Position>;
  status: 'tabled' | 'adopted' | 'rejected' | 'withdrawn';
}

export interface Pledge {
  id: string;
  by: DelegationId;
  proposal: string;
  round: number;
  status: 'open' | 'kept' | 'broken' | 'void';
}

export type OfferTerm =
  | { kind: 'influence'; amount: number }
  | { kind: 'support'; proposal: string };

export interface Offer {
  id: string;
  from: DelegationId;
  to: DelegationId;
  give: OfferTerm;
  ask: OfferTerm;
  round: number;
  status: 'open' | 'accepted' | 'declined' | 'expired';
}

export interface MeasureState {
  status: 'available' | 'unavailable' | 'tabled' | 'adopted';
  adoptedRound: number | null;
  amendments: Amendment[];
  /** Each member's voluntary choice, with implementation progress in rounds. */
  implementation: Record<DelegationId, { choice: 'in' | 'out'; progress: number; done: boolean }>;
}

export interface EnergyBlocState {
  members: DelegationId[];
  founded: boolean;
  foundedRound: number | null;
  underCica: boolean;
  corridors: Array<{ id: string; sponsor: DelegationId; round: number }>;
}

export interface PlenaryState {
  agenda: string[];
  current: number;
  /** 'positions': members state positions; 'proposer': the proposer amends, links, withdraws or calls the decision. */
  step: 'positions' | 'proposer';
}

/** Notable happenings, kept for the round summary and the debrief (actions themselves live in the game record). */
export type ChronicleEntry =
  | { kind: 'round'; round: number; chair: DelegationId }
  | { kind: 'event'; round: number; event: string }
  | { kind: 'injected'; round: number; effects: number }
  | { kind: 'tabled'; round: number; proposal: string; by: DelegationId }
  | { kind: 'decision'; round: number; proposal: string; adopted: boolean; blockers: DelegationId[]; abstained: DelegationId[]; why?: string }
  | { kind: 'withdrawn'; round: number; proposal: string }
  | { kind: 'pledge'; round: number; by: DelegationId; proposal: string; kept: boolean }
  | { kind: 'mediation'; round: number; flashpoint: string; by: DelegationId; tool: 'early-warning' | 'good-offices' | 'fact-finding' | 'hotline'; preventive: boolean }
  | { kind: 'fact-finding-refused'; round: number; flashpoint: string; by: DelegationId }
  | { kind: 'stage'; round: number; flashpoint: string; from: Stage; to: Stage }
  | { kind: 'implemented'; round: number; measure: string; by: DelegationId[] }
  | { kind: 'bloc-founded'; round: number; members: DelegationId[] }
  | { kind: 'bloc-joined'; round: number; by: DelegationId }
  | { kind: 'corridor'; round: number; corridor: string; by: DelegationId }
  | { kind: 'charter'; round: number }
  | { kind: 'concluded'; round: number; reason: 'calendar' | 'charter' | 'stalled' };

/** A snapshot at the end of each round, for charts. */
export interface RoundSnapshot {
  round: number;
  cohesion: number;
  tension: Record<string, number>;
  prestige: Record<DelegationId, number>;
  /** Each player's mean trust toward the other members: who is drifting apart, for the debrief. */
  trust: Record<DelegationId, number>;
  adopted: number;
  implemented: number;
}

export interface GameState {
  schemaVersion: 1;
  scenarioId: string;
  seed: number;
  /** The seeded generator's state: all randomness comes from here. */
  rng: number;
  round: number;
  phase: Phase;
  chair: DelegationId;
  /** Player delegations in scenario order. */
  players: DelegationId[];
  delegations: Record<DelegationId, DelegationState>;
  /** Symmetric trust over every scenario delegation: `trust[a][b] === trust[b][a]`. */
  trust: Record<DelegationId, Record<DelegationId, number>>;
  flashpoints: Record<string, FlashpointState>;
  measures: Record<string, MeasureState>;
  clusters: Record<string, 'open' | 'tabled' | 'agreed'>;
  charter: { adopted: boolean; round: number | null };
  proposals: Record<string, Proposal>;
  proposalOrder: string[];
  plenary: PlenaryState | null;
  pledges: Pledge[];
  offers: Offer[];
  energy: EnergyBlocState;
  firedEvents: string[];
  /** Events fired in the current round (for the round summary). */
  roundEvents: string[];
  /**
   * Notable happenings, one list per round (index round - 1), so that recording one copies only
   * this round's list under Immer. Read it flat with `chronicleOf`.
   */
  chronicle: ChronicleEntry[][];
  history: RoundSnapshot[];
  counter: number;
  concluded: null | { round: number; reason: 'calendar' | 'charter' | 'stalled' };
}

/** A game is its scenario, its seed and its log of actions. */
export interface GameRecord {
  scenarioId: string;
  seed: number;
  actions: import('./actions').Action[];
}

/**
 * Difficulty: how hard AI delegations bargain and how well they plan. Every level plays by the
 * same rules with the same information; only judgement changes, never hidden bonuses.
 */
import type { Temperament } from '../scenario/schema';

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface AiParams {
  difficulty: Difficulty;
  /** Chance of trying consultation ideas in a shuffled order instead of the planned one. */
  shuffle: number;
  /** Whether a subject is tabled only when the estimated blockers are none (else: any subject that serves it). */
  estimateBeforeTabling: boolean;
  /** Added to every trust threshold below which a delegation resents a proposer: bargaining hardness. */
  grudge: number;
  /** Net gain (what is given minus what supporting costs it) an offer must bring before it is accepted. */
  offerThreshold: number;
  /** Whether the delegation makes offers to win over estimated objectors. */
  makesOffers: boolean;
  /** Influence it offers for support. */
  offerAmount: number;
  /** Expected objectors it still tables against, when none objects on a red line (it means to win them over). */
  tableAgainst: number;
  /** Whether a proposer links a failing proposal into a package or withdraws it rather than lose the vote. */
  packages: boolean;
  /** Reservations needed before a proposer accepts a weakening amendment. */
  weakenAfter: number;
  /** Pledges a delegation makes per round. */
  pledgesPerRound: number;
  /** Talks a delegation seeks per round beyond the ones it needs. */
  extraTalks: number;
  /** The highest stage at which preventive diplomacy still waits: 0 acts when strained, 1 only in crisis. */
  lateness: 0 | 1;
  /** Influence kept back in consultations for implementing what the plenary adopts. */
  reserve: number;
}

const BASE: Record<Difficulty, AiParams> = {
  easy: {
    difficulty: 'easy', shuffle: 0.5, estimateBeforeTabling: false, grudge: -10, offerThreshold: -0.5,
    makesOffers: false, offerAmount: 1, tableAgainst: 0, packages: false, weakenAfter: 1, pledgesPerRound: 1, extraTalks: 0, lateness: 1, reserve: 1,
  },
  normal: {
    difficulty: 'normal', shuffle: 0.1, estimateBeforeTabling: true, grudge: 0, offerThreshold: 0.5,
    makesOffers: true, offerAmount: 2, tableAgainst: 1, packages: true, weakenAfter: 3, pledgesPerRound: 2, extraTalks: 1, lateness: 0, reserve: 1,
  },
  hard: {
    difficulty: 'hard', shuffle: 0, estimateBeforeTabling: true, grudge: 5, offerThreshold: 1.5,
    makesOffers: true, offerAmount: 3, tableAgainst: 2, packages: true, weakenAfter: 4, pledgesPerRound: 3, extraTalks: 1, lateness: 0, reserve: 2,
  },
};

/** The parameters of a difficulty level. */
export function paramsFor(difficulty: Difficulty): AiParams {
  return BASE[difficulty];
}

/** Whether a string names a difficulty level (for command-line and saved-game input). */
export function isDifficulty(value: string): value is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(value);
}

/**
 * Below this trust in a proposer a delegation objects to proposals that do not matter much to it.
 * Temperament is public: other delegations use the same table to anticipate it.
 */
export const LOW_TRUST: Record<Temperament, number> = { cooperative: 15, pragmatic: 25, cautious: 30, assertive: 35 };

/** Interest gain at or above which a delegation supports even a proposer it distrusts. */
export const STRONG_INTEREST = 7;

/** Interest gain at or above which a delegation supports; below it, it abstains. */
export const SUPPORT_AT: Record<Temperament, number> = { cooperative: 0.5, pragmatic: 1, cautious: 1.5, assertive: 1.5 };

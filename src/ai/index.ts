/**
 * AI delegations: policies that play a delegation from its scenario profile and its player view,
 * with a structured reason for every decision; a lookahead policy for the balance check; and
 * bench figures. Pure TypeScript: no Phaser, XState or DOM.
 */
export { createAiPolicy, createAiDecider } from './policy';
export { createLookaheadPolicy } from './lookahead';
export { DIFFICULTIES, isDifficulty, paramsFor, type Difficulty, type AiParams } from './difficulty';
export { REASON_CODES, isReasonCode, reason, type ReasonCode, type ReasonParams, type AiReason } from './reasons';
export { REASON_MESSAGES } from './reason-messages';
export type { Decision } from './decision';
export { benchAi, formatAiBench, type AiBench, type BenchOptions, type PhaseFigures } from './bench';

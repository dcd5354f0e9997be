/**
 * Why an AI delegation took a position or an action: a closed list of codes with typed
 * parameters. Reasons are data; the UI renders them through the message catalogue
 * (`reason-messages.ts` holds the English and Russian templates).
 */
import type { Reason } from '../engine';

/** Parameters each reason code carries (all strings or numbers, so the catalogue can fill `{param}`). */
export interface ReasonParams {
  // Set by the engine itself.
  'amendment-accepted': Record<string, never>;
  'no-position': Record<string, never>;
  // Positions.
  'red-line-measure': { measure: string };
  'red-line-measure-weaken': { measure: string };
  'red-line-military-crisis': { flashpoint: string; measure: string };
  'red-line-energy-bloc': { measure: string };
  'flashpoint-crisis': { flashpoint: string; measure: string };
  'objective-block': { measure: string };
  'objective-adopt': { measure: string };
  pledge: { proposal: string };
  'broken-pledges': { proposer: string; count: number };
  'low-trust': { proposer: string; trust: number };
  interest: { dimension: string };
  'low-interest': { dimension: string };
  'implementation-cost': { measure: string };
  'red-line-military-crisis-exempt': { flashpoint: string; measure: string };
  'text-too-far': { measure: string; dimension: string };
  'stand-aside': { measure: string; dimension: string };
  'transformation-pace': { cluster: string; proposer: string };
  // Consultations.
  'offer-accepted': { offer: string; from: string };
  'offer-declined': { offer: string; from: string };
  'offer-for-support': { to: string; proposal: string };
  'counter-offer': { to: string; proposal: string };
  'price-asked': { to: string; proposal: string };
  'consent-given': { flashpoint: string; requester: string };
  'red-line-fact-finding': { flashpoint: string };
  'consent-low-trust': { flashpoint: string; requester: string };
  preventive: { flashpoint: string; tool: string };
  'talks-objector': { with: string; proposal: string };
  'talks-rival': { with: string; flashpoint: string };
  'talks-aligned': { with: string };
  'pledge-support': { proposal: string };
  'energy-interest': { profile: string };
  'corridor-route': { corridor: string };
  'table-interest': { dimension: string; supporters: number };
  'table-contested': { dimension: string; objectors: number };
  'agenda-contested-first': { first: string };
  // Plenary, as proposer.
  'amend-reservations': { amendment: string; count: number };
  'link-package': { with: string; blockers: number };
  'withdraw-blocked': { blockers: number };
  'call-decision': { support: number };
  'fight-contested': { blockers: number };
  // Implementation and the end of a phase.
  'implement-interest': { measure: string; dimension: string };
  done: Record<string, never>;
}

export type ReasonCode = keyof ReasonParams;

/** Every reason code, in a stable order (for the catalogue and tests). */
export const REASON_CODES = [
  'amendment-accepted', 'no-position',
  'red-line-measure', 'red-line-measure-weaken', 'red-line-military-crisis', 'red-line-energy-bloc',
  'flashpoint-crisis', 'objective-block', 'objective-adopt', 'pledge', 'broken-pledges', 'low-trust',
  'interest', 'low-interest', 'implementation-cost', 'red-line-military-crisis-exempt', 'text-too-far', 'stand-aside', 'transformation-pace',
  'offer-accepted', 'offer-declined', 'offer-for-support', 'counter-offer', 'price-asked', 'consent-given', 'red-line-fact-finding',
  'consent-low-trust', 'preventive', 'talks-objector', 'talks-rival', 'talks-aligned', 'pledge-support',
  'energy-interest', 'corridor-route', 'table-interest', 'table-contested', 'agenda-contested-first',
  'amend-reservations', 'link-package', 'withdraw-blocked', 'call-decision', 'fight-contested',
  'implement-interest', 'done',
] as const satisfies readonly ReasonCode[];

/** Fails to compile when a code of `ReasonParams` is missing from `REASON_CODES`. */
const _everyCode: Exclude<ReasonCode, (typeof REASON_CODES)[number]> extends never ? true : never = true;
void _everyCode;

/** A reason whose parameters match its code. */
export type AiReason<C extends ReasonCode = ReasonCode> = C extends ReasonCode ? { code: C; params: ReasonParams[C] } : never;

/** Builds a typed reason; the result is also a plain engine `Reason`. */
export function reason<C extends ReasonCode>(code: C, params: ReasonParams[C]): AiReason<C> & Reason {
  return { code, params } as AiReason<C> & Reason;
}

/** Reason codes that mean a red line decided. */
export const RED_LINE_CODES: readonly ReasonCode[] = [
  'red-line-measure', 'red-line-measure-weaken', 'red-line-military-crisis', 'red-line-military-crisis-exempt', 'red-line-energy-bloc', 'red-line-fact-finding',
];

/** Whether a code is one of the AI's reason codes (the UI falls back to a generic text otherwise). */
export function isReasonCode(code: string): code is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(code);
}

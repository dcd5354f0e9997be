/**
 * Keys for generated sentences that join a delegation's name to what it does (see
 * docs/translation.md). Spread into `en`.
 */
export const sentencesEn = {
  // An AI reason is a verb phrase in English, read straight after the name: "Israel objects: …".
  'reason.line': '{name} {reason}',
} as const;

/**
 * English messages of the negotiation: amendments, standing aside, what would move a delegation,
 * the charter tracker and mediation in the score. Kept apart from en.ts so each area's keys sit
 * together.
 */
export const negotiationEn = {
  'amendment.exempt-crisis': 'exempt parties to a crisis',
  'preview.amend.exempt-crisis': 'parties to a dispute in crisis or armed conflict stay out of the measure until it falls below crisis; it counts a little less for everyone',
  'col.mediation': 'Mediation',
  'results.share-note': 'Each total also holds {n|# point|# points}, every delegation’s share of the collective outcome (a fifth of its score).',
  'action.pass': 'Table nothing this round: leave the floor to the others',
  'consult.table.none-yet': 'Nothing you could table is open now: the agenda is full, or what remains needs earlier measures adopted or more influence.',
  'consult.floor.help': 'Every member may table each round. The AI delegations wait with their own proposals until you have tabled or left the floor to them.',
} as const;

/**
 * English messages of the negotiation: amendments, standing aside, what would move a delegation,
 * the charter tracker and mediation in the score. Kept apart from en.ts so each area's keys sit
 * together.
 */
export const negotiationEn = {
  'amendment.exempt-crisis': 'exempt parties to a crisis',
  'preview.amend.exempt-crisis': 'parties to a dispute in crisis stay out of the measure until the crisis ends; it counts a little less for everyone',
  'col.mediation': 'Mediation',
  'action.pass': 'Table nothing this round: leave the floor to the others',
} as const;

/**
 * Short names the map prints beside markers and inside small countries, where a full name would
 * run across its neighbours. Keyed by delegation id; a delegation without one is labelled by its
 * full name (wrapped, or hidden when it does not fit).
 */
export const mapEn = {
  'map.short.USA': 'USA',
  'map.short.ARE': 'UAE',
  'map.short.KOR': 'Rep. of Korea',
  'map.short.SAU': 'Saudi Arabia',
  'map.short.PSE': 'Palestine',
} as const;

export type MapKey = keyof typeof mapEn;

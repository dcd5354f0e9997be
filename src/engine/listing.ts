/**
 * Legal-action listing checks a hundred candidates or more against one state, and the checks
 * only read. While it runs, values every check would derive again from that state (the round's
 * agenda) are computed once and shared; outside a listing nothing is kept, so a state changed
 * in place is never read stale.
 */
import type { GameState } from './state';

interface Listing {
  state: GameState;
  agenda?: string[];
}

let listing: Listing | null = null;

/** Runs `read` (which must not change `state`) with this state's derived values computed at most once. */
export function whileListing<T>(state: GameState, read: () => T): T {
  const outer = listing;
  listing = { state };
  try {
    return read();
  } finally {
    listing = outer;
  }
}

/** The round agenda of `state` during a listing of it (computed by `compute` the first time), else `compute()`. */
export function listedAgenda(state: GameState, compute: () => string[]): string[] {
  if (listing?.state !== state) return compute();
  return (listing.agenda ??= compute());
}

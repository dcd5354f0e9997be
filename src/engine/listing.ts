/**
 * Legal-action listing checks a hundred candidates or more against one state, and the checks
 * only read. While it runs, values every check would derive again from that state (the round's
 * agenda) are computed once and shared; outside a listing nothing is kept, so a state changed
 * in place is never read stale.
 */
import type { Action, ActionOf } from './actions';
import type { GameState, Reason } from './state';

/** The values derived from one state during its listing. */
export interface ListingScope {
  state: GameState;
  agenda?: string[];
}

let listing: ListingScope | null = null;

/**
 * Makes `scope` the listing in force while a listing checks candidates (`scope.state` must not
 * change meanwhile) and returns the one it replaces, to be given back to `leaveListing` in a
 * `finally`. A lazy listing enters its own scope at each check, so its values outlive one call.
 */
export function enterListing(scope: ListingScope): ListingScope | null {
  const outer = listing;
  listing = scope;
  return outer;
}

export function leaveListing(outer: ListingScope | null): void {
  listing = outer;
}

/** The round agenda of `state` during a listing of it (computed by `compute` the first time), else `compute()`. */
export function listedAgenda(state: GameState, compute: () => string[]): string[] {
  if (listing?.state !== state) return compute();
  return (listing.agenda ??= compute());
}

/**
 * The legal actions of one delegation on one state, checked only as they are asked for: a
 * policy that looks for one kind of action pays for that kind's checks alone. Each candidate is
 * checked at most once; `of(t)` is `all()` filtered to type `t`, in the same order. Valid only
 * while the state it was made from is unchanged.
 */
export interface LegalListing {
  /** The candidates of a type still in question, in listing order, not yet checked (none when the type's gate is closed). */
  candidates<T extends Action['type']>(type: T): readonly ActionOf<T>[];
  /** Whether the candidate at `index` of `candidates(type)` passes its rule. */
  passesAt(type: Action['type'], index: number): boolean;
  /** The legal actions of a type, in listing order. */
  of<T extends Action['type']>(type: T): ActionOf<T>[];
  /** Every legal action, in the order `legalActions` lists them. */
  all(): Action[];
  /**
   * A candidate of this listing with a reason attached, frozen; the listing still knows the last
   * one it made for its own, so handing it back costs no comparison of fields.
   */
  withReason<T extends Action>(candidate: T, reason: Reason): T;
  /** The place of `action` in `candidates(action.type)` if it is one of them or one `withReason` made, else -1. */
  placeOf(action: Action): number;
}

/**
 * The legal actions of one decision, by type, so a policy finds the one it wants quickly. Over a
 * lazy listing (the headless runner's) a candidate is checked only when a policy's test picks it
 * out, so looking for one action costs its check, not the whole listing's.
 */
import type { Action, ActionOf, ActionType, LegalListing } from '../engine';

export interface Book {
  /** The candidates of a type in listing order, some perhaps not legal. */
  candidates<T extends ActionType>(type: T): readonly ActionOf<T>[];
  /** Whether a candidate of this book is legal. */
  legal(candidate: Action): boolean;
  /** Whether the decision may be taken as it is (with at most a reason added) without checking it again. */
  listed?: LegalListing;
}

const always = () => true;

/** A book of actions already known to be legal. */
export function bookOf(legal: readonly Action[]): Book {
  const grouped = new Map<ActionType, Action[]>();
  for (const a of legal) {
    const list = grouped.get(a.type);
    if (list) list.push(a);
    else grouped.set(a.type, [a]);
  }
  return { candidates: <T extends ActionType>(type: T) => (grouped.get(type) ?? []) as ActionOf<T>[], legal: always };
}

/** A book over a lazy listing: the checks run as tests pick candidates out. */
export function bookOfListing(listing: LegalListing): Book {
  return { candidates: (type) => listing.candidates(type), legal: listing.passes, listed: listing };
}

/** The legal actions of a type. */
export function allOf<T extends ActionType>(book: Book, type: T): ActionOf<T>[] {
  return book.candidates(type).filter(book.legal);
}

/** The legal actions of a type that satisfy `test` (a pure test, asked before the legality check). */
export function filterIn<T extends ActionType>(book: Book, type: T, test: (a: ActionOf<T>) => boolean): ActionOf<T>[] {
  return book.candidates(type).filter((a) => test(a) && book.legal(a));
}

/** The first legal action of a type that satisfies `test` (a pure test, asked before the legality check), if any. */
export function findIn<T extends ActionType>(book: Book, type: T, test: (a: ActionOf<T>) => boolean = always): ActionOf<T> | undefined {
  return book.candidates(type).find((a) => test(a) && book.legal(a));
}

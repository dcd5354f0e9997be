/**
 * The legal actions of one decision, by type, so a policy finds the one it wants quickly. Over a
 * lazy listing (the headless runner's) a candidate is checked only when a policy's test picks it
 * out, so looking for one action costs its check, not the whole listing's.
 */
import type { Action, ActionOf, ActionType, LegalListing } from '../engine';

export interface Book {
  /** The candidates of a type in listing order, some perhaps not legal. */
  candidates<T extends ActionType>(type: T): readonly ActionOf<T>[];
  /** Whether the candidate at `index` of `candidates(type)` is legal. */
  legalAt(type: ActionType, index: number): boolean;
}

class ListedBook implements Book {
  private readonly grouped = new Map<ActionType, Action[]>();
  constructor(legal: readonly Action[]) {
    for (const a of legal) {
      const list = this.grouped.get(a.type);
      if (list) list.push(a);
      else this.grouped.set(a.type, [a]);
    }
  }
  candidates<T extends ActionType>(type: T): readonly ActionOf<T>[] {
    return (this.grouped.get(type) ?? []) as ActionOf<T>[];
  }
  legalAt(): boolean {
    return true;
  }
}

class LazyBook implements Book {
  constructor(private readonly listing: LegalListing) {}
  candidates<T extends ActionType>(type: T): readonly ActionOf<T>[] {
    return this.listing.candidates(type);
  }
  legalAt(type: ActionType, index: number): boolean {
    return this.listing.passesAt(type, index);
  }
}

/** A book of actions already known to be legal. */
export function bookOf(legal: readonly Action[]): Book {
  return new ListedBook(legal);
}

/** A book over a lazy listing: the checks run as tests pick candidates out. */
export function bookOfListing(listing: LegalListing): Book {
  return new LazyBook(listing);
}

/** The legal actions of a type. */
export function allOf<T extends ActionType>(book: Book, type: T): ActionOf<T>[] {
  const list = book.candidates(type);
  const out: ActionOf<T>[] = [];
  for (let i = 0; i < list.length; i++) if (book.legalAt(type, i)) out.push(list[i]!);
  return out;
}

/** The first legal action of a type that satisfies `test` (a pure test, asked before the legality check), if any. */
export function findIn<T extends ActionType>(book: Book, type: T, test?: (a: ActionOf<T>) => boolean): ActionOf<T> | undefined {
  const list = book.candidates(type);
  for (let i = 0; i < list.length; i++) if ((!test || test(list[i]!)) && book.legalAt(type, i)) return list[i];
  return undefined;
}

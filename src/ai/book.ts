/** The legal actions of one decision, grouped by type so a policy finds the one it wants quickly. */
import type { Action, ActionOf, ActionType } from '../engine';

export type Book = Map<ActionType, Action[]>;

export function bookOf(legal: readonly Action[]): Book {
  const book: Book = new Map();
  for (const a of legal) {
    const list = book.get(a.type);
    if (list) list.push(a);
    else book.set(a.type, [a]);
  }
  return book;
}

/** The legal actions of a type. */
export function allOf<T extends ActionType>(book: Book, type: T): ActionOf<T>[] {
  return (book.get(type) ?? []) as ActionOf<T>[];
}

/** The first legal action of a type that satisfies `test`, if any. */
export function findIn<T extends ActionType>(book: Book, type: T, test: (a: ActionOf<T>) => boolean = () => true): ActionOf<T> | undefined {
  return allOf(book, type).find(test);
}

/** Reading the chronicle, which the state keeps one list per round. */
import type { ChronicleEntry, GameState } from './state';

const flat = new WeakMap<ChronicleEntry[][], ChronicleEntry[]>();

/** Every entry of the chronicle in order (the same array for the same state, so renders stay cheap). */
export function chronicleOf(state: Pick<GameState, 'chronicle'>): ChronicleEntry[] {
  const hit = flat.get(state.chronicle);
  if (hit) return hit;
  const all = state.chronicle.flat();
  flat.set(state.chronicle, all);
  return all;
}

/** The entries of one round. */
export function chronicleOfRound(state: Pick<GameState, 'chronicle'>, round: number): readonly ChronicleEntry[] {
  return state.chronicle[round - 1] ?? [];
}

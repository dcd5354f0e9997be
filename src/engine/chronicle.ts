/** Reading the chronicle, which the state keeps one list per round. */
import { identityCache } from './epoch';
import type { ChronicleEntry, GameState } from './state';

const flat = identityCache((chronicle: ChronicleEntry[][]) => chronicle.flat());

/** Every entry of the chronicle in order (the same array for the same state, so renders stay cheap). */
export function chronicleOf(state: Pick<GameState, 'chronicle'>): ChronicleEntry[] {
  return flat(state.chronicle);
}

/** The entries of one round. */
export function chronicleOfRound(state: Pick<GameState, 'chronicle'>, round: number): readonly ChronicleEntry[] {
  return state.chronicle[round - 1] ?? [];
}

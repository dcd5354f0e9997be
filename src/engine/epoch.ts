/**
 * The in-place epoch: a counter bumped whenever a state is changed in place (replay, the
 * headless runner). Immer states never change, so a cache keyed on an object's identity is
 * valid for them forever; for a state folded in place the same object holds a new step after
 * every action, so such a cache also keeps the epoch it was filled in and is refilled once per
 * step. A bump only ever costs a cache refill, never a wrong answer.
 */
let epoch = 0;

/** The current epoch. */
export function inPlaceEpoch(): number {
  return epoch;
}

/** Marks that some state is about to change in place. */
export function bumpInPlaceEpoch(): void {
  epoch += 1;
}

/**
 * A cache of `compute(key)` by the key's identity that stays right when the key is mutated in
 * place: an entry filled in an earlier epoch is computed again.
 */
export function identityCache<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, { epoch: number; value: V }>();
  return (key) => {
    const hit = cache.get(key);
    if (hit && hit.epoch === epoch) return hit.value;
    const value = compute(key);
    cache.set(key, { epoch, value });
    return value;
  };
}

/**
 * A small seeded generator (mulberry32) whose whole state is one 32-bit integer, so it lives in
 * the game state and a saved game resumes with the same future.
 */

/** Normalises any number to a valid generator state. */
export function seedState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** Next float in [0, 1) and the next generator state. */
export function nextFloat(state: number): [number, number] {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s];
}

/** Draws from a draft that carries `rng`, advancing it. */
export function draw(holder: { rng: number }): number {
  const [value, next] = nextFloat(holder.rng);
  holder.rng = next;
  return value;
}

/** A uniform integer in [min, max], drawn from the holder's generator. */
export function drawInt(holder: { rng: number }, min: number, max: number): number {
  return min + Math.floor(draw(holder) * (max - min + 1));
}

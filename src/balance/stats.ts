/** Small, deterministic statistics for the balance report (values rounded for stable output). */

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

export function percent(part: number, whole: number): number {
  return whole ? round1((part / whole) * 100) : 0;
}

/** Counts by key, as a plain object with keys in sorted order (numbers numerically) for stable output. */
export function countBy(keys: readonly (string | number)[]): Record<string, number> {
  const out: Record<string, number> = {};
  const sorted = [...keys].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
  for (const k of sorted) out[String(k)] = (out[String(k)] ?? 0) + 1;
  return out;
}

/** Formatting of the browser bench's figures: sizes, times, spreads and ratios. */
import type { ScriptSize } from './bench-js-size';
import { total } from './bench-js-size';
import type { FrameFigures } from './bench-probe';

/** Bytes as kB (1000 bytes, as Vite prints them). */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Bytes as MB (10^6 bytes). */
export const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Milliseconds, with a decimal below 100 ms. */
export const ms = (x: number): string => `${x < 100 ? x.toFixed(1) : x.toFixed(0)} ms`;

/** A ratio such as "1.23x", or "n/a" when the base is zero or missing. */
export const ratio = (a: number, b: number): string => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : 'n/a');

/** A label padded to the figures' column. */
export const row = (label: string, figure: string, indent = 4): string => `${' '.repeat(indent)}${label.padEnd(40 - indent)}${figure}`;

/** "123.4 kB in 3 files (456.7 kB minified)". */
export function scriptsFigure(scripts: ScriptSize[]): string {
  const t = total(scripts);
  return `${kB(t.gzip)} in ${scripts.length} file${scripts.length === 1 ? '' : 's'} (${kB(t.raw)} minified)`;
}

/** "name 12.3 kB" for each script, largest first. */
export const scriptList = (scripts: ScriptSize[]): string => scripts.map((s) => `${s.file} ${kB(s.gzip)}`).join(', ');

/** Frame intervals and loop callback time of one measuring window. */
export function framesFigure(f: FrameFigures): string {
  return `interval median ${ms(f.interval.median)}, p95 ${ms(f.interval.p95)}; `
    + `loop callback median ${ms(f.callback.median)}, p95 ${ms(f.callback.p95)}; `
    + `${f.callback.n} frames in ${f.seconds.toFixed(1)} s`;
}

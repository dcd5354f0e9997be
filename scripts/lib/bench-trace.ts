/**
 * A CPU profile of a bench page, one per stage (V8's sampling profiler through CDP), saved as
 * `<stage>.cpuprofile` files that Chromium's DevTools open, with a few lines saying where each
 * stage's main-thread time went: busy against idle, and the functions with the most self time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time (ms) per function, and the stage's idle, GC and total time. */
export interface StageProfile {
  stage: string;
  totalMs: number;
  idleMs: number;
  gcMs: number;
  top: Array<{ fn: string; ms: number }>;
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Sums a profile's samples by the function they were taken in. */
export function summarise(stage: string, p: CpuProfile, topN = 14): StageProfile {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const c = node.callFrame;
    const file = c.url.split('/').pop() ?? '';
    const key = SPECIAL.has(c.functionName) || !file ? c.functionName || '(anonymous)' : `${c.functionName || '(anonymous)'} ${file}:${c.lineNumber + 1}:${c.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  const top = [...self].filter(([k]) => !SPECIAL.has(k)).sort((a, b) => b[1] - a[1]).slice(0, topN).map(([fn, ms]) => ({ fn, ms }));
  return { stage, totalMs: (p.endTime - p.startTime) / 1000, idleMs: self.get('(idle)') ?? 0, gcMs: self.get('(garbage collector)') ?? 0, top };
}

/** A profile under way on a page; `mark` closes a stage and starts the next. */
export interface Profiling {
  mark(stage: string): Promise<void>;
  /** Writes the stages' profiles into `dir` and returns the lines describing them. */
  save(dir: string): Promise<string[]>;
}

export async function startProfile(page: Page): Promise<Profiling> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const stages: Array<{ stage: string; profile: CpuProfile }> = [];
  return {
    async mark(stage) {
      const { profile } = await cdp.send('Profiler.stop');
      stages.push({ stage, profile: profile as CpuProfile });
      await cdp.send('Profiler.start');
    },
    async save(dir) {
      await cdp.send('Profiler.stop').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      mkdirSync(dir, { recursive: true });
      const lines: string[] = [];
      for (const { stage, profile } of stages) {
        writeFileSync(join(dir, `${stage}.cpuprofile`), JSON.stringify(profile));
        const s = summarise(stage, profile);
        lines.push(`profile ${stage}: ${s.totalMs.toFixed(0)} ms, busy ${(s.totalMs - s.idleMs).toFixed(0)} ms, GC ${s.gcMs.toFixed(0)} ms (${join(dir, `${stage}.cpuprofile`)})`);
        for (const t of s.top) lines.push(`    ${t.ms.toFixed(1).padStart(8)} ms  ${t.fn}`);
      }
      return lines;
    },
  };
}

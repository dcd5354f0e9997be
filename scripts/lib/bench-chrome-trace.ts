/**
 * A Chromium performance trace of the map page (main thread, GPU process, compositor), summed
 * by thread and event name: where a stage's time went besides our own JavaScript (software
 * WebGL runs in the GPU process, so a frame can be slow while the page's script is idle).
 * Usage: npx tsx scripts/lib/bench-chrome-trace.ts OUT_DIR
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from '../../test/e2e/support/browser';
import { serveApp } from '../../test/e2e/support/server';
import { clickToPaint, panFrames, startApp, VIEWPORT } from './bench-pages';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string }; cat: string }

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'gpu', 'viz', 'cc', 'blink', 'toplevel', 'disabled-by-default-devtools.timeline.frame'];

/** Complete events' durations by thread and name (nested events counted in their own rows). */
export function sumTrace(file: string, top = 12): string[] {
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
  const threads = new Map<string, string>();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const sums = new Map<string, Map<string, { ms: number; n: number }>>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const th = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    if (!/CrRendererMain|CrGpuMain|VizCompositor|Compositor$|CrBrowserMain/.test(th)) continue;
    const m = sums.get(th) ?? new Map();
    const cur = m.get(e.name) ?? { ms: 0, n: 0 };
    cur.ms += e.dur / 1000;
    cur.n++;
    m.set(e.name, cur);
    sums.set(th, m);
  }
  const lines: string[] = [];
  for (const [th, m] of sums) {
    lines.push(`  ${th}`);
    for (const [name, v] of [...m].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) lines.push(`    ${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(6)}x  ${name}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/map-trace';
  mkdirSync(out, { recursive: true });
  const app = await serveApp();
  const browser = await launch();
  try {
    const { page } = await openPage(browser, VIEWPORT.width, VIEWPORT.height);
    const stages: Array<[string, () => Promise<unknown>]> = [];
    let canvas = { x: 0, y: 0, width: 0, height: 0 };
    stages.push(['start', async () => { canvas = (await startApp(page, app.url)).canvas; await page.waitForTimeout(1500); }]);
    stages.push(['pan', () => panFrames(page, canvas, 4000)]);
    stages.push(['clicks', async () => process.stdout.write(`clicks ${JSON.stringify(await clickToPaint(page, canvas, ['CHN', 'IND', 'IRN', 'KAZ', 'TUR']))}\n`)]);
    for (const [name, run] of stages) {
      const path = join(out, `${name}.trace.json`);
      await browser.startTracing(page, { path, categories: CATEGORIES });
      await run();
      await browser.stopTracing();
      process.stdout.write(`${name} (${path})\n${sumTrace(path).join('\n')}\n`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

if (process.argv[1]?.endsWith('bench-chrome-trace.ts')) await main();

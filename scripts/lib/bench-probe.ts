/**
 * In-page instrumentation for the browser bench, installed before any script of the page runs.
 * It wraps `requestAnimationFrame` to time the frames of self-rescheduling loops (Phaser's game
 * loop asks for its next frame from inside its own callback; one-shot callbacks such as
 * Preact's are not recorded), marks the first moment each CSS condition holds, and keeps the
 * times of trusted clicks. Times are `performance.now()`, milliseconds from navigation.
 */
import type { Page } from 'playwright-core';
import { quantile } from './stats';

/** A moment to mark: the first time `match` is in the document and `absent` is not. */
export interface ProbeMark {
  name: string;
  match: string;
  absent?: string;
}

/** One frame of a loop: its id, the frame's timestamp, and when its callback started and ended. */
export interface LoopFrame {
  id: number;
  t: number;
  s: number;
  e: number;
}

/** What the probe gathered so far. */
export interface ProbeData {
  marks: Record<string, number>;
  frames: LoopFrame[];
  clicks: number[];
}

interface ProbeWindow {
  __benchProbe: ProbeData;
}

/*
 * Plain JavaScript in a string: functions handed to Playwright are serialised from their
 * source, and tsx's transform adds helper calls (`__name`) that do not exist in the page.
 */
const PROBE = String.raw`function (marks) {
  var raf = window.requestAnimationFrame.bind(window);
  var ids = new Map();
  var loops = new WeakSet();
  var running = null;
  var probe = { marks: {}, frames: [], clicks: [] };
  window.__benchProbe = probe;
  window.requestAnimationFrame = function (cb) {
    if (cb === running) loops.add(cb);
    return raf(function (time) {
      var start = performance.now();
      var outer = running;
      running = cb;
      try {
        cb(time);
      } finally {
        running = outer;
        if (loops.has(cb) && probe.frames.length < 50000) {
          if (!ids.has(cb)) ids.set(cb, ids.size + 1);
          probe.frames.push({ id: ids.get(cb), t: time, s: start, e: performance.now() });
        }
      }
    });
  };
  var pending = marks.slice();
  var observer = new MutationObserver(function () {
    var now = performance.now();
    pending = pending.filter(function (m) {
      if (!document.querySelector(m.match) || (m.absent && document.querySelector(m.absent))) return true;
      probe.marks[m.name] = now;
      return false;
    });
    if (!pending.length) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('click', function (e) {
    if (e.isTrusted) probe.clicks.push(e.timeStamp);
  }, true);
}`;

/** Installs the probe in every document the page loads from now on. */
export async function installProbe(page: Page, marks: ProbeMark[]): Promise<void> {
  await page.addInitScript({ content: `(${PROBE})(${JSON.stringify(marks)});` });
}

/** The probe's data as it is now. */
export function readProbe(page: Page): Promise<ProbeData> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe);
}

/**
 * Waits (polling on a timer: animation frames are slow under software WebGL) until the mark
 * `name` is set, or until `unless` matches, a failure the page shows instead.
 */
export async function waitForMark(page: Page, name: string, o: { unless?: string; timeout: number }): Promise<void> {
  await page.waitForFunction(
    ([mark, unless]) => (window as unknown as ProbeWindow).__benchProbe.marks[mark] !== undefined || (unless !== '' && !!document.querySelector(unless)),
    [name, o.unless ?? ''] as const,
    { polling: 100, timeout: o.timeout },
  );
}

/** Forgets the frames recorded so far (before a measuring window, or a heap reading); returns the page's clock. */
export function clearFrames(page: Page): Promise<number> {
  return page.evaluate(() => {
    (window as unknown as ProbeWindow).__benchProbe.frames.length = 0;
    return performance.now();
  });
}

/** The frames of the loop that ran most often (the game loop, when a page has one). */
export function mainLoop(frames: LoopFrame[]): LoopFrame[] {
  const counts = new Map<number, number>();
  for (const f of frames) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  let best = -1;
  let most = 0;
  for (const [id, n] of counts) if (n > most) [best, most] = [id, n];
  return frames.filter((f) => f.id === best);
}

/** Median and 95th percentile of a sample, with its size. */
export interface Spread {
  median: number;
  p95: number;
  n: number;
}

function spreadOf(xs: number[]): Spread {
  return { median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length };
}

/** Frame intervals (between consecutive frames of one loop) and the loop callback's own time. */
export interface FrameFigures {
  interval: Spread;
  callback: Spread;
  seconds: number;
}

/** Figures for the frames of one loop, in the order they ran. */
export function frameFigures(frames: LoopFrame[]): FrameFigures {
  const intervals = frames.slice(1).map((f, i) => f.t - frames[i]!.t);
  const first = frames[0];
  const last = frames[frames.length - 1];
  return {
    interval: spreadOf(intervals),
    callback: spreadOf(frames.map((f) => f.e - f.s)),
    seconds: first && last ? (last.e - first.s) / 1000 : 0,
  };
}

/** The end of the first loop frame that started at or after `t`, if one ran. */
export function nextFrameEnd(frames: LoopFrame[], t: number): number | null {
  return frames.find((f) => f.s >= t)?.e ?? null;
}

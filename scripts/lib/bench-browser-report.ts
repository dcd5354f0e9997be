/** The browser bench's lines, from whatever figures it gathered (a missing one says so). */
import { framesFigure, kB, MB, ms, ratio, row, scriptList, scriptsFigure } from './bench-format';
import { total, type ScriptSize } from './bench-js-size';
import { frameFigures, type LoopFrame } from './bench-probe';
import type { AppStart, BareStart } from './bench-pages';

/** What one run of the browser bench measured; a stage that failed leaves its fields out. */
export interface BrowserFigures {
  app?: AppStart;
  appHeap?: number;
  mapFrames?: LoopFrame[];
  bare?: BareStart;
  bareHeap?: number;
  bareFrames?: LoopFrame[];
  gameHeap?: number;
  gameSeconds?: number;
  /** Click on a country to the dossier painted (ms), one per click, the pointer resting on it first. */
  clicks?: number[];
  /** The same, the pointer jumping onto the country and pressing at once. */
  jumpClicks?: number[];
  phaser: ScriptSize[];
  panSeconds: number;
  /** Lines describing the map page's CPU profiles, when they were recorded. */
  profile?: string[];
}

const MISSING = 'not measured (see below)';

function sizeLines(f: BrowserFigures): string[] {
  const lines = ['  JS the game loads, gzip (node:zlib default level; minified size in brackets)'];
  const phaser = f.phaser.map((p) => `${p.file} ${kB(p.gzip)} (${kB(p.raw)})`).join(', ') || 'no build in node_modules/phaser/dist';
  if (!f.app) return [...lines, row('start page', MISSING), row('game start, lazily', MISSING), row("Phaser's own bundle", phaser)];
  const { start, game } = f.app.scripts;
  const both = total([...start, ...game]).gzip;
  const base = f.phaser[0]?.gzip ?? 0;
  return [
    ...lines,
    row('start page', `${scriptsFigure(start)}: ${scriptList(start)}`),
    row('game start, lazily', `${scriptsFigure(game)}: ${scriptList(game)}`),
    row('first game in all', kB(both)),
    row("Phaser's own bundle", phaser),
    row(`vs ${f.phaser[0]?.file ?? 'Phaser'}`, `start page ${ratio(total(start).gzip, base)}, first game in all ${ratio(both, base)}`),
  ];
}

function readyLines(f: BrowserFigures): string[] {
  const lines = ['  time to ready (navigation to the map of a started solo game; the time spent choosing on the start screen left out)'];
  const frame = (t: number | null) => (t === null ? 'no frame drawn yet' : `next frame drawn +${ms(t)}`);
  let game: number | null = null;
  if (f.app) {
    game = f.app.startShown + f.app.beginToReady;
    lines.push(
      row('start screen shown', `${ms(f.app.startShown)} after navigation`),
      row('"Begin" to map scene ready', `${ms(f.app.beginToReady)} (${frame(f.app.readyToFrame)})`),
      row('map ready, in all', ms(game)),
    );
  } else lines.push(row('map ready', MISSING));
  lines.push(row('bare Phaser scene ready', f.bare ? `${ms(f.bare.ready)} after navigation (${frame(f.bare.readyToFrame)})` : MISSING));
  if (f.bare && f.bare.renderer !== 'webgl') lines.push(row('bare scene renderer', `${f.bare.renderer}, not WebGL: its figures are no baseline`));
  if (game !== null && f.bare) lines.push(row('map / bare', ratio(game, f.bare.ready)));
  return lines;
}

function frameLines(f: BrowserFigures): string[] {
  const lines = [
    `  frame time while panning (${f.panSeconds} s of drags over each canvas, same size; requestAnimationFrame`,
    "    intervals of Phaser's loop, and the loop callback's own main-thread time)",
  ];
  const map = f.mapFrames && f.mapFrames.length > 2 ? frameFigures(f.mapFrames) : null;
  const bare = f.bareFrames && f.bareFrames.length > 2 ? frameFigures(f.bareFrames) : null;
  lines.push(row('map (awake, panning)', map ? framesFigure(map) : f.mapFrames ? 'no frames: the map loop slept' : MISSING));
  lines.push(row('bare Phaser scene', bare ? framesFigure(bare) : MISSING));
  if (map && bare) {
    lines.push(row('map / bare, interval', `median ${ratio(map.interval.median, bare.interval.median)}, p95 ${ratio(map.interval.p95, bare.interval.p95)} (goal: at most 1.1x)`));
    lines.push(row('map / bare, loop callback', `median ${ratio(map.callback.median, bare.callback.median)}, p95 ${ratio(map.callback.p95, bare.callback.p95)}`));
  }
  return lines;
}

function heapLines(f: BrowserFigures): string[] {
  return [
    '  JS heap in use after a forced garbage collection (CDP Performance.getMetrics, JSHeapUsedSize)',
    row('map ready, Road to the Charter', f.appHeap === undefined ? MISSING : MB(f.appHeap)),
    row('end screen, Preventive Diplomacy', f.gameHeap === undefined ? MISSING : `${MB(f.gameHeap)} (played through the UI in ${f.gameSeconds?.toFixed(0)} s)`),
    row('bare Phaser scene', f.bareHeap === undefined ? MISSING : MB(f.bareHeap)),
    ...(f.gameHeap !== undefined && f.bareHeap !== undefined ? [row('end screen / bare', ratio(f.gameHeap, f.bareHeap))] : []),
  ];
}

function clickLines(f: BrowserFigures): string[] {
  const figure = (c: number[] | undefined, goal: string) => (c && c.length > 0
    ? `median ${ms(median(c))}, worst ${ms(Math.max(...c))} over ${c.length} clicks${goal}`
    : MISSING);
  return [
    '  a click answered (pointer release on a country to the end of the frame that shows its dossier)',
    row('pointer resting, then a click', figure(f.clicks, ' (goal: within 50 ms)')),
    row('pointer jumping and clicking', figure(f.jumpClicks, ' (that frame also draws the hover outline)')),
  ];
}

/** Every figure line of the browser section, in the order the issue lists them. */
export function browserReport(f: BrowserFigures): string[] {
  return [...sizeLines(f), ...readyLines(f), ...frameLines(f), ...clickLines(f), ...heapLines(f)];
}

/** The browser figures as plain numbers (null where not measured), for `--json`. */
export interface BrowserSummary {
  /** The first game's JavaScript, gzip bytes, and Phaser's own bundle. */
  jsGzip: number | null;
  phaserGzip: number | null;
  /** Ours over Phaser's own. */
  jsRatio: number | null;
  /** Navigation to the map ready (choosing on the start screen left out), and the bare scene. */
  readyMs: number | null;
  bareReadyMs: number | null;
  readyRatio: number | null;
  /** Median frame interval while panning, the map's and the bare scene's. */
  frameMs: number | null;
  bareFrameMs: number | null;
  frameRatio: number | null;
  /** Median click to dossier painted, the pointer resting on the country first. */
  clickToPaintMs: number | null;
  /** JS heap in use at map ready, and in the bare scene (bytes). */
  heap: number | null;
  bareHeap: number | null;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const over = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? a / b : null);

/** The figures `browserReport` prints, as numbers. */
export function browserSummary(f: BrowserFigures): BrowserSummary {
  const js = f.app ? total([...f.app.scripts.start, ...f.app.scripts.game]).gzip : null;
  const phaser = f.phaser[0]?.gzip ?? null;
  const ready = f.app ? f.app.startShown + f.app.beginToReady : null;
  const bareReady = f.bare?.ready ?? null;
  const frame = f.mapFrames && f.mapFrames.length > 2 ? frameFigures(f.mapFrames).interval.median : null;
  const bareFrame = f.bareFrames && f.bareFrames.length > 2 ? frameFigures(f.bareFrames).interval.median : null;
  return {
    jsGzip: js, phaserGzip: phaser, jsRatio: over(js, phaser),
    readyMs: ready, bareReadyMs: bareReady, readyRatio: over(ready, bareReady),
    frameMs: frame, bareFrameMs: bareFrame, frameRatio: over(frame, bareFrame),
    clickToPaintMs: f.clicks && f.clicks.length > 0 ? median(f.clicks) : null,
    heap: f.appHeap ?? null, bareHeap: f.bareHeap ?? null,
  };
}

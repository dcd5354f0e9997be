/**
 * The browser section of `npm run bench`: the built game and a bare Phaser 4 scene measured
 * side by side in one headless Chromium run (the e2e tests' flags: software WebGL through
 * SwiftShader). It prints figures and never fails the bench: a stage that errs or times out
 * leaves a line saying so, and the stages after it still run where they can.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, launch, openPage } from '../../test/e2e/support/browser';
import { serveApp, serveBuilt, type Served } from '../../test/e2e/support/server';
import { buildBareFixture } from './bench-fixture';
import { browserReport, browserSummary, type BrowserFigures, type BrowserSummary } from './bench-browser-report';
import { phaserBundles } from './bench-js-size';
import { clickToPaint, heapUsed, panFrames, playShortGame, startApp, startBare, VIEWPORT } from './bench-pages';
import type { BenchSection } from './bench-sections';
import { startProfile } from './bench-trace';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PAN_SECONDS = 4;

/** Time limits of the stages, in ms; software WebGL and a cold build are slow. */
const LIMITS = {
  serveApp: 300_000,
  serveBare: 120_000,
  launch: 60_000,
  startApp: 240_000,
  startBare: 120_000,
  heap: 60_000,
  pan: PAN_SECONDS * 1000 + 90_000,
  game: 600_000,
  clicks: 120_000,
};

/** Countries clicked in turn for the click-to-paint figure (never the one already shown). */
const CLICKED = ['CHN', 'IND', 'IRN', 'KAZ', 'TUR', 'MNG', 'CHN', 'PAK', 'THA'];

const reason = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** `work`, or a rejection naming `what` once `limit` ms have passed (`work` is then left to fail on its own). */
function within<T>(what: string, limit: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: timed out after ${limit / 1000} s`)), limit);
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Starts a server within a limit; one that comes up after the limit is closed at once. */
async function serve(what: string, limit: number, start: Promise<Served>): Promise<Served> {
  try {
    return await within(what, limit, start);
  } catch (e) {
    start.then((s) => s.close()).catch(() => undefined);
    throw e;
  }
}

/** Runs `use` on a fresh page, closed afterwards; an error becomes a note and ends that page's stages. */
async function onPage(browser: Browser, size: { width: number; height: number }, notes: string[], use: (page: Page) => Promise<void>): Promise<void> {
  const { page } = await openPage(browser, size.width, size.height);
  try {
    await use(page);
  } catch (e) {
    notes.push(reason(e));
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    // This also starts SwiftShader once, before anything is timed.
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL 2 context';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/** What a run of the browser section measures beyond the map and the bare scene. */
export interface BrowserBenchOptions {
  /** Play the short scenario to its end through the UI (minutes under software WebGL; default true). */
  game?: boolean;
  /** Record the map page's CPU profile into this folder (see bench-trace.ts); its figures are then slower. */
  profileDir?: string;
}

async function measure(browser: Browser, appUrl: string, bareUrl: string, notes: string[], o: BrowserBenchOptions): Promise<BrowserFigures> {
  const f: BrowserFigures = { phaser: phaserBundles(), panSeconds: PAN_SECONDS };
  await onPage(browser, VIEWPORT, notes, async (page) => {
    const profile = o.profileDir ? await startProfile(page) : null;
    f.app = await within('starting a game of Road to the Charter', LIMITS.startApp, startApp(page, appUrl));
    await profile?.mark('ready');
    f.appHeap = await within('reading the heap at map ready', LIMITS.heap, heapUsed(page));
    await profile?.mark('heap');
    f.mapFrames = await within('panning the map', LIMITS.pan, panFrames(page, f.app.canvas, PAN_SECONDS * 1000));
    await profile?.mark('pan');
    f.clicks = await within('clicking countries on the map', LIMITS.clicks, clickToPaint(page, f.app.canvas, CLICKED, { rest: true }));
    f.jumpClicks = await within('clicking countries on the map, the pointer jumping', LIMITS.clicks, clickToPaint(page, f.app.canvas, CLICKED));
    await profile?.mark('clicks');
    if (profile && o.profileDir) f.profile = await profile.save(o.profileDir);
  });
  await onPage(browser, VIEWPORT, notes, async (page) => {
    f.bare = await within('opening the bare Phaser page', LIMITS.startBare, startBare(page, bareUrl, f.app?.canvas ?? VIEWPORT));
    f.bareHeap = await within('reading the bare page heap', LIMITS.heap, heapUsed(page));
    f.bareFrames = await within('panning the bare scene', LIMITS.pan, panFrames(page, f.bare.canvas, PAN_SECONDS * 1000));
  });
  if (o.game === false) return f;
  await onPage(browser, { width: 1920, height: 1080 }, notes, async (page) => {
    f.gameSeconds = await within('playing Preventive Diplomacy to its end', LIMITS.game, playShortGame(page, appUrl));
    f.gameHeap = await within('reading the heap at the end screen', LIMITS.heap, heapUsed(page));
  });
  return f;
}

/** The browser section's lines and, when the stages ran, its figures as numbers (for `--json`). */
export interface BrowserBench {
  lines: string[];
  summary: BrowserSummary | null;
}

export async function benchBrowser(o: BrowserBenchOptions = {}): Promise<BrowserBench> {
  let summary: BrowserSummary | null = null;
  const lines = ['browser: the built game against a bare Phaser 4 scene, in one headless Chromium run'];
  const notes: string[] = [];
  const closing: Array<() => Promise<void>> = [];
  let finished = false;
  try {
    const app = await serve('building and serving the game', LIMITS.serveApp, serveApp());
    closing.push(() => app.close());
    const bare = await serve('building and serving the bare Phaser page', LIMITS.serveBare, buildBareFixture().then(serveBuilt));
    closing.push(() => bare.close());
    const launching = launch();
    // A browser that starts after its limit must still be closed, or the bench never exits.
    launching.then(async (b) => {
      if (finished) await b.close();
      else closing.push(() => b.close());
    }).catch(() => undefined);
    const browser = await within('launching Chromium', LIMITS.launch, launching);
    const swiftshader = CHROMIUM_ARGS.filter((a) => /gpu|swiftshader/.test(a)).join(' ');
    lines.push(
      `  Chromium ${browser.version()}, headless, viewport ${VIEWPORT.width} x ${VIEWPORT.height}, software WebGL (${swiftshader}):`,
      `  renderer "${await within('reading the WebGL renderer', LIMITS.heap, webglRenderer(browser))}"; frame figures describe this setup, not a GPU`,
    );
    const figures = await measure(browser, app.url, bare.url, notes, o);
    summary = browserSummary(figures);
    lines.push(...browserReport(figures), ...(figures.profile ?? []).map((l) => `  ${l}`));
  } catch (e) {
    notes.push(reason(e));
  } finally {
    finished = true;
    for (const close of closing.reverse()) await close().catch(() => undefined);
  }
  return { lines: [...lines, ...notes.map((n) => `  not measured: ${n}`)], summary };
}

/** The browser section; skipped with one line under `--no-browser` or without Chromium. */
export const browserSection: BenchSection = async ({ browser }) => {
  if (!browser) return ['browser: skipped (--no-browser)'];
  if (!existsSync(CHROMIUM)) return [`browser: skipped (${CHROMIUM} is missing)`];
  return (await benchBrowser()).lines;
};

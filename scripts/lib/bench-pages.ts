/**
 * What the browser bench does in a page: start a solo game through the start screen, open the
 * bare Phaser page, pan a canvas while timing frames, play the short scenario to its end, and
 * read the JS heap. Each function measures; none of them judges.
 */
import type { Page } from 'playwright-core';
import { phase, playRound, startGame } from '../../test/e2e/support/play';
import { clearFrames, installProbe, mainLoop, nextFrameEnd, readProbe, waitForMark, type LoopFrame } from './bench-probe';
import { ScriptTracker, type ScriptSize } from './bench-js-size';
import { BARE_PAGE } from './bench-fixture';

/** The viewport of the start and frame measurements (the e2e tests' default). */
export const VIEWPORT = { width: 1280, height: 720 } as const;
/** Waiting for a map or a scene; software WebGL makes start-up slow. */
const READY_MS = 90_000;

/** A canvas's place on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The app's map, ready in a started solo game, with what it took to get there. */
export interface AppStart {
  /** Scripts loaded by the start page, and those loaded after "Begin the conference". */
  scripts: { start: ScriptSize[]; game: ScriptSize[] };
  /** Navigation to the start screen in the document (ms). */
  startShown: number;
  /** The click on "Begin the conference" to the map scene being ready (ms). */
  beginToReady: number;
  /** The map scene being ready to the end of the next frame the map drew (ms), if it drew one. */
  readyToFrame: number | null;
  canvas: Box;
}

/** The map's failure note (the asset could not be loaded or read). */
const MAP_ERROR = '.map-stage [role="alert"]';

const APP_MARKS = [
  { name: 'start', match: '.start h1' },
  // The loading note goes when the map scene has built itself (create-game resolves).
  { name: 'map', match: '.map-stage canvas[role="application"]', absent: '.map-stage__status' },
];

async function canvasBox(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  return box;
}

/** In a fresh page, opens the app and starts Road to the Charter as Kazakhstan through the start screen. */
export async function startApp(page: Page, url: string): Promise<AppStart> {
  await installProbe(page, APP_MARKS);
  const scripts = new ScriptTracker(page);
  await page.goto(`${url}?seed=7`);
  await page.getByRole('button', { name: 'Begin the conference' }).waitFor({ timeout: READY_MS });
  await page.waitForLoadState('networkidle', { timeout: READY_MS });
  scripts.enter('game');
  await startGame(page, { scenario: /^Road to the Charter/, delegation: 'Kazakhstan' });
  await waitForMark(page, 'map', { unless: MAP_ERROR, timeout: READY_MS });
  const probe = await readProbe(page);
  const ready = probe.marks.map;
  if (ready === undefined) throw new Error(`the map did not load: ${await page.locator(MAP_ERROR).textContent()}`);
  const begin = probe.clicks.filter((c) => c <= ready).pop();
  if (begin === undefined) throw new Error('no click on "Begin the conference" was seen');
  const drawn = nextFrameEnd(mainLoop(probe.frames), ready);
  return {
    scripts: { start: await scripts.loaded('start'), game: await scripts.loaded('game') },
    startShown: probe.marks.start ?? Number.NaN,
    beginToReady: ready - begin,
    readyToFrame: drawn === null ? null : drawn - ready,
    canvas: await canvasBox(page, '.map-stage canvas[role="application"]'),
  };
}

/** The bare Phaser page, its scene created. */
export interface BareStart {
  /** Navigation to the scene's create() having run (ms). */
  ready: number;
  readyToFrame: number | null;
  /** 'webgl' or 'canvas', as the scene found its renderer. */
  renderer: string;
  canvas: Box;
}

/** In a fresh page, opens the bare Phaser page with a canvas of `size` (CSS px) and waits for its scene. */
export async function startBare(page: Page, url: string, size: { width: number; height: number }): Promise<BareStart> {
  await installProbe(page, [{ name: 'ready', match: 'body[data-ready]' }]);
  await page.goto(`${url}${BARE_PAGE}?w=${Math.round(size.width)}&h=${Math.round(size.height)}`);
  await waitForMark(page, 'ready', { timeout: READY_MS });
  // Give the loop a few frames, so that "the next frame" exists to be read.
  await page.waitForTimeout(500);
  const probe = await readProbe(page);
  const ready = probe.marks.ready!;
  const drawn = nextFrameEnd(mainLoop(probe.frames), ready);
  return {
    ready,
    readyToFrame: drawn === null ? null : drawn - ready,
    renderer: (await page.evaluate(() => document.body.dataset.renderer)) ?? 'unknown',
    canvas: await canvasBox(page, '#game canvas'),
  };
}

/**
 * Zooms in once over the canvas's centre, then drags back and forth across it for `ms` (every
 * pointer event keeps the map's idle loop awake), and returns the game loop's frames meanwhile.
 */
export async function panFrames(page: Page, box: Box, ms: number): Promise<LoopFrame[]> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = Math.min(160, box.width / 4);
  const dy = Math.min(90, box.height / 4);
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -360);
  await page.waitForTimeout(500);
  const from = await clearFrames(page);
  const end = Date.now() + ms;
  for (let dir = 1; Date.now() < end; dir = -dir) {
    await page.mouse.move(cx - dir * dx, cy - dir * dy);
    await page.mouse.down();
    await page.mouse.move(cx + dir * dx, cy + dir * dy, { steps: 20 });
    await page.mouse.up();
  }
  // The last drag may outlast the window on a slow page; both pages are timed over the same span.
  return mainLoop((await readProbe(page)).frames.filter((f) => f.s >= from && f.s < from + ms));
}

/** The JS heap in use (bytes) after a forced garbage collection. */
export async function heapUsed(page: Page): Promise<number> {
  await clearFrames(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Plays Preventive Diplomacy in a fresh page through the UI to its end screen, as the e2e test
 * does (which uses a 1920 x 1080 page), and returns the seconds it took.
 */
export async function playShortGame(page: Page, url: string): Promise<number> {
  await installProbe(page, []);
  const t0 = Date.now();
  await page.goto(`${url}?seed=11`);
  await startGame(page, { scenario: /^Preventive Diplomacy/, difficulty: 'Hard' });
  for (let i = 0; i < 6 && (await phase(page)) !== 'concluded'; i++) await playRound(page, { table: true });
  if ((await phase(page)) !== 'concluded') throw new Error('the game had not ended after 6 rounds');
  await page.getByRole('heading', { name: 'The conference has ended' }).waitFor({ timeout: READY_MS });
  return (Date.now() - t0) / 1000;
}

/**
 * Clicks countries on the map of a started game, in turn, and returns for each click the time
 * (ms) from the pointer's release to the end of the first animation frame after the dossier's
 * heading changed: the click answered on screen. The countries are found through the scene's
 * own `screenPointOf`, after resetting the view to the fitted one. With `rest`, the pointer
 * first rests on the country (as a hand's does before it presses); without it, the pointer
 * jumps there and presses at once, so the frame that answers also draws the hover outline.
 */
export async function clickToPaint(page: Page, box: Box, delegations: readonly string[], o: { rest?: boolean } = {}): Promise<number[]> {
  const out: number[] = [];
  // The fitted view (the map's '0' key), so that every country asked for is on screen.
  await page.locator('.map-stage canvas[role="application"]').focus();
  await page.keyboard.press('0');
  await page.waitForTimeout(500);
  for (const id of delegations) {
    const at = await page.evaluate((d) => window.cicaMap?.screenPointOf(d) ?? null, id);
    if (!at) throw new Error(`the map shows no point for ${id}`);
    // Strings, not functions: tsx's name helpers do not exist in the page. The watch is set
    // up before the click is sent, and read after.
    if (o.rest) {
      // A hand's pointer reaches the country before it presses: the hover outline is drawn
      // then, not in the frame that answers the click.
      await page.mouse.move(box.x + at[0], box.y + at[1]);
      await page.waitForTimeout(300);
    }
    await page.evaluate(`window.__clickTiming = ${CLICK_TIMING}; undefined`);
    await page.mouse.click(box.x + at[0], box.y + at[1]);
    out.push(await page.evaluate<number>('window.__clickTiming'));
    await page.waitForTimeout(300);
  }
  return out;
}

/** Resolves with pointer release to the frame after the dossier heading changed (see `clickToPaint`). */
const CLICK_TIMING = `new Promise((resolve, reject) => {
  const heading = () => document.querySelector('#dossier-heading')?.textContent ?? '';
  const before = heading();
  let up = -1;
  window.addEventListener('pointerup', (e) => { up = e.timeStamp; }, { capture: true, once: true });
  const timer = setTimeout(() => reject(new Error('the dossier did not change within 10 s of a click')), 10000);
  const watch = new MutationObserver(() => {
    if (heading() === before) return;
    watch.disconnect();
    // The rAF of the frame that shows the change runs before its paint; the next one after it.
    requestAnimationFrame(() => requestAnimationFrame((t) => {
      clearTimeout(timer);
      resolve(t - up);
    }));
  });
  watch.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;

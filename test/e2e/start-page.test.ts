/**
 * The start page carries no game: the rules engine (with Immer) and the phase machine (XState)
 * are fetched once the page is idle or a game begins. Read off the built files (what the entry
 * script imports, statically, all the way down) and seen in a browser that cannot fetch them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser';
import { builtApp } from './support/server';
import { useAppInBrowser } from './support/suite';

const app = useAppInBrowser();

/** Strings only the game's code holds, minified or not: XState's init event and Immer's errors. */
const GAME_MARKERS = ['xstate.init', '[Immer]'];

/** The chunks the entry script needs before it runs: its static imports, and theirs. */
function startChunks(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html names no entry script');
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, 'assets', file), 'utf8');
    // `import "./x.js"` and `from "./x.js"` are static; `import("./x.js")` is fetched later.
    for (const m of code.matchAll(/(?<![\w(])(?:from|import)\s*"\.\/([^"]+\.js)"/g)) todo.push(m[1]!);
  }
  return [...seen];
}

function gameChunks(dist: string): string[] {
  return readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !f.includes('worker')
    && GAME_MARKERS.some((marker) => readFileSync(join(dist, 'assets', f), 'utf8').includes(marker)));
}

describe('the start page', () => {
  it('loads none of the game code before it shows', async () => {
    const dist = await builtApp();
    const game = gameChunks(dist);
    // The markers must find the game somewhere, or the check below proves nothing.
    expect(game.length).toBeGreaterThan(0);
    expect(startChunks(dist).filter((f) => game.includes(f))).toEqual([]);
  }, 240_000);

  it('is shown and usable while the game code cannot be fetched, and says so when a game cannot begin', async () => {
    const dist = await builtApp();
    const game = gameChunks(dist);
    const { page } = await openPage(app.browser);
    await page.route((url) => game.some((f) => url.pathname.endsWith(`/assets/${f}`)), (route) => route.abort());
    await page.goto(`${app.served.url}?seed=5`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('radio', { name: /^Road to the Charter/ }).check();
    const begin = page.getByRole('button', { name: 'Begin the conference' });
    await begin.click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(), { timeout: 30_000 }).toBe(1);
    // Still the start page, its choices kept: nothing was lost.
    expect(await begin.isVisible()).toBe(true);
    await page.close();
  }, 240_000);
  it('leads a student who opens the classroom server\'s address to the form for the join code', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(app.served.url);
    await page.getByRole('link', { name: 'Join a class with a code' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join the conference' }).waitFor();
    await expect.poll(() => page.getByLabel('Join code').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

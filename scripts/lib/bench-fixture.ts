/**
 * The bare Phaser page the browser bench compares the map with (test/bench/fixtures), built
 * with Vite on its own, so that it never becomes an entry of the game's build.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** The folder holding the bench's fixture pages. */
export const FIXTURES = resolve(import.meta.dirname, '../../test/bench/fixtures');
/** The bare page's file name, in the fixtures folder and in the built folder alike. */
export const BARE_PAGE = 'bare-phaser.html';

/**
 * Builds the bare Phaser page into `outDir` (by default a temporary folder) with the same
 * target and minifier as the game, and returns the folder.
 */
export async function buildBareFixture(outDir = join(tmpdir(), 'cica-bench-bare')): Promise<string> {
  await build({
    root: FIXTURES,
    // The game's config would bring its own entry (index.html) and its test settings.
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: join(FIXTURES, BARE_PAGE) },
    },
  });
  if (!existsSync(join(outDir, BARE_PAGE))) throw new Error(`the build wrote no ${BARE_PAGE}`);
  return outDir;
}

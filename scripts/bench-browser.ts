/**
 * The browser section of `npm run bench` on its own: the built game against a bare Phaser
 * scene in one headless Chromium run (sizes, time to ready, frames while panning, click to
 * dossier painted, heap), without the engine, balance and server sections.
 * Usage: npx tsx scripts/bench-browser.ts [--json] [--no-game] [--profile DIR]
 *   --json        print the section's summary (the figures `npm run bench -- --json` reports)
 *   --no-game     skip playing the short scenario to its end (the slowest stage)
 *   --profile DIR also save CPU profiles of the map page's stages into DIR (figures run slower)
 */
import { benchBrowser } from './lib/bench-browser';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('usage: npx tsx scripts/bench-browser.ts [--json] [--no-game] [--profile DIR]\n');
  process.exit(0);
}
const at = argv.indexOf('--profile');
const profileDir = at >= 0 ? argv[at + 1] : undefined;
if (at >= 0 && !profileDir) {
  process.stderr.write('bench-browser: --profile takes a folder\n');
  process.exit(2);
}
const r = await benchBrowser({ game: !argv.includes('--no-game'), ...(profileDir ? { profileDir } : {}) });
process.stdout.write(argv.includes('--json') ? `${JSON.stringify({ summary: r.summary, lines: r.lines }, null, 2)}\n` : `${r.lines.join('\n')}\n`);

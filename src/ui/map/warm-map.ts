/**
 * Fetches and compiles the game's code (ui/game-loader.ts) and the map's (Phaser and the
 * scenes), and fetches and prepares the map's asset (scenes/asset-cache.ts), while the page is
 * idle on the start screen, so that "Begin" waits for none of them. The start page stays light: nothing here runs before the first paint, and nothing here is required — if the
 * warm-up has not finished, the game loads the same modules on demand.
 */
import { warmMapAsset } from '../../scenes/asset-cache';
import { loadGameChunk } from '../game-loader';

/** Time the start page is given to paint and settle before the warm-up begins. */
const SETTLE_MS = 400;

export function warmMapWhenIdle(): void {
  const start = () => {
    void loadGameChunk().catch(() => undefined);
    void import('../../scenes/create-game').catch(() => undefined);
    // The asset parsed and its outlines built now, not when the game begins.
    void warmMapAsset();
  };
  const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  setTimeout(() => (idle ? idle(start, { timeout: 2000 }) : start()), SETTLE_MS);
}

/**
 * Fetches and compiles the map's code (Phaser and the scenes) and fetches and prepares its
 * asset (scenes/asset-cache.ts) while the page is idle on the start screen, so that "Begin"
 * waits for neither. The start page itself stays
 * light: nothing here runs before the first paint, and nothing here is required — if the
 * warm-up has not finished, the game loads the same modules on demand.
 */
import { warmMapAsset } from '../../scenes/asset-cache';

/** Time the start page is given to paint and settle before the warm-up begins. */
const SETTLE_MS = 400;

export function warmMapWhenIdle(): void {
  const start = () => {
    void import('../../scenes/create-game').catch(() => undefined);
    // The asset parsed and its outlines built now, not when the game begins.
    void warmMapAsset();
  };
  const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  setTimeout(() => (idle ? idle(start, { timeout: 2000 }) : start()), SETTLE_MS);
}

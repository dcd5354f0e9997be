/**
 * The map asset fetched, checked and prepared (map/prepared.ts) ahead of the first game, while
 * the start page is idle (ui/map/warm-map.ts). Free of Phaser, so the start page can call it
 * without loading the map's code. The preloader takes the prepared map when it is there and
 * loads the asset itself when it is not (the warm-up has not finished, or it failed).
 */
import asiaUrl from '../../assets/map/asia.json?url';
import { parseMapAsset } from '../map/asset';
import { prepareMap, type PreparedMap } from '../map/prepared';

let ready: PreparedMap | null = null;
let pending: Promise<PreparedMap | null> | null = null;

/** Resolves on the next idle moment (or the next task where the browser has no idle callback). */
function nextIdle(): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  return new Promise((resolve) => (idle ? idle(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)));
}

/**
 * Fetches and prepares the map asset once; resolves with it, or with null when it cannot be
 * had (a later call tries again). Parsing and preparing run in separate idle moments, so that
 * neither holds a click on the start page for long.
 */
export function warmMapAsset(): Promise<PreparedMap | null> {
  pending ??= fetch(asiaUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json() as Promise<unknown>;
    })
    .then(async (json) => {
      await nextIdle();
      const parsed = parseMapAsset(json);
      if (!parsed.ok) throw new Error(parsed.error);
      await nextIdle();
      ready = prepareMap(parsed.value);
      return ready;
    })
    .catch(() => {
      pending = null;
      return null;
    });
  return pending;
}

/** The prepared map, if the warm-up has finished. */
export function warmedMap(): PreparedMap | null {
  return ready;
}

/**
 * The game's code is a chunk of its own (game-chunk.ts), so the start page shows without the
 * rules engine, the AI and the game screen. It is fetched while the start page is idle, before
 * the first render when a saved game must be replayed to be described, and at the latest when a
 * game begins; a fetch that fails (offline before the service worker cached it) may be retried.
 */
export type GameChunk = typeof import('./game-chunk');

let loaded: GameChunk | null = null;
let loading: Promise<GameChunk> | null = null;

/** Fetches the game's code (once; again after a failed fetch). */
export function loadGameChunk(): Promise<GameChunk> {
  loading ??= import('./game-chunk').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The game's code, if it has been fetched. */
export function gameChunk(): GameChunk | null {
  return loaded;
}

/**
 * Names shared by the scenes and the game around them: scene keys, cache keys and the events
 * the map scene emits on `scene.events`.
 */

/** Scene keys, one per scene class. */
export const SCENE_KEYS = { boot: 'boot', preloader: 'preloader', map: 'map' } as const;

/** Cache key of the map asset (JSON cache). */
export const MAP_ASSET_KEY = 'map.asia';

/** Events the map scene emits on its `events` emitter. */
export const MAP_EVENTS = {
  /** `(mapId: string | null, x: number, y: number)`: the country under the pointer (null over
   * the sea or when the pointer leaves), x and y in CSS pixels from the canvas's top left. */
  hover: 'country-hover',
  /** `(delegationId: string)`: the player clicked or tapped a delegation's country or marker. */
  select: 'country-select',
} as const;

/** Handler signatures of the map scene's events. */
export interface MapSceneEvents {
  'country-hover': (mapId: string | null, x: number, y: number) => void;
  'country-select': (delegationId: string) => void;
}

/** Emitted on `game.events` when the map scene has built itself (create-game waits for it). */
export const MAP_READY_EVENT = 'map-ready';
/** Emitted on `game.events` with a message when the map asset cannot be loaded or read. */
export const MAP_ERROR_EVENT = 'map-error';

/** Registry key holding the device pixel ratio the canvas renders at (see create-game.ts). */
export const PIXEL_RATIO_KEY = 'pixelRatio';
/** Registry key: true to turn off animated camera moves whatever the OS says. */
export const REDUCED_MOTION_KEY = 'reducedMotion';

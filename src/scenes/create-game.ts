/**
 * Creates the Phaser game that shows the map inside a page element.
 *
 * Crispness: Phaser 4 has no resolution setting, and its RESIZE scale mode sizes the canvas
 * in CSS pixels, which a devicePixelRatio 2 screen then blurs by stretching. So the game runs
 * in scale mode NONE and this module does RESIZE's job itself: a ResizeObserver on the parent
 * sizes the canvas to the parent's CSS size times the pixel ratio, and the scale manager's
 * zoom (1 / ratio) shows it at CSS size. Input maps through Phaser's display scale as usual;
 * the map scene multiplies its camera zoom by the ratio (stored in the registry).
 */
import * as Phaser from 'phaser';
import { warmedMap } from './asset-cache';
import { BootScene } from './boot-scene';
import { MAP_ERROR_EVENT, MAP_READY_EVENT, PIXEL_RATIO_KEY, REDUCED_MOTION_KEY } from './keys';
import { MapScene } from './map-scene';
import { PreloaderScene } from './preloader-scene';
import { MAP_COLORS } from '../map/palette';

/** Options beyond the parent element. */
export interface CreateMapGameOptions {
  /** Accessible name for the canvas (already translated). */
  readonly ariaLabel?: string;
  /** Force reduced motion; by default the OS setting (prefers-reduced-motion) decides. */
  readonly reducedMotion?: boolean;
  /** Cap on the pixel ratio, to bound GPU fill on very dense screens (default 2). */
  readonly maxPixelRatio?: number;
}

/** The game and its map scene, once the map is on screen. */
export interface MapGame {
  readonly game: Phaser.Game;
  readonly map: MapScene;
}

/**
 * Boots the game into `parent` (which should have a size; the canvas fills it and follows
 * its size) and resolves when the map scene is ready. Rejects if the map asset fails.
 * Destroy with `game.destroy(true)`; the resize observer stops with it.
 */
export function createMapGame(parent: HTMLElement, options: CreateMapGameOptions = {}): Promise<MapGame> {
  const maxRatio = options.maxPixelRatio ?? 2;
  const ratio = () => Math.max(1, Math.min(maxRatio, window.devicePixelRatio || 1));
  const cssSize = () => ({ width: Math.max(1, Math.round(parent.clientWidth)), height: Math.max(1, Math.round(parent.clientHeight)) });
  const initial = cssSize();
  const game = new Phaser.Game({
    // Canvas rendering is deprecated in Phaser 4.
    type: Phaser.WEBGL,
    parent,
    backgroundColor: MAP_COLORS.background,
    scale: {
      mode: Phaser.Scale.NONE,
      width: initial.width * ratio(),
      height: initial.height * ratio(),
      zoom: 1 / ratio(),
      expandParent: false,
    },
    // No multisampling of the canvas: everything but the hover outline reaches it as baked,
    // axis-aligned textures (supersampled when baked), so MSAA would smooth nothing, yet it
    // multiplies every frame's fill, and without a GPU (software WebGL) that fill is most of
    // a frame: a pan drew at a fifth of the display's rate with it.
    antialiasGL: false,
    // Keys come from the canvas element (see map-input.ts), never from the window.
    input: { keyboard: false, activePointers: 2, mouse: { preventDefaultWheel: true } },
    autoFocus: false,
    // The map makes no sound: no Web Audio context (about 180 ms of a start without a GPU).
    audio: { noAudio: true },
    banner: false,
    // With the asset prepared while the start page was idle there is nothing to load: the map
    // scene starts at once, two frames sooner than through the boot and preloader scenes.
    scene: warmedMap() ? [MapScene] : [BootScene, PreloaderScene, MapScene],
  });
  game.registry.set(PIXEL_RATIO_KEY, ratio());
  if (options.reducedMotion !== undefined) game.registry.set(REDUCED_MOTION_KEY, options.reducedMotion);

  const fit = () => {
    const r = ratio();
    const { width, height } = cssSize();
    if (!game.canvas) return;
    game.registry.set(PIXEL_RATIO_KEY, r);
    // The CSS size first: Phaser measures the canvas when it resizes, and input maps through
    // that measure (see map-input.ts, which does not rely on it all the same).
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
    if (game.scale.zoom !== 1 / r) game.scale.setZoom(1 / r);
    if (game.scale.width !== width * r || game.scale.height !== height * r) game.scale.resize(width * r, height * r);
    else game.scale.updateBounds();
  };
  const observer = new ResizeObserver(fit);
  observer.observe(parent);
  // Moving the window to a screen of another density changes the ratio but not the size.
  let density: MediaQueryList | null = null;
  const watchDensity = () => {
    density?.removeEventListener('change', onDensity);
    density = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    density.addEventListener('change', onDensity);
  };
  const onDensity = () => {
    fit();
    watchDensity();
  };
  watchDensity();
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    observer.disconnect();
    density?.removeEventListener('change', onDensity);
  });

  return new Promise((resolve, reject) => {
    game.events.once(Phaser.Core.Events.READY, () => {
      const canvas = game.canvas;
      // Focusable, so keyboard panning works once the player clicks or tabs to the map.
      canvas.tabIndex = 0;
      canvas.style.display = 'block';
      canvas.style.touchAction = 'none';
      if (options.ariaLabel) canvas.setAttribute('aria-label', options.ariaLabel);
      canvas.setAttribute('role', 'application');
      fit();
    });
    game.events.once(MAP_READY_EVENT, (map: MapScene) => resolve({ game, map }));
    game.events.once(MAP_ERROR_EVENT, (message: string) => reject(new Error(message)));
  });
}

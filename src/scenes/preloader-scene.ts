/**
 * Loads the map asset with a progress bar (unless the start page prepared it already, see
 * asset-cache.ts), checks it, and starts the map scene with it. A
 * missing or malformed asset is reported on `game.events` (MAP_ERROR_EVENT) for the page to
 * explain in the player's language; the canvas itself shows no text.
 */
import * as Phaser from 'phaser';
import asiaUrl from '../../assets/map/asia.json?url';
import { parseMapAsset } from '../map/asset';
import { warmedMap } from './asset-cache';
import { hexToInt, MAP_COLORS } from '../map/palette';
import { MAP_ASSET_KEY, MAP_ERROR_EVENT, PIXEL_RATIO_KEY, SCENE_KEYS } from './keys';
import type { MapSceneData } from './map-scene';

export class PreloaderScene extends Phaser.Scene {
  private loadError: string | null = null;

  constructor() {
    super(SCENE_KEYS.preloader);
  }

  preload(): void {
    // Prepared while the start page was idle: nothing to load.
    if (warmedMap()) return;
    const { width, height } = this.scale;
    const ratio = Number(this.registry.get(PIXEL_RATIO_KEY)) || 1;
    const barWidth = Math.min(width * 0.5, 360 * ratio);
    const barHeight = 8 * ratio;
    const color = hexToInt(MAP_COLORS.coast);
    this.cameras.main.setBackgroundColor(hexToInt(MAP_COLORS.sea));
    this.add.rectangle(width / 2, height / 2, barWidth + 4 * ratio, barHeight + 4 * ratio).setStrokeStyle(ratio, color);
    const bar = this.add.rectangle((width - barWidth) / 2, height / 2, 1, barHeight, color).setOrigin(0, 0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      bar.width = Math.max(1, barWidth * progress);
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, () => {
      this.loadError = `could not load ${asiaUrl}`;
    });
    this.load.json(MAP_ASSET_KEY, asiaUrl);
  }

  create(): void {
    const warmed = warmedMap();
    const result = warmed ? { ok: true as const, value: warmed.asset }
      : this.loadError === null ? parseMapAsset(this.cache.json.get(MAP_ASSET_KEY)) : { ok: false as const, error: this.loadError };
    if (!result.ok) {
      this.game.events.emit(MAP_ERROR_EVENT, result.error);
      return;
    }
    const data: MapSceneData = { asset: result.value };
    this.scene.start(SCENE_KEYS.map, data);
  }
}

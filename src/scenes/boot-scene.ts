/**
 * First scene: nothing to load before the preloader (its progress bar is drawn with shapes),
 * so it only hands over. Kept as its own scene, as in Phaser's template, so later boot-time
 * work (fonts, settings) has a place that runs before any asset loads.
 */
import * as Phaser from 'phaser';
import { SCENE_KEYS } from './keys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.boot);
  }

  create(): void {
    this.scene.start(SCENE_KEYS.preloader);
  }
}

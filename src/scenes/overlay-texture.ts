/**
 * The overlay (markers, flashpoints, corridors, labels) as one texture. Drawn live, its
 * Graphics would be tessellated again on every frame (a few thousand commands) and each label
 * would be a quad of its own texture; baked, a frame costs one textured quad. The texture
 * covers the view and a margin around it at device resolution, so a pan moves it with the map
 * and it is baked again only when the model or the zoom changes, or when the view leaves it.
 * (Phaser 4: a DynamicTexture paints only on `.render()`.)
 */
import * as Phaser from 'phaser';
import type { BBox } from '../map/geometry';

const KEY = 'map.overlay';
/** The margin baked around the view, per side, as a share of the view's size. */
const MARGIN = 0.5;
/** The texture's longest side cap, whatever the GPU allows beyond it. */
const MAX_SIDE = 4096;

/** A label as the bake needs it: its text object and its centre in map units. */
export interface BakedLabel {
  readonly text: Phaser.GameObjects.Text;
  readonly x: number;
  readonly y: number;
}

/** Owns the overlay texture and the image that shows it. */
export class OverlayTexture {
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly image: Phaser.GameObjects.Image;
  private box: BBox | null = null;
  private scale = 0;
  private wanted = true;

  constructor(private readonly scene: Phaser.Scene, depth: number) {
    if (scene.textures.exists(KEY)) scene.textures.remove(KEY);
    const texture = scene.textures.addDynamicTexture(KEY, 16, 16);
    if (!texture) throw new Error(`could not create the texture ${KEY}`);
    this.texture = texture;
    this.image = scene.add.image(0, 0, KEY).setOrigin(0, 0).setDepth(depth).setVisible(false);
  }

  /** Shows or hides the baked image (hidden while the detail texture carries the overlay). */
  show(on: boolean): void {
    this.wanted = on;
    this.image.setVisible(on && this.box !== null);
  }

  /** Whether the baked texture still covers `visible` (map units). */
  covers(visible: BBox): boolean {
    const b = this.box;
    return b !== null && b[0] <= visible[0] && b[1] <= visible[1] && b[2] >= visible[2] && b[3] >= visible[3];
  }

  /**
   * Bakes the graphics (drawn in map units) and labels around `visible` at `scale` texture
   * pixels per map unit (the zoom times the pixel ratio); labels keep `labelScale` texture
   * pixels per pixel of their own canvas.
   */
  bake(visible: BBox, scale: number, graphics: Phaser.GameObjects.Graphics, labels: readonly BakedLabel[], labelScale: number): void {
    const w = visible[2] - visible[0];
    const h = visible[3] - visible[1];
    const cap = Math.min(MAX_SIDE, this.maxTextureSize());
    // The margin shrinks where the cap would be passed (a dense screen at a large size).
    const fit = Math.min(MARGIN, Math.max(0, (cap / (w * scale) - 1) / 2), Math.max(0, (cap / (h * scale) - 1) / 2));
    const box: BBox = [visible[0] - w * fit, visible[1] - h * fit, visible[2] + w * fit, visible[3] + h * fit];
    const width = Math.min(cap, 2 * Math.max(1, Math.ceil(((box[2] - box[0]) * scale) / 2)));
    const height = Math.min(cap, 2 * Math.max(1, Math.ceil(((box[3] - box[1]) * scale) / 2)));
    if (this.texture.width !== width || this.texture.height !== height) this.texture.setSize(width, height);
    this.texture.clear();
    paintOverlay(this.texture, box, scale, graphics, labels, labelScale);
    this.texture.render();
    this.image.setTexture(KEY).setPosition(box[0], box[1]).setDisplaySize(width / scale, height / scale).setVisible(this.wanted);
    this.box = box;
    this.scale = scale;
  }

  destroy(): void {
    this.image.destroy();
    this.scene.textures.remove(KEY);
  }

  private maxTextureSize(): number {
    const renderer = this.scene.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    return typeof renderer.getMaxTextureSize === 'function' ? renderer.getMaxTextureSize() : 4096;
  }
}

/**
 * Draws the overlay's graphics (in map units) and labels into `texture`, whose top left is
 * `box`'s at `scale` texture pixels per map unit; labels take `labelScale` texture pixels per
 * pixel of their own canvas. The caller clears and renders the texture.
 */
export function paintOverlay(texture: Phaser.Textures.DynamicTexture, box: BBox, scale: number, graphics: Phaser.GameObjects.Graphics, labels: readonly BakedLabel[], labelScale: number): void {
  graphics.setScale(scale).setPosition(-box[0] * scale, -box[1] * scale);
  for (const l of labels) l.text.setScale(labelScale).setPosition((l.x - box[0]) * scale, (l.y - box[1]) * scale);
  texture.draw([graphics, ...labels.map((l) => l.text)]);
}

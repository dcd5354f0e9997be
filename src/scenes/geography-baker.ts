/**
 * Bakes the geography into textures so no frame ever re-tessellates tens of thousands of
 * vertices. A Phaser `Graphics` rebuilds its geometry every frame it is drawn, so the scene
 * never shows one: the baker fills Graphics objects that stay off the display list, draws
 * them into DynamicTextures (which in Phaser 4 only paint on `.render()`) and shows images.
 *
 * Two images: the base covers all the prepared geography at a fixed resolution and is baked
 * when the colours change; the detail covers exactly the viewport at device resolution times
 * a supersampling factor (framebuffers have no antialiasing, so it is drawn larger and
 * sampled down) and is rebaked when the view rests, with the overlay drawn into it. Between
 * the two the map stays crisp at any zoom on a devicePixelRatio 2 screen; at rest, and
 * while a pan stays within the detail's margin, a frame costs one textured quad.
 */
import * as Phaser from 'phaser';
import type { MapAsset } from '../map/asset';
import type { BBox } from '../map/geometry';
import type { FillPlan } from '../map/fills';
import type { Outlines } from '../map/outlines';
import { borderColor, hexToInt, MAP_COLORS } from '../map/palette';

/** Line widths in CSS pixels. */
const WIDTH = { coast: 0.9, border: 0.8, membership: 2.4, selection: 2.6, selectionHalo: 5 } as const;
/** The base texture's longest side: enough for the fitted view, modest in GPU memory. */
const BASE_MAX_SIDE = 3072;
/** The detail texture's longest side cap, whatever the GPU allows beyond it. */
const DETAIL_MAX_SIDE = 4096;
/** Supersampling of the detail texture (per axis) when the size cap allows it. */
const DETAIL_SUPERSAMPLE = 2;
/**
 * How far the zoom may move from the detail's own before the detail stops standing in: it
 * carries the overlay at its bake's zoom, so stretched further its markers and labels would
 * grow with the map (a focus from the fitted view to a small country zooms in sevenfold).
 */
export const DETAIL_STRETCH_MAX = 1.5;

/** Draws into a texture whose top left is `box`'s, at `scale` texture pixels per map unit. */
export type Painter = (texture: Phaser.Textures.DynamicTexture, box: BBox, scale: number) => void;

/** The part of the map a bake covers and at what scale. */
interface BakeWindow {
  readonly box: BBox;
  /** Texture pixels per map unit. */
  readonly scale: number;
  /** CSS pixels per map unit the lines are drawn for. */
  readonly cssZoom: number;
}

/** Owns the baked textures and their images. */
export class GeographyBaker {
  private readonly fills: Phaser.GameObjects.Graphics;
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly base: Phaser.Textures.DynamicTexture;
  private readonly baseImage: Phaser.GameObjects.Image;
  private readonly detail: Phaser.Textures.DynamicTexture;
  private readonly detailImage: Phaser.GameObjects.Image;
  private readonly baseScale: number;
  private plan: FillPlan | null = null;
  /** The box the detail texture shows, while it is current. */
  private detailBox: BBox | null = null;
  /** The CSS zoom the detail was baked at. */
  private detailZoom = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly asset: MapAsset,
    private readonly outlines: Outlines,
  ) {
    const [x0, y0, x1, y1] = asset.extent;
    const maxSide = Math.min(BASE_MAX_SIDE, this.maxTextureSize());
    this.baseScale = maxSide / Math.max(x1 - x0, y1 - y0);
    this.fills = new Phaser.GameObjects.Graphics(scene);
    this.lines = new Phaser.GameObjects.Graphics(scene);
    this.base = this.dynamicTexture('map.base', Math.ceil((x1 - x0) * this.baseScale), Math.ceil((y1 - y0) * this.baseScale));
    this.baseImage = scene.add.image(x0, y0, 'map.base').setOrigin(0, 0).setDisplaySize(x1 - x0, y1 - y0).setDepth(0);
    this.detail = this.dynamicTexture('map.detail', 16, 16);
    this.detailImage = scene.add.image(0, 0, 'map.detail').setOrigin(0, 0).setDepth(1).setVisible(false);
  }

  /** Rebakes the base with new colours; the detail follows at the next `bakeDetail`. */
  setPlan(plan: FillPlan, fittedZoom: number): void {
    this.plan = plan;
    const [x0, y0, x1, y1] = this.asset.extent;
    this.bake(this.base, { box: [x0, y0, x1, y1], scale: this.baseScale, cssZoom: fittedZoom });
    this.detailImage.setVisible(false);
    this.detailBox = null;
    this.baseImage.setVisible(true);
  }

  /**
   * Whether the detail texture covers `box` (map units) and, given `zoom` (CSS pixels per map
   * unit), was baked at a zoom within `DETAIL_STRETCH_MAX` of it.
   */
  detailCovers(box: BBox, zoom?: number): boolean {
    const d = this.detailBox;
    if (zoom !== undefined && !(Math.abs(Math.log(zoom / this.detailZoom)) <= Math.log(DETAIL_STRETCH_MAX))) return false;
    return d !== null && d[0] <= box[0] && d[1] <= box[1] && d[2] >= box[2] && d[3] >= box[3];
  }

  /**
   * Shows the detail alone where it covers the view (at a zoom near its own, when `zoom` is
   * given), and the base alone where it does not:
   * the detail carries the overlay too (see `bakeDetail`), which the base does not, so the
   * two never show together; and a full-screen layer nobody sees still costs its fill every
   * frame (software WebGL fills a frame's layers at a few tens of ms each).
   */
  showView(box: BBox, zoom?: number): boolean {
    const covered = this.detailCovers(box, zoom);
    this.baseImage.setVisible(!covered);
    this.detailImage.setVisible(covered);
    return covered;
  }

  /** Forgets the detail (its overlay is out of date); the base shows until the next `bakeDetail`. */
  dropDetail(): void {
    this.detailBox = null;
    this.detailImage.setVisible(false);
    this.baseImage.setVisible(true);
  }

  /**
   * Bakes the visible box at device resolution. `box` is the camera's view in map units,
   * `devicePixels` the canvas size and `cssZoom` the CSS pixels per map unit; `paint` draws
   * more (the overlay) over the geography, given the texture, its box and its scale.
   */
  bakeDetail(box: BBox, devicePixels: { width: number; height: number }, cssZoom: number, paint?: Painter): void {
    if (!this.plan) return;
    const cap = Math.min(DETAIL_MAX_SIDE, this.maxTextureSize());
    const supersample = Math.min(DETAIL_SUPERSAMPLE, cap / Math.max(devicePixels.width, devicePixels.height));
    // Even sizes, as DynamicTexture would round them, so the scale below is exact.
    const width = 2 * Math.max(1, Math.ceil((devicePixels.width * supersample) / 2));
    const height = 2 * Math.max(1, Math.ceil((devicePixels.height * supersample) / 2));
    if (this.detail.width !== width || this.detail.height !== height) this.detail.setSize(width, height);
    const scale = width / (box[2] - box[0]);
    this.bake(this.detail, { box, scale, cssZoom }, paint);
    this.detailImage.setTexture('map.detail').setPosition(box[0], box[1]).setDisplaySize(box[2] - box[0], box[3] - box[1]);
    this.detailBox = box;
    this.detailZoom = cssZoom;
  }

  /** Frees the textures (the scene's shutdown). */
  destroy(): void {
    this.fills.destroy();
    this.lines.destroy();
    this.baseImage.destroy();
    this.detailImage.destroy();
    this.scene.textures.remove('map.base');
    this.scene.textures.remove('map.detail');
  }

  private maxTextureSize(): number {
    const renderer = this.scene.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    return typeof renderer.getMaxTextureSize === 'function' ? renderer.getMaxTextureSize() : 4096;
  }

  private dynamicTexture(key: string, width: number, height: number): Phaser.Textures.DynamicTexture {
    if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    const texture = this.scene.textures.addDynamicTexture(key, width, height);
    if (!texture) throw new Error(`could not create the texture ${key}`);
    return texture;
  }

  private bake(texture: Phaser.Textures.DynamicTexture, w: BakeWindow, paint?: Painter): void {
    const plan = this.plan!;
    this.drawFills(plan);
    this.drawLines(plan, w.cssZoom);
    for (const g of [this.fills, this.lines]) g.setScale(w.scale).setPosition(-w.box[0] * w.scale, -w.box[1] * w.scale);
    const [ex0, ey0, ex1, ey1] = this.asset.extent;
    texture.clear();
    texture.fill(hexToInt(MAP_COLORS.background));
    texture.fill(hexToInt(MAP_COLORS.sea), 1, (ex0 - w.box[0]) * w.scale, (ey0 - w.box[1]) * w.scale, (ex1 - ex0) * w.scale, (ey1 - ey0) * w.scale);
    texture.draw([this.fills, this.lines]);
    paint?.(texture, w.box, w.scale);
    texture.render();
  }

  /** Country fills in the asset's painting order (enclaves after their hosts). */
  private drawFills(plan: FillPlan): void {
    const g = this.fills.clear();
    for (const country of this.asset.countries) {
      g.fillStyle(hexToInt(plan.fills.get(country.id) ?? MAP_COLORS.sea), 1);
      for (const ring of country.rings) {
        g.beginPath();
        g.moveTo(ring[0]!, ring[1]!);
        for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i]!, ring[i + 1]!);
        g.closePath();
        g.fillPath();
      }
    }
  }

  /** Coasts, borders, membership outlines and the selection, widths fixed in CSS pixels. */
  private drawLines(plan: FillPlan, cssZoom: number): void {
    this.lines.clear();
    const px = (css: number) => css / cssZoom;
    this.strokePolylines(this.outlines.coasts, px(WIDTH.coast), MAP_COLORS.coast);
    const byColor = new Map<string, number[][]>();
    for (const b of this.outlines.borders) {
      const color = borderColor(plan.fills.get(b.a) ?? MAP_COLORS.sea, plan.fills.get(b.b) ?? MAP_COLORS.sea);
      byColor.set(color, [...(byColor.get(color) ?? []), b.points]);
    }
    for (const [color, lines] of byColor) this.strokePolylines(lines, px(WIDTH.border), color);
    for (const o of plan.outlines) this.strokeCountry(o.mapId, px(WIDTH.membership), o.color);
    if (plan.selectedMapId !== null) {
      this.strokeCountry(plan.selectedMapId, px(WIDTH.selectionHalo), MAP_COLORS.selectionHalo);
      this.strokeCountry(plan.selectedMapId, px(WIDTH.selection), MAP_COLORS.selection);
    }
  }

  private strokePolylines(lines: readonly number[][], width: number, color: string): void {
    const g = this.lines;
    g.lineStyle(width, hexToInt(color), 1);
    for (const line of lines) {
      g.beginPath();
      g.moveTo(line[0]!, line[1]!);
      for (let i = 2; i < line.length; i += 2) g.lineTo(line[i]!, line[i + 1]!);
      g.strokePath();
    }
  }

  private strokeCountry(mapId: string, width: number, color: string): void {
    const country = this.asset.countries.find((c) => c.id === mapId);
    if (!country) return;
    const g = this.lines;
    g.lineStyle(width, hexToInt(color), 1);
    for (const ring of country.rings) {
      g.beginPath();
      g.moveTo(ring[0]!, ring[1]!);
      for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i]!, ring[i + 1]!);
      g.closePath();
      g.strokePath();
    }
  }
}

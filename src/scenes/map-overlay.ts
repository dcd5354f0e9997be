/**
 * The layer over the baked geography: markers for small and off-map states, flashpoints,
 * energy corridors and badges, the chair star, labels, and the hover outline. Everything but
 * the hover keeps its size on screen, so it is drawn when the zoom or the model changes and
 * baked into one texture (overlay-texture.ts); a frame only shows that texture.
 */
import * as Phaser from 'phaser';
import type { MapAsset, CountryShape } from '../map/asset';
import type { FillPlan } from '../map/fills';
import { placeLabels, placesBeside, wrapLabel, type LabelCandidate, type LabelObstacle, type LandAt } from '../map/labels';
import { STAGE_SYMBOLS } from '../map/legend';
import { MARKER_RADIUS_PX, type PlacedMarker } from '../map/markers';
import type { MapModel } from '../map/model';
import { dashPolyline, type OverlayPlan } from '../map/overlays';
import { CHAIR_COLOR, ENERGY_COLOR, hexToInt, MAP_COLORS, ROLE_COLORS, STAGE_COLORS } from '../map/palette';
import type { MapPoint } from '../map/projection';
import type { BBox } from '../map/geometry';
import { OverlayTexture, paintOverlay, type BakedLabel } from './overlay-texture';

const LABEL_FONT_PX = 12;
/** Gap between a country's anchor and the near edge of a label set beside it, in CSS px. */
const BESIDE_ANCHOR_PX = 4;
/** The selected country's label is placed before every other. */
const SELECTED_PRIORITY = 2e9;
/**
 * Labels are rasterised at this many times the pixel ratio: the detail texture, which carries
 * the overlay at rest, is supersampled twice per axis, so its labels are drawn at their own
 * resolution there, and the overlay texture samples them down by half.
 */
const LABEL_OVERSAMPLE = 2;
const STROKE_PX = 1.5;

/** What one redraw needs. */
export interface OverlayState {
  readonly model: MapModel;
  readonly plan: OverlayPlan;
  readonly fills: FillPlan;
  readonly markers: readonly PlacedMarker[];
  /** CSS pixels per map unit. */
  readonly zoom: number;
  readonly pixelRatio: number;
  /** The part of the map in view (map units): the bake covers it and a margin. */
  readonly visible: BBox;
  /** What lies at a map point, so labels keep off other countries. */
  readonly landAt: LandAt;
}

/** Draws and owns the overlay game objects. */
export class MapOverlay {
  private readonly hover: Phaser.GameObjects.Graphics;
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly labels = new Map<string, Phaser.GameObjects.Text>();
  private readonly shapes: ReadonlyMap<string, CountryShape>;
  private readonly baked: OverlayTexture;
  /** The labels shown, with their centres in map units. */
  private shown: BakedLabel[] = [];
  private hoverId: string | null = null;
  private state: OverlayState | null = null;
  /** Whether the overlay's own texture is on screen (not while the detail texture carries it). */
  private ownShown = true;
  /** Whether the overlay changed since its own texture was last baked. */
  private stale = false;
  /** Counts redraws, so that a texture that copied the overlay can tell it is out of date. */
  version = 0;

  constructor(private readonly scene: Phaser.Scene, asset: MapAsset) {
    this.shapes = new Map(asset.countries.map((c) => [c.id, c]));
    this.hover = scene.add.graphics().setDepth(2);
    // Off the display list: drawn into the overlay texture only.
    this.graphics = new Phaser.GameObjects.Graphics(scene);
    this.baked = new OverlayTexture(scene, 3);
  }

  /** After a pan: bakes again only if the view left the baked part of the map. */
  follow(visible: BBox): void {
    const state = this.state;
    if (!state) return;
    this.state = { ...state, visible };
    if (this.ownShown && !this.baked.covers(visible)) this.bake();
  }

  /**
   * Shows the overlay's own texture (true) or leaves the overlay to a texture that copied it
   * with `paintInto` (false): one full-view layer fewer to fill on every frame.
   */
  showOwn(on: boolean): void {
    if (on === this.ownShown) return;
    this.ownShown = on;
    const state = this.state;
    if (on && state && (this.stale || !this.baked.covers(state.visible))) this.bake();
    this.baked.show(on);
  }

  /** Draws the overlay into another texture whose top left is `box`'s at `scale` texture pixels per map unit. */
  paintInto(texture: Phaser.Textures.DynamicTexture, box: BBox, scale: number): void {
    const state = this.state;
    if (!state) return;
    paintOverlay(texture, box, scale, this.graphics, this.shown, scale / state.zoom);
  }

  /** Redraws markers and labels for a new model or zoom. */
  draw(state: OverlayState): void {
    this.state = state;
    const g = this.graphics.clear();
    const px = (css: number) => css / state.zoom;
    this.drawCorridors(g, state, px);
    this.drawMarkers(g, state, px);
    for (const b of state.plan.energyBadges) this.diamond(g, b.x, b.y, px(5), ENERGY_COLOR, px);
    for (const f of state.plan.flashpoints) this.flashpoint(g, f.x, f.y, f.flashpoint.stage, f.flashpoint.tension, px);
    if (state.plan.chair) this.star(g, state.plan.chair.x, state.plan.chair.y - px(14), px(9), px);
    this.drawLabels(state);
    this.version++;
    this.stale = true;
    if (this.ownShown) this.bake();
    this.setHover(this.hoverId);
  }

  private bake(): void {
    const state = this.state!;
    this.stale = false;
    // Labels are sized in CSS pixels: the pixel ratio in texture pixels (their canvases hold
    // twice that, sampled down here).
    this.baked.bake(state.visible, state.zoom * state.pixelRatio, this.graphics, this.shown, state.pixelRatio);
  }

  /** Outlines the hovered country (or rings its marker). */
  setHover(mapId: string | null): void {
    this.hoverId = mapId;
    const g = this.hover.clear();
    const state = this.state;
    if (mapId === null || !state) return;
    const px = (css: number) => css / state.zoom;
    const marker = state.markers.find((m) => m.mapId === mapId);
    g.lineStyle(px(2), hexToInt(MAP_COLORS.hover), 1);
    if (marker) {
      g.strokeCircle(marker.x, marker.y, px(MARKER_RADIUS_PX + 3));
      if (marker.kind === 'edge') return;
    }
    const shape = this.shapes.get(mapId);
    if (!shape) return;
    for (const ring of shape.rings) {
      g.beginPath();
      g.moveTo(ring[0]!, ring[1]!);
      for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i]!, ring[i + 1]!);
      g.closePath();
      g.strokePath();
    }
  }

  /** Removes every game object (the scene's shutdown). */
  destroy(): void {
    this.hover.destroy();
    this.graphics.destroy();
    this.baked.destroy();
    for (const t of this.labels.values()) t.destroy();
    this.labels.clear();
  }

  private drawCorridors(g: Phaser.GameObjects.Graphics, state: OverlayState, px: (css: number) => number): void {
    for (const c of state.plan.corridors) {
      const parts = c.built ? [c.points] : dashPolyline(c.points, px(9), px(6));
      // A dark casing under the colour keeps the line visible on any fill.
      for (const [width, color] of [[px(5), MAP_COLORS.markerStroke], [px(3), ENERGY_COLOR]] as const) {
        g.lineStyle(width, hexToInt(color), 1);
        for (const part of parts) this.polyline(g, part);
      }
    }
  }

  private drawMarkers(g: Phaser.GameObjects.Graphics, state: OverlayState, px: (css: number) => number): void {
    const selected = state.fills.selectedMapId;
    for (const m of state.markers) {
      const moved = Math.hypot(m.x - m.anchorX, m.y - m.anchorY) > px(2);
      if (moved) {
        g.lineStyle(px(1.2), hexToInt(MAP_COLORS.markerStroke), 0.8);
        g.lineBetween(m.anchorX, m.anchorY, m.x, m.y);
        g.fillStyle(hexToInt(MAP_COLORS.markerStroke), 1).fillCircle(m.anchorX, m.anchorY, px(1.6));
      }
      const fill = state.fills.fills.get(m.mapId) ?? ROLE_COLORS[m.role];
      if (m.mapId === selected) {
        g.fillStyle(hexToInt(MAP_COLORS.selectionHalo), 1).fillCircle(m.x, m.y, px(MARKER_RADIUS_PX + 3.5));
        g.fillStyle(hexToInt(MAP_COLORS.selection), 1).fillCircle(m.x, m.y, px(MARKER_RADIUS_PX + 2));
      }
      g.fillStyle(hexToInt(fill), 1).fillCircle(m.x, m.y, px(MARKER_RADIUS_PX));
      g.lineStyle(px(STROKE_PX), hexToInt(MAP_COLORS.markerStroke), 1).strokeCircle(m.x, m.y, px(MARKER_RADIUS_PX));
      if (m.kind === 'edge' && m.side) this.chevron(g, m.x, m.y, m.side, px);
    }
  }

  /** An arrowhead outside an edge marker, pointing the way the state lies. */
  private chevron(g: Phaser.GameObjects.Graphics, x: number, y: number, side: string, px: (css: number) => number): void {
    const [dx, dy] = side === 'east' ? [1, 0] : side === 'west' ? [-1, 0] : side === 'north' ? [0, -1] : [0, 1];
    const tip: MapPoint = [x + dx * px(MARKER_RADIUS_PX + 9), y + dy * px(MARKER_RADIUS_PX + 9)];
    const base = px(MARKER_RADIUS_PX + 3);
    const half = px(5);
    g.fillStyle(hexToInt(MAP_COLORS.markerStroke), 1);
    g.fillTriangle(tip[0], tip[1], x + dx * base - dy * half, y + dy * base + dx * half, x + dx * base + dy * half, y + dy * base - dx * half);
  }

  private flashpoint(g: Phaser.GameObjects.Graphics, x: number, y: number, stage: keyof typeof STAGE_SYMBOLS, tension: number, px: (css: number) => number): void {
    const r = px(6 + (Math.max(0, Math.min(100, tension)) / 100) * 3);
    const color = hexToInt(STAGE_COLORS[stage]);
    const stroke = hexToInt(MAP_COLORS.markerStroke);
    g.lineStyle(px(STROKE_PX), stroke, 1).fillStyle(color, 1);
    switch (STAGE_SYMBOLS[stage]) {
      case 'ring':
        g.strokeCircle(x, y, r + px(3.5));
        g.fillCircle(x, y, r).strokeCircle(x, y, r);
        break;
      case 'triangle': {
        const h = r * 1.35;
        const pts = [[x, y - h], [x + h * 0.95, y + h * 0.65], [x - h * 0.95, y + h * 0.65]] as const;
        g.fillTriangle(pts[0][0], pts[0][1], pts[1][0], pts[1][1], pts[2][0], pts[2][1]);
        g.strokeTriangle(pts[0][0], pts[0][1], pts[1][0], pts[1][1], pts[2][0], pts[2][1]);
        break;
      }
      case 'burst':
        this.starPath(g, x, y, 8, r * 1.5, r * 0.75);
        g.fillPath();
        g.strokePath();
        break;
      default:
        g.fillCircle(x, y, r).strokeCircle(x, y, r);
    }
  }

  private diamond(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, color: string, px: (css: number) => number): void {
    g.fillStyle(hexToInt(color), 1).lineStyle(px(STROKE_PX), hexToInt(MAP_COLORS.markerStroke), 1);
    g.beginPath();
    g.moveTo(x, y - r);
    g.lineTo(x + r, y);
    g.lineTo(x, y + r);
    g.lineTo(x - r, y);
    g.closePath();
    g.fillPath();
    g.strokePath();
  }

  private star(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, px: (css: number) => number): void {
    g.fillStyle(hexToInt(CHAIR_COLOR), 1).lineStyle(px(STROKE_PX), hexToInt(MAP_COLORS.markerStroke), 1);
    this.starPath(g, x, y, 5, r, r * 0.45);
    g.fillPath();
    g.strokePath();
  }

  private starPath(g: Phaser.GameObjects.Graphics, x: number, y: number, points: number, outer: number, inner: number): void {
    g.beginPath();
    for (let i = 0; i < points * 2; i++) {
      const radius = i % 2 === 0 ? outer : inner;
      const angle = -Math.PI / 2 + (i * Math.PI) / points;
      const px = x + Math.cos(angle) * radius;
      const py = y + Math.sin(angle) * radius;
      if (i === 0) g.moveTo(px, py);
      else g.lineTo(px, py);
    }
    g.closePath();
  }

  private polyline(g: Phaser.GameObjects.Graphics, points: readonly MapPoint[]): void {
    g.beginPath();
    g.moveTo(points[0]![0], points[0]![1]);
    for (let i = 1; i < points.length; i++) g.lineTo(points[i]![0], points[i]![1]);
    g.strokePath();
  }

  /**
   * Names of delegations, kept to those that fit without running across other countries (on
   * their anchor, else beside it: Israel's over the sea); microstate and edge labels sit beside
   * their markers, on the side that covers least land. The selected delegation is always named.
   */
  private drawLabels(state: OverlayState): void {
    const wanted = new Map<string, { text: string; x: number; y: number; room: number; priority: number; bold: boolean; marker: PlacedMarker | null; owner: string }>();
    const markerOf = new Map(state.markers.map((m) => [m.mapId, m]));
    for (const country of state.model.countries) {
      if (country.role === 'other' || country.delegationId === null) continue;
      const shape = this.shapes.get(country.mapId);
      const marker = markerOf.get(country.mapId) ?? null;
      const text = wrapLabel(country.label ?? country.name);
      const bold = country.role === 'member';
      if (marker) {
        wanted.set(country.delegationId, { text, x: marker.x, y: marker.y, room: Infinity, priority: marker.kind === 'edge' ? 1e9 : 0, bold, marker, owner: country.mapId });
      } else if (shape) {
        wanted.set(country.delegationId, { text, x: shape.anchor[0], y: shape.anchor[1], room: shape.bbox[2] - shape.bbox[0], priority: shape.area, bold, marker: null, owner: country.mapId });
      }
    }
    for (const [id, text] of this.labels) {
      if (!wanted.has(id)) {
        text.destroy();
        this.labels.delete(id);
      }
    }
    const candidates: LabelCandidate[] = [];
    for (const [id, w] of wanted) {
      const text = this.labelText(id, w.text, w.bold, state.pixelRatio * LABEL_OVERSAMPLE);
      text.setOrigin(0.5, 0.5);
      const size = { width: text.width, height: text.height };
      const selected = id === state.model.selected;
      const priority = selected ? SELECTED_PRIORITY : w.priority;
      if (w.marker) {
        const places = besideMarker(w.marker, size, state.zoom);
        candidates.push({ id, x: places[0]![0], y: places[0]![1], options: places.slice(1), ...size, roomWidth: Infinity, priority, always: true, owner: w.owner });
      } else {
        const options = placesBeside(w.x, w.y, size.width, size.height, state.zoom, BESIDE_ANCHOR_PX);
        candidates.push({ id, x: w.x, y: w.y, options, ...size, roomWidth: w.room, priority, owner: w.owner, required: selected });
      }
    }
    // Country labels keep off the symbols: markers, flashpoints, energy badges, the chair star.
    const plan = state.plan;
    const obstacles: LabelObstacle[] = [
      ...state.markers.map((m) => ({ x: m.x, y: m.y, radiusPx: MARKER_RADIUS_PX + 1 })),
      ...plan.flashpoints.map((f) => ({ x: f.x, y: f.y, radiusPx: 10 })),
      ...plan.energyBadges.map((b) => ({ x: b.x, y: b.y, radiusPx: 6 })),
      ...(plan.chair ? [{ x: plan.chair.x, y: plan.chair.y - 14 / state.zoom, radiusPx: 10 }] : []),
    ];
    const shown = placeLabels(candidates, state.zoom, state.landAt, obstacles);
    this.shown = [];
    for (const [id, text] of this.labels) {
      const at = shown.get(id);
      if (at) this.shown.push({ text, x: at[0], y: at[1] });
    }
  }

  /** The label's text object, created once; each change re-rasterises it, so only on a real change. */
  private labelText(id: string, content: string, bold: boolean, resolution: number): Phaser.GameObjects.Text {
    let text = this.labels.get(id);
    if (!text) {
      // Off the display list, like the graphics: labels are baked into the overlay texture.
      text = new Phaser.GameObjects.Text(this.scene, 0, 0, content, {
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        fontSize: `${LABEL_FONT_PX}px`,
        fontStyle: bold ? 'bold' : 'normal',
        color: MAP_COLORS.labelText,
        stroke: MAP_COLORS.labelHalo,
        strokeThickness: 3,
        align: 'center',
        resolution,
      });
      this.labels.set(id, text);
    }
    if (text.text !== content) text.setText(content);
    const fontStyle = bold ? 'bold' : 'normal';
    if (text.style.fontStyle !== fontStyle) text.setFontStyle(fontStyle);
    if (text.style.resolution !== resolution) text.setResolution(resolution);
    return text;
  }
}

/**
 * Where a marker's label may go, centres in map units, best first: right of the marker, then
 * left, above and below; an edge marker on the east side prefers its left (the map side).
 */
function besideMarker(m: PlacedMarker, size: { width: number; height: number }, zoom: number): Array<readonly [number, number]> {
  const dx = (MARKER_RADIUS_PX + 5 + size.width / 2) / zoom;
  const dy = (MARKER_RADIUS_PX + 3 + size.height / 2) / zoom;
  const right = [m.x + dx, m.y] as const;
  const left = [m.x - dx - 15 / zoom, m.y] as const;
  const above = [m.x, m.y - dy] as const;
  const below = [m.x, m.y + dy] as const;
  if (m.kind === 'edge' && m.side === 'east') return [left, above, below];
  if (m.kind === 'edge' && m.side === 'west') return [right, above, below];
  return [right, left, above, below];
}

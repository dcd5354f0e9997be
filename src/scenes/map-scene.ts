/**
 * The map of Asia. It draws a `MapModel` and reports what the player points at and clicks;
 * it decides nothing. API: `setModel(model)`, `focusDelegation(id)`, `setReducedMotion(flag)`,
 * and the events of `MAP_EVENTS` on `scene.events` ('country-hover', 'country-select').
 */
import * as Phaser from 'phaser';
import type { CountryShape, MapAsset } from '../map/asset';
import { planFills, type FillPlan } from '../map/fills';
import { hitTestCountry, type BBox, type HitCircle, type HitIndex } from '../map/geometry';
import { computeMarkers, layoutMarkers, markersAtZoom, type ClassifySpot, type MapMarker, type PlacedMarker } from '../map/markers';
import { EMPTY_MAP_MODEL, indexModel, type MapModel, type ModelIndex } from '../map/model';
import { planOverlays, type OverlayContext, type OverlayPlan } from '../map/overlays';
import { prepareMap } from '../map/prepared';
import { hexToInt, MAP_COLORS } from '../map/palette';
import { minimumTargets, pickAt } from '../map/picking';
import { createProjector, type MapPoint, type Projector } from '../map/projection';
import { clampView, fitView, fitZoom, lerpView, mapToScreen, panBy, screenToMap, viewForBox, zoomAt, type MapView, type ViewLimits, type Viewport } from '../map/view';
import { warmedMap } from './asset-cache';
import { GeographyBaker } from './geography-baker';
import { MAP_EVENTS, MAP_READY_EVENT, PIXEL_RATIO_KEY, REDUCED_MOTION_KEY, SCENE_KEYS } from './keys';
import { MapInput } from './map-input';
import { MapOverlay } from './map-overlay';
import { renderOnChange, type SteppedGame } from './render-on-change';
import { sleepWhenSettled, type SettledSleep } from './sleep-when-settled';

/** How long the view must rest before the sharp detail texture is rebaked. */
const DETAIL_DELAY_MS = 140;
/**
 * The detail texture's margin around the view, per side, as a share of the view's size: as
 * wide as the texture size cap allows at full supersampling, between these bounds. While a
 * pan stays within it a frame shows the detail alone (one textured quad).
 */
const DETAIL_MARGIN = { min: 0.25, max: 0.5 } as const;
/** Supersampling the detail keeps (see geography-baker.ts), for choosing its margin. */
const DETAIL_SUPERSAMPLE = 2;
/** After a drag, how long the view must rest before the detail is rebaked. */
const DRAG_REST_MS = 320;
/** How long a new model waits before its colours are baked (see `setModel`). */
const MODEL_BAKE_DELAY_MS = 80;
/** How long the scene waits for a first model before it bakes the empty one. */
const EMPTY_BAKE_DELAY_MS = 1500;
/** Duration of an animated focus. */
const FOCUS_MS = 650;
/** Data the preloader hands over. */
export interface MapSceneData {
  readonly asset: MapAsset;
}

/** The map scene (key 'map'); started by the preloader with the parsed asset, or first when the asset was prepared ahead. */
export class MapScene extends Phaser.Scene {
  private asset!: MapAsset;
  private projector!: Projector;
  private shapes!: ReadonlyMap<string, CountryShape>;
  private hitIndex!: HitIndex;
  private baker!: GeographyBaker;
  private overlay!: MapOverlay;
  private controls!: MapInput;
  private limits!: ViewLimits;
  private view: MapView = { centerX: 0, centerY: 0, zoom: 1 };
  private model: MapModel = EMPTY_MAP_MODEL;
  private index: ModelIndex = indexModel(EMPTY_MAP_MODEL);
  private fills: FillPlan | null = null;
  private markers: MapMarker[] = [];
  private placed: PlacedMarker[] = [];
  /** Minimum targets of small delegations at `placedZoom`. */
  private targets: HitCircle[] = [];
  private overlayPlan: OverlayPlan = { flashpoints: [], corridors: [], energyBadges: [], chair: null };
  private placedZoom = 1;
  private hoverId: string | null = null;
  private focusTween: Phaser.Tweens.Tween | null = null;
  private detailDue = -1;
  /** A model sent by `setModel`, and when it is to be applied. */
  private pendingModel: MapModel | null = null;
  private modelDue = -1;
  /** The overlay's version the detail texture carries. */
  private detailOverlay = -1;
  private baseDue = -1;
  private reducedMotionFlag: boolean | null = null;
  /** Counts what may have painted a texture or the hover outline (see `signature`). */
  private paints = 0;
  private settledSleep: SettledSleep | null = null;

  constructor() {
    super(SCENE_KEYS.map);
  }

  init(data: Partial<MapSceneData>): void {
    // Without data when it is the game's first scene: the start page prepared the asset (create-game.ts).
    const asset = data.asset ?? warmedMap()?.asset;
    if (!asset) throw new Error('the map scene was started without the map asset');
    this.asset = asset;
  }

  create(): void {
    const asset = this.asset;
    this.projector = createProjector(asset.projection);
    this.shapes = new Map(asset.countries.map((c) => [c.id, c]));
    // Built while the start page was idle when the warm-up got that far (asset-cache.ts).
    const prepared = prepareMap(asset);
    this.hitIndex = prepared.hitIndex;
    this.limits = { frame: [0, 0, asset.frame.width, asset.frame.height], extent: asset.extent, maxZoomFactor: 14 };
    this.cameras.main.setBackgroundColor(hexToInt(MAP_COLORS.background));
    this.baker = new GeographyBaker(this, asset, prepared.outlines);
    this.overlay = new MapOverlay(this, asset);
    this.controls = new MapInput(this, {
      pan: (dx, dy) => {
        // A drag hides the hover outline (redrawn each frame while shown) and the tooltip.
        if (this.hoverId !== null) this.hoverAt(null, null);
        this.setView(panBy(this.view, dx, dy));
      },
      zoomAt: (f, x, y) => this.setView(zoomAt(this.view, this.viewport(), f, x, y)),
      zoomCentre: (f) => this.setView({ ...this.view, zoom: this.view.zoom * f }),
      resetView: () => this.setView(fitView(this.viewport(), this.limits)),
      hover: (x, y) => this.hoverAt(x, y),
      leave: () => this.hoverAt(null, null),
      click: (x, y) => this.clickAt(x, y),
      interrupt: () => this.stopFocus(true),
    }, () => this.pixelRatio());
    this.view = fitView(this.viewport(), this.limits);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, this.onRestore, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.shutdown, this);
    // The game sends its model as soon as the scene is ready: bake the empty one only if none
    // comes, rather than baking a map that is thrown away a moment later.
    this.applyModel(EMPTY_MAP_MODEL, true, this.now() + EMPTY_BAKE_DELAY_MS);
    this.applyView(true);
    renderOnChange(this.game as unknown as SteppedGame, () => this.signature());
    this.settledSleep = sleepWhenSettled(this.game.loop, () => this.settling(), () => performance.now());
    this.game.events.on(Phaser.Core.Events.POST_STEP, this.afterStep, this);
    this.game.events.emit(MAP_READY_EVENT, this);
  }

  /** Shows a new model. Cheap when little changed: only changed layers are redrawn. */
  setModel(model: MapModel): void {
    // The first model is applied at once: until then the map knows no delegation.
    if (this.model === EMPTY_MAP_MODEL) {
      this.applyModel(model, false, this.now() + MODEL_BAKE_DELAY_MS);
      return;
    }
    // Applied a few frames later (see `update`): a click's panel (the dossier) paints first,
    // and software WebGL would otherwise hold that paint behind the map's redraw and bakes.
    // A model sent meanwhile replaces the one waiting.
    this.pendingModel = model;
    if (this.modelDue < 0) this.modelDue = this.now() + MODEL_BAKE_DELAY_MS;
  }

  /** Pans (and zooms in if needed) to show a delegation's country or marker. */
  focusDelegation(delegationId: string): void {
    const mapId = this.index.byDelegation.get(delegationId)?.mapId;
    if (mapId === undefined) return;
    const marker = this.placed.find((m) => m.mapId === mapId);
    const shape = this.shapes.get(mapId);
    // An off-map state is shown by its edge marker, with some of the map around it.
    let box: BBox | null = shape && marker?.kind !== 'edge' ? shape.bbox : null;
    if (!box && marker) box = [marker.x - 60, marker.y - 40, marker.x + 60, marker.y + 40];
    if (!box) return;
    const target = viewForBox(this.view, this.viewport(), box, this.limits);
    this.stopFocus();
    if (this.reducedMotion()) {
      this.setView(target);
      return;
    }
    const from = this.view;
    this.focusTween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: FOCUS_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => this.setView(lerpView(from, target, tween.getValue() ?? 1)),
      onComplete: () => this.landFocus(),
    });
  }

  /** Forces reduced motion on or off; null follows the OS setting. */
  setReducedMotion(flag: boolean | null): void {
    this.reducedMotionFlag = flag;
  }

  /** The current view (map centre and CSS pixels per map unit), for tests and the UI. */
  getView(): MapView {
    return this.view;
  }

  /** Screen position (CSS px from the canvas's top left) of a delegation's capital or marker. */
  screenPointOf(delegationId: string): MapPoint | null {
    const mapId = this.index.byDelegation.get(delegationId)?.mapId;
    const marker = this.placed.find((m) => m.mapId === mapId);
    const capital = this.model.capitals[delegationId];
    const at = marker ? ([marker.x, marker.y] as MapPoint) : capital ? this.projector.project(capital) : null;
    return at ? mapToScreen(this.view, this.viewport(), at[0], at[1]) : null;
  }

  override update(time: number): void {
    if (this.modelDue >= 0 && time >= this.modelDue && this.pendingModel) {
      const model = this.pendingModel;
      this.pendingModel = null;
      this.modelDue = -1;
      this.applyModel(model, false, time);
    }
    if (this.baseDue >= 0 && time >= this.baseDue && this.fills) {
      this.baseDue = -1;
      this.paints++;
      this.baker.setPlan(this.fills, fitZoom(this.viewport(), this.limits.frame));
      this.detailDue = time;
    }
    if (this.detailDue >= 0 && time >= this.detailDue && this.controls.pressing()) this.detailDue = time + DRAG_REST_MS;
    // Never mid-focus (a frame slower than the rest delay would bake at every step).
    if (this.focusTween && this.detailDue >= 0 && time >= this.detailDue) this.detailDue = time + DETAIL_DELAY_MS;
    if (this.detailDue >= 0 && time >= this.detailDue) {
      this.detailDue = -1;
      this.paints++;
      const cam = this.cameras.main;
      // A margin around the view: a pan then moves the sharp texture along and the base, a far
      // larger texture to sample, stays hidden until the pan passes the margin.
      const [x0, y0, x1, y1] = this.visibleBox();
      const cap = Math.min(4096, this.maxTextureSize());
      const roomy = (cap / (DETAIL_SUPERSAMPLE * Math.max(cam.width, cam.height)) - 1) / 2;
      const margin = Math.max(DETAIL_MARGIN.min, Math.min(DETAIL_MARGIN.max, roomy));
      const mx = (x1 - x0) * margin;
      const my = (y1 - y0) * margin;
      const grow = 1 + 2 * margin;
      this.detailOverlay = this.overlay.version;
      this.baker.bakeDetail([x0 - mx, y0 - my, x1 + mx, y1 + my], { width: cam.width * grow, height: cam.height * grow }, this.view.zoom, (t, box, scale) => this.overlay.paintInto(t, box, scale));
      this.showLayers();
    }
  }

  /**
   * Everything a frame would show: the camera, the canvas size, each object's place and
   * visibility, and a count of the paints into textures and the hover outline.
   */
  private signature(): string {
    const cam = this.cameras.main;
    const parts = [cam.scrollX, cam.scrollY, cam.zoom, cam.width, cam.height, this.scale.width, this.scale.height, this.paints];
    for (const o of this.children.list as unknown as Array<{ visible: boolean; x: number; y: number; scaleX: number; scaleY: number }>) parts.push(o.visible ? 1 : 0, o.x, o.y, o.scaleX, o.scaleY);
    return parts.join(',');
  }

  /** The detail (with the overlay in it) where it covers the view, else the base and the overlay's own texture. */
  private showLayers(): void {
    const box = this.visibleBox();
    // Past a modest zoom change the stretched detail would show its markers and labels at the
    // wrong size: the base and the overlay's own texture, redrawn at this zoom, show instead.
    // A focus flies with the base alone: the overlay's own texture, rebaked at every step, made
    // frames several times slower without a GPU; it shows again, sharp, on landing.
    const carried = this.baker.showView(box, this.view.zoom);
    this.overlay.showOwn(!carried && this.focusTween === null);
    this.overlay.follow(box);
  }

  /** Whether the map still moves or owes a bake: the game loop keeps running until it has settled. */
  private settling(): boolean {
    return this.focusTween !== null || this.detailDue >= 0 || this.modelDue >= 0 || this.baseDue >= 0;
  }

  private afterStep(): void {
    this.settledSleep?.afterStep();
  }

  private maxTextureSize(): number {
    const renderer = this.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    return typeof renderer.getMaxTextureSize === 'function' ? renderer.getMaxTextureSize() : 4096;
  }

  /**
   * The game loop's time, which `update` is given. Not the scene clock's: until the scene's
   * first update that still holds the time the game booted at, so a delay counted from it in
   * `create` was over at once (the empty model was baked, and thrown away, before the first one).
   */
  private now(): number {
    return this.game.loop.time;
  }

  private reducedMotion(): boolean {
    if (this.reducedMotionFlag !== null) return this.reducedMotionFlag;
    if (this.registry.get(REDUCED_MOTION_KEY) === true) return true;
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private pixelRatio(): number {
    const ratio = Number(this.registry.get(PIXEL_RATIO_KEY));
    return Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  }

  private viewport(): Viewport {
    const ratio = this.pixelRatio();
    return { width: this.scale.width / ratio, height: this.scale.height / ratio };
  }

  private visibleBox(): BBox {
    const vp = this.viewport();
    const [x0, y0] = screenToMap(this.view, vp, 0, 0);
    const [x1, y1] = screenToMap(this.view, vp, vp.width, vp.height);
    return [x0, y0, x1, y1];
  }

  private overlayContext(): OverlayContext {
    const edgeMarkers = new Map<string, MapPoint>();
    for (const m of this.markers) if (m.kind === 'edge') edgeMarkers.set(m.delegationId, [m.x, m.y]);
    return { projector: this.projector, shapes: this.shapes, index: this.index, capitals: this.model.capitals, edgeMarkers };
  }

  private applyModel(model: MapModel, force: boolean, bakeAt = 0): void {
    this.paints++;
    this.model = model;
    this.index = indexModel(model);
    const fills = planFills(model, this.index, this.asset.countries.map((c) => c.id));
    if (force || fills.key !== this.fills?.key) {
      // Baked on the next frame: a model sent right after another costs one bake, not two.
      this.fills = fills;
      this.baseDue = bakeAt;
    }
    const candidates = model.countries
      .filter((c) => c.delegationId !== null)
      .map((c) => ({ mapId: c.mapId, delegationId: c.delegationId!, role: c.role, capital: model.capitals[c.delegationId!] }));
    this.markers = computeMarkers(candidates, this.shapes, this.projector, this.asset.frame);
    this.overlayPlan = planOverlays(model, this.overlayContext());
    this.placeMarkers();
    this.drawOverlay();
    // The detail carries the old overlay: the base and the new overlay show until it is rebaked.
    if (this.detailOverlay !== this.overlay.version) {
      this.baker.dropDetail();
      this.showLayers();
      this.detailDue = this.now() + DETAIL_DELAY_MS;
    }
  }

  /** Lays out the markers this zoom needs, steering them off other delegations' land. */
  private placeMarkers(): void {
    this.placedZoom = this.view.zoom;
    const classify: ClassifySpot = (x, y, own) => {
      const id = hitTestCountry(this.hitIndex, x, y);
      if (id === null) return 'sea';
      if (id === own) return 'own';
      return this.delegationOf(id) !== null ? 'delegation' : 'context';
    };
    // Markers step aside from flashpoints, badges and the chair star rather than hide them.
    const plan = this.overlayPlan;
    const obstacles = [...plan.flashpoints, ...plan.energyBadges, ...(plan.chair ? [plan.chair] : [])];
    this.placed = layoutMarkers(markersAtZoom(this.markers, this.shapes, this.view.zoom), this.view.zoom, classify, obstacles);
    this.targets = minimumTargets(this.shapes.values(), this.view.zoom, (id) => this.delegationOf(id) !== null, this.placed);
  }

  private drawOverlay(): void {
    if (!this.fills) return;
    this.overlay.draw({
      model: this.model,
      plan: this.overlayPlan,
      fills: this.fills,
      markers: this.placed,
      zoom: this.view.zoom,
      pixelRatio: this.pixelRatio(),
      landAt: (x, y) => hitTestCountry(this.hitIndex, x, y),
      visible: this.visibleBox(),
    });
  }

  private setView(view: MapView): void {
    const previousZoom = this.view.zoom;
    this.view = view;
    this.applyView(false, previousZoom);
  }

  /**
   * Clamps the view, copies it to the camera (zoom times the pixel ratio: the canvas has device
   * pixels) and schedules the detail bake. Markers and labels follow only when the zoom moved.
   */
  private applyView(force: boolean, previousZoom = this.view.zoom): void {
    this.paints++;
    this.view = clampView(this.view, this.viewport(), this.limits);
    const cam = this.cameras.main;
    cam.setZoom(this.view.zoom * this.pixelRatio());
    cam.centerOn(this.view.centerX, this.view.centerY);
    // In a focus's flight markers and labels wait for the landing (`landFocus`): they are hidden
    // meanwhile, and laying them out at every step would slow the frames down.
    if (force || (this.view.zoom !== previousZoom && this.focusTween === null)) {
      // Markers keep their map position through small zoom steps: layout costs a few
      // thousand point tests, and a wheel spin fires many steps.
      if (force || Math.abs(Math.log(this.view.zoom / this.placedZoom)) > 0.03) this.placeMarkers();
      // The detail, stretched with the overlay in it, stands until it is rebaked at this zoom.
      this.drawOverlay();
    }
    this.showLayers();
    // While a finger or button is down the map keeps its textures: no bake between strokes.
    this.detailDue = this.now() + (this.controls?.pressing() ? DRAG_REST_MS : DETAIL_DELAY_MS);
  }

  private onResize(): void {
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    // The base's line widths suit the fitted zoom, which the size sets; rebake once the
    // resizing stops rather than on every step of a window drag.
    this.baseDue = this.now() + 200;
    this.applyView(true);
  }

  /** A restored WebGL context has lost the baked textures: bake them again, and draw. */
  private onRestore(): void {
    this.baseDue = this.now();
    this.applyView(true);
  }

  /** Stops a focus in flight; `land` lays the overlay out where it stopped (a drag or key took over). */
  private stopFocus(land = false): void {
    if (!this.focusTween) return;
    this.focusTween.stop();
    if (land) {
      this.landFocus();
      this.showLayers();
    } else {
      this.focusTween = null;
    }
  }

  /**
   * The end of a focus's flight: markers and labels laid out at the zoom it reached (skipped in
   * flight), and the sharp detail, which carries them, baked in this frame's `update` rather
   * than after the rest delay (tweens step before it); the overlay's own texture, slower to
   * bake than the detail without a GPU, is not shown meanwhile.
   */
  private landFocus(): void {
    this.focusTween = null;
    this.placeMarkers();
    this.drawOverlay();
    this.detailDue = this.now();
  }

  /** The delegation a map id stands for in the current model, if any. */
  private delegationOf(mapId: string | null): string | null {
    return mapId === null ? null : this.index.byMapId.get(mapId)?.delegationId ?? null;
  }

  private pick(x: number, y: number): string | null {
    const [mx, my] = screenToMap(this.view, this.viewport(), x, y);
    const selectable = (mapId: string) => this.delegationOf(mapId) !== null;
    // Targets are laid out per zoom step like the markers; their radius follows the zoom now.
    const scale = this.placedZoom / this.view.zoom;
    const targets = scale === 1 ? this.targets : this.targets.map((t) => ({ ...t, radius: t.radius * scale }));
    const areaOf = (mapId: string) => this.shapes.get(mapId)?.area ?? Infinity;
    return pickAt(this.hitIndex, this.placed, mx, my, this.view.zoom, selectable, targets, areaOf)?.mapId ?? null;
  }

  private hoverAt(x: number | null, y: number | null): void {
    const mapId = x === null || y === null ? null : this.pick(x, y);
    if (mapId !== this.hoverId) {
      this.paints++;
      this.hoverId = mapId;
      this.overlay.setHover(mapId);
      this.game.canvas.style.cursor = this.delegationOf(mapId) !== null ? 'pointer' : '';
    }
    // Off the canvas there is no position: -1, -1 tells the UI to hide its tooltip.
    this.events.emit(MAP_EVENTS.hover, mapId, x ?? -1, y ?? -1);
  }

  private clickAt(x: number, y: number): void {
    const delegationId = this.delegationOf(this.pick(x, y));
    if (delegationId !== null) this.events.emit(MAP_EVENTS.select, delegationId);
  }

  private shutdown(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, this.onRestore, this);
    this.game.events.off(Phaser.Core.Events.POST_STEP, this.afterStep, this);
    this.settledSleep?.dispose();
    this.settledSleep = null;
    this.stopFocus();
    this.controls.destroy();
    this.overlay.destroy();
    this.baker.destroy();
  }
}

/**
 * Pointer and keyboard handling for the map: drag to pan, wheel and pinch to zoom, tap or
 * click to select, hover to point; arrow keys pan and +/- zoom. One scene-level handler for
 * all of it (no per-country interactive objects): the scene hit-tests in pure code.
 *
 * Keys are read from the canvas element itself, not from Phaser's keyboard plugin (which
 * listens on the window): the map only reacts while the canvas has focus, so the HTML panels
 * around it keep their keys.
 */
import * as Phaser from 'phaser';

/** Pixels a press may move and still count as a click rather than a drag. */
const CLICK_SLOP_PX = 5;
/** Arrow-key pan step in CSS pixels (Shift for three times as far). */
const KEY_PAN_PX = 80;
/** Zoom factor per +/- key press. */
const KEY_ZOOM = 1.35;

/** What the input asks of the scene; positions are CSS pixels from the canvas's top left. */
export interface MapInputHandlers {
  pan(dx: number, dy: number): void;
  zoomAt(factor: number, x: number, y: number): void;
  /** Zoom about the viewport's centre (keyboard). */
  zoomCentre(factor: number): void;
  resetView(): void;
  hover(x: number, y: number): void;
  leave(): void;
  click(x: number, y: number): void;
  /** Any user gesture that moves the view cancels an animated focus. */
  interrupt(): void;
}

interface Press {
  x: number;
  y: number;
  startX: number;
  startY: number;
}

/** Wires the handlers to a scene's input and canvas; `destroy` removes every listener. */
export class MapInput {
  private readonly presses = new Map<number, Press>();
  private dragged = false;
  private readonly canvas: HTMLCanvasElement;
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor(private readonly scene: Phaser.Scene, private readonly handlers: MapInputHandlers, private readonly pixelRatio: () => number) {
    const input = scene.input;
    // A second touch pointer for pinching (Phaser keeps one by default).
    if (input.manager.pointersTotal < 3) input.addPointer(1);
    input.on(Phaser.Input.Events.POINTER_DOWN, this.down, this);
    input.on(Phaser.Input.Events.POINTER_MOVE, this.move, this);
    input.on(Phaser.Input.Events.POINTER_UP, this.up, this);
    input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.up, this);
    input.on(Phaser.Input.Events.POINTER_WHEEL, this.wheel, this);
    input.on(Phaser.Input.Events.GAME_OUT, this.out, this);
    this.canvas = scene.game.canvas;
    this.canvas.addEventListener('keydown', this.onKey);
  }

  /** Whether a pointer is pressed on the map (a drag or pinch may be under way). */
  pressing(): boolean {
    return this.presses.size > 0;
  }

  destroy(): void {
    const input = this.scene.input;
    input.off(Phaser.Input.Events.POINTER_DOWN, this.down, this);
    input.off(Phaser.Input.Events.POINTER_MOVE, this.move, this);
    input.off(Phaser.Input.Events.POINTER_UP, this.up, this);
    input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.up, this);
    input.off(Phaser.Input.Events.POINTER_WHEEL, this.wheel, this);
    input.off(Phaser.Input.Events.GAME_OUT, this.out, this);
    this.canvas.removeEventListener('keydown', this.onKey);
  }

  /**
   * Pointer position in CSS pixels from the canvas's top left, read from the DOM event against
   * the canvas's box as it is now. Phaser's own x and y go through bounds it caches: after a
   * resize, a larger font or a language switch moves or resizes the canvas, they point at
   * another country until something makes Phaser measure again.
   */
  private css(pointer: Phaser.Input.Pointer): [number, number] {
    const client = clientPoint(pointer);
    if (client) {
      const rect = this.canvas.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0) return [client.clientX - rect.left, client.clientY - rect.top];
    }
    const ratio = this.pixelRatio();
    return [pointer.x / ratio, pointer.y / ratio];
  }

  private down(pointer: Phaser.Input.Pointer): void {
    // Phaser prevents the default of mousedown, which would have focused the canvas.
    this.canvas.focus({ preventScroll: true });
    const [x, y] = this.css(pointer);
    this.presses.set(pointer.id, { x, y, startX: x, startY: y });
    if (this.presses.size === 1) this.dragged = false;
    else this.dragged = true;
  }

  private move(pointer: Phaser.Input.Pointer): void {
    const [x, y] = this.css(pointer);
    const press = this.presses.get(pointer.id);
    if (!press || !pointer.isDown) {
      if (this.presses.size === 0 && !pointer.wasTouch) this.handlers.hover(x, y);
      return;
    }
    if (this.presses.size >= 2) {
      this.pinch(pointer.id, x, y);
      return;
    }
    if (!this.dragged && Math.hypot(x - press.startX, y - press.startY) > CLICK_SLOP_PX) {
      this.dragged = true;
      this.handlers.interrupt();
    }
    if (this.dragged) this.handlers.pan(x - press.x, y - press.y);
    press.x = x;
    press.y = y;
  }

  /** Two fingers: zoom by the change in their distance, pan by the move of their midpoint. */
  private pinch(id: number, x: number, y: number): void {
    const [a, b] = [...this.presses.entries()];
    if (!a || !b) return;
    const before = { ax: a[1].x, ay: a[1].y, bx: b[1].x, by: b[1].y };
    const press = this.presses.get(id)!;
    press.x = x;
    press.y = y;
    const after = { ax: a[1].x, ay: a[1].y, bx: b[1].x, by: b[1].y };
    const d0 = Math.hypot(before.bx - before.ax, before.by - before.ay);
    const d1 = Math.hypot(after.bx - after.ax, after.by - after.ay);
    const mx0 = (before.ax + before.bx) / 2;
    const my0 = (before.ay + before.by) / 2;
    const mx1 = (after.ax + after.bx) / 2;
    const my1 = (after.ay + after.by) / 2;
    this.handlers.interrupt();
    if (d0 > 0 && d1 > 0) this.handlers.zoomAt(d1 / d0, mx0, my0);
    this.handlers.pan(mx1 - mx0, my1 - my0);
  }

  private up(pointer: Phaser.Input.Pointer): void {
    const press = this.presses.get(pointer.id);
    this.presses.delete(pointer.id);
    if (!press) return;
    if (!this.dragged && this.presses.size === 0) this.handlers.click(press.startX, press.startY);
  }

  private wheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    const [x, y] = this.css(pointer);
    this.handlers.interrupt();
    // Exponential in the wheel delta, so trackpads (small deltas) and wheels feel alike.
    this.handlers.zoomAt(Math.exp(-dy * 0.0015), x, y);
  }

  private out(): void {
    this.handlers.leave();
  }

  private key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = KEY_PAN_PX * (event.shiftKey ? 3 : 1);
    const h = this.handlers;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => h.pan(step, 0),
      ArrowRight: () => h.pan(-step, 0),
      ArrowUp: () => h.pan(0, step),
      ArrowDown: () => h.pan(0, -step),
      '+': () => h.zoomCentre(KEY_ZOOM),
      '=': () => h.zoomCentre(KEY_ZOOM),
      '-': () => h.zoomCentre(1 / KEY_ZOOM),
      _: () => h.zoomCentre(1 / KEY_ZOOM),
      '0': () => h.resetView(),
    };
    const action = actions[event.key];
    if (!action) return;
    h.interrupt();
    action();
    // Only keys the map used: Tab and everything else still reach the page.
    event.preventDefault();
  }
}

/** The client coordinates of the DOM event behind a pointer (the touch that is this pointer's). */
function clientPoint(pointer: Phaser.Input.Pointer): { clientX: number; clientY: number } | null {
  const event = pointer.event as MouseEvent | TouchEvent | undefined;
  if (!event) return null;
  if ('clientX' in event && typeof event.clientX === 'number') return event;
  if ('changedTouches' in event) {
    for (const touch of Array.from(event.changedTouches)) if (touch.identifier === pointer.identifier) return touch;
  }
  return null;
}

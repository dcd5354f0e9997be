/**
 * Lets the map's render loop sleep when nothing on it changes. Phaser redraws every frame; on a
 * machine without a GPU (software WebGL) each frame can take a tenth of a second, which starves
 * the panels and the AI turns. The loop wakes on any pointer, wheel, key or focus event on the
 * map, on a resize and on every new model, and sleeps again after a quiet spell. While AI
 * delegations act it is held asleep.
 */
import type { MapGame } from '../../scenes/create-game';

/** Quiet time before the loop sleeps: longer than the map's animated focus and detail bake. */
export const IDLE_MS = 1500;
/** Frames enough to show a new model (the map rebakes its detail 140 ms after a change). */
export const REDRAW_MS = 500;

const WAKING_EVENTS = ['pointermove', 'pointerdown', 'pointerenter', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

export interface IdleLoop {
  /** Something changed: draw for a while (`ms`, by default the full quiet spell). */
  poke(ms?: number): void;
  /** Holds the loop asleep (true) or lets it run again (false). */
  hold(on: boolean): void;
  dispose(): void;
}

export function idleLoop(game: MapGame['game'], host: HTMLElement, idleMs = IDLE_MS): IdleLoop {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let held = false;
  /** A wake-up asked for while held, granted on release. */
  let owed = false;
  const loop = game.loop;
  const sleep = () => {
    timer = null;
    if (loop.running) loop.sleep();
  };
  let until = 0;
  const poke = (ms: number = idleMs) => {
    if (held) {
      owed = true;
      return;
    }
    if (!loop.running) loop.wake(true);
    // A short poke never cuts a longer spell short (a drag in progress keeps its frames).
    const end = Date.now() + ms;
    if (timer && end <= until) return;
    if (timer) clearTimeout(timer);
    until = end;
    timer = setTimeout(sleep, ms);
  };
  const onEvent = () => poke();
  for (const e of WAKING_EVENTS) host.addEventListener(e, onEvent, { passive: true, capture: true });
  window.addEventListener('resize', onEvent);
  // A resized canvas is blank until the next frame draws it.
  const resized = new ResizeObserver(onEvent);
  resized.observe(host);
  poke();
  return {
    poke,
    hold(on) {
      held = on;
      if (on) {
        if (timer) clearTimeout(timer);
        timer = null;
        if (loop.running) loop.sleep();
      } else if (owed) {
        owed = false;
        poke();
      }
    },
    dispose() {
      if (timer) clearTimeout(timer);
      for (const e of WAKING_EVENTS) host.removeEventListener(e, onEvent, { capture: true });
      window.removeEventListener('resize', onEvent);
      resized.disconnect();
      if (!loop.running) loop.wake(true);
    },
  };
}

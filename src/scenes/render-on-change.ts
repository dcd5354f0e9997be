/**
 * Lets a game draw a frame only when what it shows changed. Phaser renders every frame it
 * steps; without a GPU each rendered frame costs the compositor a read-back of the whole
 * canvas, tens of milliseconds in which the page cannot paint (a click's dossier waits behind
 * it). A canvas left undrawn keeps showing its last frame, so a step whose `signature` (a
 * string naming everything the frame would show) did not change updates the scenes and skips
 * the drawing. The step copies `Phaser.Game#step`, with the drawing made conditional.
 * (No Phaser import: the event names are Phaser.Core.Events' values, and tests drive a fake.)
 */

/** Frames drawn after each change (one more than needed, in case a texture lands late). */
export const FRAMES_PER_CHANGE = 2;

/** What the step uses of a `Phaser.Game`, some of which Phaser's types leave out. */
export interface SteppedGame {
  loop: { callback: (time: number, delta: number) => void };
  events: { emit(event: string, ...args: unknown[]): unknown };
  renderer: { preRender(): void; postRender(): void };
  scene: { update(time: number, delta: number): void; render(renderer: unknown): void; isProcessing: boolean };
  pendingDestroy: boolean;
  isPaused: boolean;
  step(time: number, delta: number): void;
}

/** Replaces the game loop's step with one that draws only when `signature()` changed. */
export function renderOnChange(game: SteppedGame, signature: () => string): void {
  let last: string | null = null;
  let owed = 0;
  const events = game.events;
  game.loop.callback = (time: number, delta: number) => {
    // Destroying and pausing stay Phaser's own business.
    if (game.pendingDestroy || game.isPaused) {
      game.step(time, delta);
      return;
    }
    events.emit('prestep', time, delta);
    events.emit('step', time, delta);
    game.scene.update(time, delta);
    events.emit('poststep', time, delta);
    const now = signature();
    if (now !== last) {
      last = now;
      owed = FRAMES_PER_CHANGE;
    }
    if (owed > 0) {
      owed--;
      const renderer = game.renderer;
      renderer.preRender();
      events.emit('prerender', renderer, time, delta);
      game.scene.render(renderer);
      renderer.postRender();
      events.emit('postrender', renderer, time, delta);
    } else {
      game.scene.isProcessing = false;
    }
  };
}

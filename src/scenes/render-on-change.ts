/**
 * Lets a game draw a frame only when what it shows changed. Phaser renders every frame it
 * steps; without a GPU each rendered frame costs the compositor a read-back of the whole
 * canvas, tens of milliseconds in which the page cannot paint (a click's dossier waits behind
 * it). A canvas left undrawn keeps showing its last frame, so a step whose `signature` (a
 * string naming everything the frame would show) did not change updates the scenes and skips
 * the drawing. The step copies `Phaser.Game#step`, with the drawing made conditional.
 */
import * as Phaser from 'phaser';

/** Frames drawn after each change (one more than needed, in case a texture lands late). */
const FRAMES_PER_CHANGE = 2;

/** What the step reads of the game that Phaser's types leave out. */
interface GameInternals {
  pendingDestroy: boolean;
  isPaused: boolean;
  scene: { update(time: number, delta: number): void; render(renderer: unknown): void; isProcessing: boolean };
}

export function renderOnChange(game: Phaser.Game, signature: () => string): void {
  const inside = game as unknown as GameInternals;
  let last = '';
  let owed = 0;
  const events = game.events;
  game.loop.callback = (time: number, delta: number) => {
    if (inside.pendingDestroy || inside.isPaused) {
      game.step(time, delta);
      return;
    }
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    inside.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    const now = signature();
    if (now !== last) {
      last = now;
      owed = FRAMES_PER_CHANGE;
    }
    if (owed > 0) {
      owed--;
      const renderer = game.renderer;
      renderer.preRender();
      events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
      inside.scene.render(renderer);
      renderer.postRender();
      events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
    } else {
      inside.scene.isProcessing = false;
    }
  };
}

/**
 * Lets the game loop go to sleep only once the map has settled. The page sends the loop to
 * sleep after a quiet spell counted on the wall clock (src/ui/map/idle-loop.ts); without a GPU
 * a focus's frames can take so long that the spell ends mid-animation, and the map then stood
 * still half-way, showing a texture stretched for another zoom, until the next pointer move.
 * So a sleep asked for while the map still moves or owes a bake waits until it has settled
 * (for a couple of frames, so that the last bake is drawn), or at most `MAX_DEFER_MS`.
 * (No Phaser import: tests drive a fake loop.)
 */
import { FRAMES_PER_CHANGE } from './render-on-change';

/** The longest a sleep waits for the map to settle. */
export const MAX_DEFER_MS = 2500;

/** What this uses of Phaser's `TimeStep`. */
export interface SleepyLoop {
  running: boolean;
  sleep(): void;
  wake(seamless?: boolean): void;
}

/** Handle on the wrapped loop. */
export interface SettledSleep {
  /** Call after every step: sleeps, if a sleep is owed and the map has settled. */
  afterStep(): void;
  /** Gives the loop its own `sleep` and `wake` back. */
  dispose(): void;
}

/** Wraps `loop.sleep` so that it waits while `settling()` says the map still moves or owes a bake. */
export function sleepWhenSettled(loop: SleepyLoop, settling: () => boolean, now: () => number, maxDeferMs = MAX_DEFER_MS): SettledSleep {
  // Own properties shadow the prototype's methods; deleting them restores those.
  const ownSleep = Object.prototype.hasOwnProperty.call(loop, 'sleep') ? loop.sleep : null;
  const ownWake = Object.prototype.hasOwnProperty.call(loop, 'wake') ? loop.wake : null;
  const sleep = loop.sleep.bind(loop);
  const wake = loop.wake.bind(loop);
  /** When the owed sleep was asked for, or -1. */
  let owedSince = -1;
  let calm = 0;
  loop.sleep = () => {
    if (loop.running && settling()) {
      if (owedSince < 0) owedSince = now();
      calm = 0;
      return;
    }
    owedSince = -1;
    sleep();
  };
  loop.wake = (seamless?: boolean) => {
    owedSince = -1;
    wake(seamless);
  };
  return {
    afterStep() {
      if (owedSince < 0) return;
      calm = settling() ? 0 : calm + 1;
      if (calm >= FRAMES_PER_CHANGE || now() - owedSince >= maxDeferMs) {
        owedSince = -1;
        sleep();
      }
    },
    dispose() {
      const l = loop as unknown as Record<string, unknown>;
      if (ownSleep) loop.sleep = ownSleep;
      else delete l.sleep;
      if (ownWake) loop.wake = ownWake;
      else delete l.wake;
    },
  };
}

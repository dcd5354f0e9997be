import { describe, expect, it } from 'vitest';
import { FRAMES_PER_CHANGE } from '../../src/scenes/render-on-change';
import { MAX_DEFER_MS, sleepWhenSettled, type SleepyLoop } from '../../src/scenes/sleep-when-settled';

/** A loop that only records whether it runs. */
class FakeLoop implements SleepyLoop {
  running = true;
  sleep(): void {
    this.running = false;
  }
  wake(): void {
    this.running = true;
  }
}

function setup() {
  const loop = new FakeLoop();
  const state = { settling: false, now: 0 };
  const handle = sleepWhenSettled(loop, () => state.settling, () => state.now);
  const frames = (n: number) => {
    for (let i = 0; i < n; i++) {
      state.now += 16;
      handle.afterStep();
    }
  };
  return { loop, state, handle, frames };
}

describe('sleepWhenSettled', () => {
  it('sleeps at once when the map has settled', () => {
    const { loop } = setup();
    loop.sleep();
    expect(loop.running).toBe(false);
  });

  it('keeps a focus in flight running past a sleep, and sleeps once it has settled for a couple of frames', () => {
    const { loop, state, frames } = setup();
    state.settling = true;
    loop.sleep();
    frames(10);
    expect(loop.running).toBe(true);
    state.settling = false;
    frames(FRAMES_PER_CHANGE - 1);
    expect(loop.running).toBe(true);
    frames(1);
    expect(loop.running).toBe(false);
  });

  it('sleeps after the longest deferral even if the map never settles', () => {
    const { loop, state, frames } = setup();
    state.settling = true;
    loop.sleep();
    frames(Math.floor(MAX_DEFER_MS / 16) - 1);
    expect(loop.running).toBe(true);
    frames(2);
    expect(loop.running).toBe(false);
  });

  it('forgets an owed sleep when the loop is woken again', () => {
    const { loop, state, frames } = setup();
    state.settling = true;
    loop.sleep();
    loop.wake();
    state.settling = false;
    frames(5);
    expect(loop.running).toBe(true);
  });

  it("gives the loop its own methods back on dispose", () => {
    const { loop, state, handle } = setup();
    handle.dispose();
    state.settling = true;
    loop.sleep();
    expect(loop.running).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(loop, 'sleep')).toBe(false);
  });
});

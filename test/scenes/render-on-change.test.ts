import { describe, expect, it } from 'vitest';
import { FRAMES_PER_CHANGE, renderOnChange, type SteppedGame } from '../../src/scenes/render-on-change';

/** A game whose loop, scenes and renderer only record what they were asked to do. */
function fakeGame() {
  const log: string[] = [];
  const game: SteppedGame = {
    loop: { callback: () => undefined },
    events: { emit: (e: string) => log.push(`event:${e}`) },
    renderer: { preRender: () => log.push('preRender'), postRender: () => log.push('postRender') },
    scene: { update: () => log.push('update'), render: () => log.push('render'), isProcessing: true },
    pendingDestroy: false,
    isPaused: false,
    step: () => log.push('phaser-step'),
  };
  return { game, log, frame: (t: number) => game.loop.callback(t, 16) };
}

const renders = (log: string[]) => log.filter((l) => l === 'render').length;
const updates = (log: string[]) => log.filter((l) => l === 'update').length;

describe('renderOnChange', () => {
  it('draws the first frames, then none while the signature holds, though the scenes still update', () => {
    const { game, log, frame } = fakeGame();
    renderOnChange(game, () => 'same');
    for (let i = 0; i < 10; i++) frame(i * 16);
    expect(renders(log)).toBe(FRAMES_PER_CHANGE);
    expect(updates(log)).toBe(10);
    expect(game.scene.isProcessing).toBe(false);
  });

  it('draws again, for a couple of frames, whenever the signature changes', () => {
    const { game, log, frame } = fakeGame();
    let view = 'a';
    renderOnChange(game, () => view);
    for (let i = 0; i < 5; i++) frame(i);
    view = 'b';
    for (let i = 5; i < 10; i++) frame(i);
    expect(renders(log)).toBe(2 * FRAMES_PER_CHANGE);
  });

  it('reads the signature after the scenes updated, so a change made in update is drawn that frame', () => {
    const { game, log, frame } = fakeGame();
    let view = 0;
    game.scene.update = () => {
      log.push('update');
      view++;
    };
    renderOnChange(game, () => String(view));
    for (let i = 0; i < 4; i++) frame(i);
    expect(renders(log)).toBe(4);
    expect(log.slice(0, 8)).toEqual(['event:prestep', 'event:step', 'update', 'event:poststep', 'preRender', 'event:prerender', 'render', 'postRender']);
  });

  it("leaves a pending destroy or a pause to Phaser's own step", () => {
    const { game, log, frame } = fakeGame();
    renderOnChange(game, () => 'x');
    game.pendingDestroy = true;
    frame(0);
    expect(log).toEqual(['phaser-step']);
  });
});

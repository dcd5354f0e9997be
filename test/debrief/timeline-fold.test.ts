import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/build';
import { entryDelegations, foldTimeline, isRoutine } from '../../src/debrief/timeline-fold';
import { PUBLIC } from '../../src/engine';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();
const game = runGame(scenario, { seed: 7, fallback: randomPolicy });
const timeline = buildDebrief(scenario, game.state, PUBLIC).timeline;

describe('the folded timeline', () => {
  it('keeps every entry, in order, with no two folds side by side and no routine entry unfolded', () => {
    const items = foldTimeline(timeline, game.state);
    expect(items.flatMap((i) => (i.kind === 'entry' ? [i.entry] : i.entries))).toEqual(timeline);
    for (const [i, item] of items.entries()) {
      if (item.kind === 'entry') expect(isRoutine(item.entry)).toBe(false);
      else expect(items[i + 1]?.kind).not.toBe('folded');
    }
    expect(items.length).toBeLessThan(timeline.length);
  });

  it('narrows to the teams: every entry about delegations names one of them', () => {
    const teams = new Set(['AAA']);
    const items = foldTimeline(timeline, game.state, teams);
    const kept = items.flatMap((i) => (i.kind === 'entry' ? [i.entry] : i.entries));
    expect(kept.length).toBeLessThan(timeline.length);
    for (const e of kept) {
      const who = entryDelegations(e, game.state);
      if (who.length) expect(who).toContain('AAA');
    }
    expect(kept.filter((e) => e.kind === 'decision').length).toBeGreaterThan(0);
  });
});

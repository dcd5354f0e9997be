import { describe, expect, it } from 'vitest';
import { blockedAndWhy } from '../../src/debrief/blocked';
import { buildDebrief } from '../../src/debrief/build';
import { PUBLIC, type Action } from '../../src/engine';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();

/** Games of the mini scenario until one has an objection later answered by an amendment. */
function gameWith(pred: (actions: readonly Action[]) => boolean): { seed: number; actions: Action[] } {
  for (let seed = 1; seed < 400; seed++) {
    const g = runGame(scenario, { seed, fallback: randomPolicy });
    if (pred(g.actions)) return { seed, actions: g.actions };
  }
  throw new Error('no such game in 400 seeds');
}

describe('blocked and why', () => {
  it('lists an objection that an amendment later resolved, although the final positions show only support', () => {
    const { seed, actions } = gameWith((log) => log.some((a, i) => a.type === 'plenary.position' && a.stance !== 'support' && a.stance !== 'abstain' && a.amendment
      && log.slice(i).some((b) => b.type === 'plenary.amend' && b.proposal === a.proposal && b.amendment === a.amendment)));
    const list = blockedAndWhy(scenario, seed, actions);
    const amended = list.find((e) => e.resolution.kind === 'amended')!;
    expect(amended).toBeDefined();
    const stated = actions[amended.index]!;
    expect(stated).toMatchObject({ type: 'plenary.position', by: amended.by, proposal: amended.proposal, stance: amended.stance });
    expect(amended.resolution).toEqual({ kind: 'amended', amendment: stated.type === 'plenary.position' && stated.amendment });
    // The state has forgotten it: the position now reads as support.
    const state = runGame(scenario, { seed, fallback: randomPolicy }).state;
    expect(state.proposals[amended.proposal]!.positions[amended.by]?.stance).not.toBe(amended.stance);
    expect(buildDebrief(scenario, state, PUBLIC, { actions }).blocked).toContainEqual(amended);
  });

  it('records every objection and reservation once, in log order, with the item\'s outcome', () => {
    const { seed, actions } = gameWith((log) => log.filter((a) => a.type === 'plenary.position' && a.stance === 'objection').length > 2);
    const list = blockedAndWhy(scenario, seed, actions);
    const stated = actions.map((a, i) => [a, i] as const).filter(([a]) => a.type === 'plenary.position' && (a.stance === 'objection' || a.stance === 'reservation'));
    expect(list.map((e) => e.index)).toEqual(stated.map(([, i]) => i));
    for (const e of list) expect(['adopted', 'rejected', 'withdrawn', 'open']).toContain(e.outcome);
  });

  it('marks the objections a package answered as packaged', () => {
    const { seed, actions } = gameWith((log) => log.some((a, i) => a.type === 'plenary.link' && log.slice(0, i).some((b) => b.type === 'plenary.position' && b.proposal === a.proposal && b.stance === 'objection')));
    const list = blockedAndWhy(scenario, seed, actions);
    expect(list.some((e) => e.resolution.kind === 'packaged')).toBe(true);
  });
});

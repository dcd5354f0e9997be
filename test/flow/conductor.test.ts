import { describe, expect, it } from 'vitest';
import { Conductor } from '../../src/flow/conductor';
import { randomPolicy } from '../../src/sim/policy';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();
const seats = { AAA: 'human', BBB: 'ai', CCC: 'ai', DDD: 'ai' } as const;

describe('the conductor', () => {
  it('lets AI delegations act until the human seat is awaited, their tabling waiting for the human to table or pass, their closing for the human to close', () => {
    const c = new Conductor({ scenario, seed: 2, seats: { ...seats }, policy: randomPolicy });
    c.runAi();
    expect(c.snapshot().awaitingHumans).toEqual(['AAA']);
    // The human holds the floor: no AI delegation has tabled or closed its consultations yet.
    expect(c.floorHolders()).toEqual(['AAA']);
    for (const id of ['BBB', 'CCC', 'DDD']) expect(c.game.delegations[id]!.ready).toBe(false);
    expect(Object.values(c.game.proposals).filter((p) => p.proposer !== 'AAA')).toEqual([]);
    c.send({ type: 'proposal.pass', by: 'AAA' });
    c.runAi();
    expect(c.floorHolders()).toEqual([]);
    // The AI delegations stay in the consultations while the human does: an offer to them still finds them there.
    expect(c.snapshot().awaitingHumans).toEqual(['AAA']);
    expect(c.game.phase).toBe('consultations');
    for (const id of ['BBB', 'CCC', 'DDD']) expect(c.game.delegations[id]!.ready).toBe(false);
    // The snapshot tells those only waiting to close from those still at work, for the "waiting for" line.
    expect(c.snapshot().closingAfterHumans.length).toBeGreaterThan(0);
    expect(c.snapshot().closingAfterHumans.every((d) => ['BBB', 'CCC', 'DDD'].includes(d))).toBe(true);
    c.send({ type: 'ready', by: 'AAA' });
    c.runAi();
    expect(c.game.phase === 'consultations' && c.game.round === 1).toBe(false);
    expect(c.snapshot().closingAfterHumans).toEqual([]);
  });

  it('refuses an illegal human action with a reason and keeps the game', () => {
    const c = new Conductor({ scenario, seed: 2, seats: { ...seats }, policy: randomPolicy });
    const before = c.game;
    expect(c.send({ type: 'plenary.decide', by: 'AAA', proposal: 'p1' })?.code).toBe('wrong-phase');
    expect(c.game).toBe(before);
  });

  it('plays a whole game with the human on autopilot when its seat is switched to AI', () => {
    const c = new Conductor({ scenario, seed: 4, seats: { ...seats }, policy: randomPolicy });
    c.send({ type: 'consult.talks', by: 'AAA', with: 'BBB' });
    c.setSeat('AAA', 'ai');
    c.runAi();
    expect(c.game.phase).toBe('concluded');
  });

  it('undoes the last human action together with the AI actions after it', () => {
    const c = new Conductor({ scenario, seed: 5, seats: { ...seats }, policy: randomPolicy });
    c.runAi();
    c.send({ type: 'consult.talks', by: 'AAA', with: 'DDD' });
    // The AI delegations answer the talks; their tabling waits while AAA still holds the floor.
    c.runAi();
    const before = c.snapshot().log.length;
    c.send({ type: 'ready', by: 'AAA' });
    c.runAi();
    expect(c.snapshot().log.length).toBeGreaterThan(before + 1);
    expect(c.undo()).toEqual({ type: 'ready', by: 'AAA' });
    expect(c.snapshot().log.length).toBe(before);
    expect(c.game.delegations.AAA!.ready).toBe(false);
  });

  it('resumes from a saved log to the same game', () => {
    const a = new Conductor({ scenario, seed: 6, seats: { ...seats }, policy: randomPolicy });
    a.runAi();
    a.send({ type: 'ready', by: 'AAA' });
    a.runAi();
    const b = new Conductor({ scenario, seed: 6, seats: { ...seats }, policy: randomPolicy, log: [...a.snapshot().log] });
    expect(b.game).toEqual(a.game);
  });
});

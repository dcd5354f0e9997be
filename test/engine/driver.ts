/** A small driver over the real engine for rule tests: act, expect refusals, move through phases. */
import { expect } from 'vitest';
import { applyAction, awaited, createGame, type Action, type GameState, type RejectionCode } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';

export class Driver {
  state: GameState;
  constructor(readonly scenario: Scenario, seed = 1) {
    this.state = createGame(scenario, seed);
  }

  act(action: Action): this {
    const r = applyAction(this.scenario, this.state, action);
    if (!r.ok) throw new Error(`${action.type} by ${action.by} refused: ${r.rejection.message}`);
    this.state = r.state;
    return this;
  }

  refused(action: Action): RejectionCode {
    const r = applyAction(this.scenario, this.state, action);
    expect(r.ok, `${action.type} should be refused`).toBe(false);
    return r.ok ? ('malformed' as RejectionCode) : r.rejection.code;
  }

  /** Every awaited delegation declares itself ready (consultations or implementation). */
  readyAll(): this {
    for (const id of awaited(this.scenario, this.state)) this.act({ type: 'ready', by: id });
    return this;
  }

  /** Every member that has not spoken on the current item states `stance` (default: support). */
  positions(stances: Record<string, Action & { type: 'plenary.position' } extends infer _ ? string : never> = {}, fallback = 'support'): this {
    const item = this.current();
    for (const id of awaited(this.scenario, this.state)) {
      const stance = (stances[id] ?? fallback) as 'support' | 'objection' | 'abstain';
      this.act({ type: 'plenary.position', by: id, proposal: item, stance });
    }
    return this;
  }

  current(): string {
    const pl = this.state.plenary!;
    return pl.agenda[pl.current]!;
  }

  decide(): this {
    const id = this.current();
    return this.act({ type: 'plenary.decide', by: this.state.proposals[id]!.proposer, proposal: id });
  }
}

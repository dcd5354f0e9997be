import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { advance, chronicleOfRound, indexScenario, roundEndState, type Action } from '../../src/engine';
import { Driver } from './driver';
import { miniScenario } from './fixtures';

const scenario = miniScenario();

/** A driver that keeps the actions it took, to fold them again. */
class LoggingDriver extends Driver {
  readonly log: Action[] = [];
  override act(action: Action): this {
    this.log.push(action);
    return super.act(action);
  }
}

function playRound(d: LoggingDriver): void {
  d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll().positions().decide();
  d.readyAll();
}

describe('the game as a round closed', () => {
  it('stops after the review, before the next opening, and the next opening then gives the next round', () => {
    const d = new LoggingDriver(scenario, 6);
    const start = d.state;
    playRound(d);
    expect(d.state.round).toBe(2);
    const end = roundEndState(scenario, start, d.log)!;
    expect(end.round).toBe(1);
    expect(end.phase).toBe('review');
    expect(end.history.at(-1)?.round).toBe(1);
    // The supply shock opens round 2: not yet in the round that closed.
    expect(chronicleOfRound(end, 2)).toEqual([]);
    expect(produce(end, (draft) => advance(indexScenario(scenario), draft))).toEqual(d.state);
  });

  it('is null while the round is unfinished or an action is refused', () => {
    const d = new LoggingDriver(scenario, 6);
    const start = d.state;
    d.act({ type: 'ready', by: 'AAA' });
    expect(roundEndState(scenario, start, d.log)).toBeNull();
    expect(roundEndState(scenario, start, [{ type: 'plenary.decide', by: 'AAA', proposal: 'p1' }])).toBeNull();
  });
});

describe('an event in the chronicle', () => {
  it('comes before the escalation it causes, so the record reads cause first', () => {
    const s = miniScenario((input) => {
      input.events!.push({ id: 'incident', title: 'Incident', text: 'Shots at the border', trigger: { fromRound: 1, toRound: 1 }, effects: [{ type: 'tension', flashpoint: 'fp', delta: 40 }] });
    });
    const entries = chronicleOfRound(new Driver(s).state, 1);
    const event = entries.findIndex((e) => e.kind === 'event' && e.event === 'incident');
    const stage = entries.findIndex((e) => e.kind === 'stage' && e.flashpoint === 'fp');
    expect(event).toBeGreaterThanOrEqual(0);
    expect(stage).toBeGreaterThan(event);
  });
});

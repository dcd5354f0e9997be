import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { awaited, createGame, legalActions, type Action } from '../../src/engine';
import { turnMachine } from '../../src/flow/turn.machine';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();
type Snap = SnapshotFrom<typeof turnMachine>;

/** A few representative legal actions of whoever the game awaits: enough to reach every phase. */
function events(snapshot: Snap): Action[] {
  const game = snapshot.context.game;
  const wanted = new Set(['ready', 'proposal.table', 'plenary.decide', 'plenary.withdraw', 'implement.choose', 'plenary.amend']);
  const out: Action[] = [];
  for (const by of awaited(scenario, game).slice(0, 1)) {
    for (const a of legalActions(scenario, game, by)) {
      if (wanted.has(a.type) || (a.type === 'plenary.position' && (a.stance === 'support' || a.stance === 'objection'))) out.push(a);
    }
  }
  return out.slice(0, 6);
}

const phaseOf = (s: Snap) => JSON.stringify(s.value);

describe('paths through the turn machine', () => {
  const paths = getShortestPaths(turnMachine, {
    input: { scenario, game: createGame(scenario, 5) },
    events,
    serializeState: (s) => {
      const g = s.context.game;
      const ready = g.players.filter((p) => g.delegations[p]!.ready).join(',');
      const spoken = g.plenary ? Object.keys(g.proposals[g.plenary.agenda[g.plenary.current] ?? '']?.positions ?? {}).length : 0;
      return `${phaseOf(s)}|${g.round}|${ready}|${g.proposalOrder.length}|${g.plenary?.current ?? '-'}|${spoken}`;
    },
    serializeEvent: (e) => JSON.stringify(e),
    limit: 2000,
  });
  const reached = new Set(paths.map((p) => phaseOf(p.state)));

  it('reach every phase of the round, the plenary steps and the end', () => {
    for (const v of ['"consultations"', '{"plenary":"positions"}', '{"plenary":"proposer"}', '"implementation"', '"concluded"']) {
      expect(reached, `${v} is reachable`).toContain(v);
    }
  });

  it('lead, event by event, to the phase the graph predicts, in step with the engine', () => {
    for (const path of paths) {
      const actor = createActor(turnMachine, { input: { scenario, game: createGame(scenario, 5) } }).start();
      for (const step of path.steps) if (!step.event.type.startsWith('xstate.')) actor.send(step.event);
      const snap = actor.getSnapshot();
      expect(snap.context.rejection).toBeNull();
      expect(snap.value).toEqual(path.state.value);
      // States that serialise alike are one vertex, so compare phases, not whole games.
      const top = typeof snap.value === 'string' ? snap.value : Object.keys(snap.value)[0];
      expect(top).toBe(snap.context.game.phase);
    }
  });
});

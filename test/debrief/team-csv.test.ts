import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/build';
import { CSV_COLUMNS, csvField, teamCsv, teamRows } from '../../src/debrief/team-csv';
import { FACILITATOR, PUBLIC, replay } from '../../src/engine';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { miniScenario } from '../engine/fixtures';

const scenario = miniScenario();
const game = runGame(scenario, { seed: 5, fallback: randomPolicy });
const names = { AAA: 'Team "Anna"', CCC: '=Chen, Li' };
const labels = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof CSV_COLUMNS)[number], string>;

describe('the gradebook CSV', () => {
  it('has one row per team with the names entered and figures that agree with the log', () => {
    const d = buildDebrief(scenario, game.state, FACILITATOR, { actions: game.actions, names });
    const rows = teamRows(game.state, game.actions, d, ['AAA', 'CCC'], names);
    expect(rows.map((r) => r.team)).toEqual(['Team "Anna"', '=Chen, Li']);
    const positions = game.actions.filter((a) => a.type === 'plenary.position' && a.by === 'AAA').length;
    expect(Object.values(rows[0]!.positions).reduce((a, b) => a + b, 0)).toBe(positions);
    expect(rows[0]!.tabled).toBe(game.actions.filter((a) => a.type === 'proposal.table' && a.by === 'AAA').length);
    expect(rows[0]!.objectives).toBe(scenario.delegations.find((x) => x.id === 'AAA')!.objectives.length);
    const csv = teamCsv(rows, labels, (id) => `Delegation ${id}`);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^Delegation AAA,"Team ""Anna""",/);
    expect(lines[2]).toMatch(/^Delegation CCC,"'=Chen, Li",/);
  });

  it('leaves the objective columns empty while the objectives are hidden from the viewer', () => {
    const midway = replay(scenario, 5, game.actions.slice(0, 20));
    const d = buildDebrief(scenario, midway, PUBLIC);
    const [row] = teamRows(midway, game.actions.slice(0, 20), d, ['AAA'], names);
    expect(row!.objectivesMet).toBeNull();
    expect(csvField(row!.objectivesMet)).toBe('');
  });

  it.each([['plain', 'plain'], ['a,b', '"a,b"'], ['-1', "'-1"], [-1, '-1'], ['say "hi"', '"say ""hi"""']])('writes %j as %s', (v, out) => {
    expect(csvField(v)).toBe(out);
  });
});

/**
 * The game's actions for the debrief's list: each with the round and phase it was taken in,
 * folded once over the log (a replay per action would be quadratic), and only those the viewer
 * could see.
 */
import { applyAction, createGame, type Action, type GameState, type Phase, type Viewer } from '../../engine';
import { actionVisibleTo } from '../../debrief/replay-cursor';
import type { Scenario } from '../../scenario/schema';

export interface ActionRow {
  /** 1-based position in the log. */
  n: number;
  round: number;
  phase: Phase;
  action: Action;
  /** The game just before the action, for naming what it refers to. */
  before: GameState;
}

export function actionRows(scenario: Scenario, seed: number, actions: readonly Action[], viewer: Viewer): ActionRow[] {
  const rows: ActionRow[] = [];
  let state = createGame(scenario, seed);
  actions.forEach((action, i) => {
    if (actionVisibleTo(state, action, viewer)) rows.push({ n: i + 1, round: state.round, phase: state.phase, action, before: state });
    const r = applyAction(scenario, state, action);
    if (r.ok) state = r.state;
  });
  return rows;
}

/** Rows grouped by round, in order. */
export function byRound(rows: readonly ActionRow[]): Array<{ round: number; rows: ActionRow[] }> {
  const groups: Array<{ round: number; rows: ActionRow[] }> = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.round === row.round) last.rows.push(row);
    else groups.push({ round: row.round, rows: [row] });
  }
  return groups;
}

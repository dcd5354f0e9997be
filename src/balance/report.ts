/**
 * The balance report's "what to change" part, from played games: a pure module shared by the
 * command line (`npm run balance`) and the workbench's Web Worker.
 */
import { indexScenario, type GameState } from '../engine';
import type { Scenario } from '../scenario/schema';
import { balanceDetail, type BalanceDetail } from './detail';
import { gameFacts } from './facts';
import { balanceWarnings, type BalanceWarning } from './warnings';

export type ContentReport = BalanceDetail & { warnings: BalanceWarning[] };

export function contentReport(scenario: Scenario, states: readonly GameState[], grades: Record<string, number>): ContentReport {
  const idx = indexScenario(scenario);
  const facts = states.map((s) => gameFacts(idx, s));
  const players = idx.players;
  const detail = balanceDetail(scenario, facts, (id) => players.includes(id));
  return { ...detail, warnings: balanceWarnings(scenario, states.length, grades, detail, players) };
}

export { formatDetail } from './format';
export type { BalanceDetail, BalanceWarning };

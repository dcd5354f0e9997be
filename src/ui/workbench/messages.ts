/** The messages between the workbench and its Web Workers (plain JSON, structured-cloned). */
import type { FullBalanceReport } from '../../../scripts/lib/balance-report';
import type { Difficulty } from '../../ai/difficulty';
import type { ScenarioResult } from '../../scenario/issues';

export interface CheckRequest { id: number; text: string; fileName: string }
export interface CheckReply { id: number; result: ScenarioResult }

export interface BalanceRequest { text: string; fileName: string; games: number; seed: number; difficulty: Difficulty }
export type BalanceReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; report: FullBalanceReport }
  | { kind: 'failed'; reason: string };

/** Plays the balance games off the main thread, reporting progress after every game. */
import { balance } from '../../../scripts/lib/balance-report';
import { parseScenario } from '../../scenario/parse';
import type { BalanceReply, BalanceRequest } from './messages';

self.onmessage = (e: MessageEvent<BalanceRequest>) => {
  const { text, fileName, games, seed, difficulty } = e.data;
  const post = (m: BalanceReply) => self.postMessage(m);
  const parsed = parseScenario(text, fileName);
  if (!parsed.ok) {
    post({ kind: 'failed', reason: parsed.errors[0]?.message ?? 'the scenario has errors' });
    return;
  }
  try {
    const report = balance(parsed.scenario, { games, seed, difficulty, onProgress: (done, total) => post({ kind: 'progress', done, total }) });
    post({ kind: 'done', report });
  } catch (err) {
    post({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
  }
};

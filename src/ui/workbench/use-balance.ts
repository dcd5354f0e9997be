/** A balance run in a Web Worker: progress after every game, the report at the end, and a stop. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FullBalanceReport } from '../../../scripts/lib/balance-report';
import type { BalanceReply, BalanceRequest } from './messages';

export type BalanceRun =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; report: FullBalanceReport; text: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'stopped' };

export function useBalance(): { run: BalanceRun; start(request: BalanceRequest): void; stop(): void } {
  const worker = useRef<Worker | null>(null);
  const [run, setRun] = useState<BalanceRun>({ kind: 'idle' });
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);
  return {
    run,
    start(request) {
      stop();
      const w = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setRun({ kind: 'running', done: 0, total: request.games * 2 });
      w.onmessage = (e: MessageEvent<BalanceReply>) => {
        const m = e.data;
        if (m.kind === 'progress') setRun({ kind: 'running', done: m.done, total: m.total });
        else {
          setRun(m.kind === 'done' ? { kind: 'done', report: m.report, text: request.text } : { kind: 'failed', reason: m.reason });
          stop();
        }
      };
      w.onerror = (e) => {
        setRun({ kind: 'failed', reason: e.message || 'the worker stopped' });
        stop();
      };
      w.postMessage(request);
    },
    stop() {
      stop();
      setRun((r) => (r.kind === 'running' ? { kind: 'stopped' } : r));
    },
  };
}

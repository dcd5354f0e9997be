/**
 * The checker's verdict on the text being edited, computed in a Web Worker a moment after typing
 * stops. Replies to older texts are dropped, so the verdict always belongs to the latest text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScenarioResult } from '../../scenario/issues';
import type { CheckReply, CheckRequest } from './messages';

const DEBOUNCE_MS = 300;

export function useChecker(text: string, fileName: string): { result: ScenarioResult | null; checking: boolean } {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [result, setResult] = useState<ScenarioResult | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    const w = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<CheckReply>) => {
      if (e.data.id !== latest.current) return;
      setResult(e.data.result);
      setChecking(false);
    };
    worker.current = w;
    return () => w.terminate();
  }, []);

  useEffect(() => {
    setChecking(true);
    const id = ++latest.current;
    const timer = setTimeout(() => {
      const request: CheckRequest = { id, text, fileName };
      worker.current?.postMessage(request);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, fileName]);

  return { result, checking };
}

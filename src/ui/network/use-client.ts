/** Re-renders a component whenever the classroom connection changes (and each second, for the clock). */
import { useEffect, useState } from 'preact/hooks';
import type { NetClient } from './net-client';

export function useClient(client: NetClient | null, tick = false): number {
  const [v, setV] = useState(0);
  useEffect(() => client?.subscribe(() => setV((x) => x + 1)), [client]);
  useEffect(() => {
    if (!tick) return;
    const t = setInterval(() => setV((x) => x + 1), 1000);
    return () => clearInterval(t);
  }, [tick]);
  return v;
}

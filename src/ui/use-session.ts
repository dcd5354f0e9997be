/** Re-renders a component whenever the game session changes. */
import { useEffect, useState } from 'preact/hooks';
import type { PlaySession } from './play-session';

export function useSession(session: Pick<PlaySession, 'subscribe'>): number {
  const [version, setVersion] = useState(0);
  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), [session]);
  return version;
}

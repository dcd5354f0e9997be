/** Re-renders a component on every tick of the session's clock (and only the component that shows it). */
import { useEffect, useState } from 'preact/hooks';
import type { SnapshotFrom } from 'xstate';
import type { sessionMachine } from '../../flow/session.machine';
import type { ClassroomSession } from './classroom-session';

export type ClockState = SnapshotFrom<typeof sessionMachine>;

export function useClock(session: ClassroomSession): ClockState {
  const [snap, setSnap] = useState(() => session.clock.getSnapshot());
  useEffect(() => {
    setSnap(session.clock.getSnapshot());
    const sub = session.clock.subscribe((s) => setSnap(s));
    return () => sub.unsubscribe();
  }, [session]);
  return snap;
}

/**
 * The facilitator's console, in a dialog over the conference: the clock, injections, seats,
 * undo, the log, and the session's files. Everything it does is logged by the session machine.
 * With a facilitator PIN, nothing of it is rendered until the PIN is given; closing locks it again.
 */
import { usePrefs } from '../context';
import { Modal } from '../game/modal';
import { useSession } from '../use-session';
import type { ClassroomSession } from './classroom-session';
import { ConsoleClock } from './console-clock';
import { ConsoleFiles, ConsoleUndo, type ClassroomView } from './console-session';
import { FacilitatorLog } from './facilitator-log';
import { InjectForm } from './inject-form';
import { PinGate } from './pin-gate';
import { SeatTable } from './seat-table';

interface Props {
  session: ClassroomSession;
  onClose(): void;
  onView(view: ClassroomView): void;
}

export function FacilitatorConsole({ session, onClose, onView }: Props) {
  const { t } = usePrefs();
  useSession(session);
  return (
    <Modal title={t('console.title')} closeLabel={t('console.close')} onClose={() => { session.relock(); onClose(); }} wide>
      <PinGate session={session}>
        <div class="console">
          <ConsoleClock session={session} />
          <ConsoleUndo session={session} />
          <InjectForm session={session} />
          <SeatTable session={session} />
          <ConsoleFiles session={session} onView={onView} />
          <FacilitatorLog session={session} />
        </div>
      </PinGate>
    </Modal>
  );
}

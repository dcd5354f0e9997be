/**
 * A classroom game on one device: the classroom strip with the timer, and either the hand-off
 * screen or the game screen of the delegation whose turn it is. The game screen is mounted
 * afresh for every turn, so no state of the last player's view (an open dossier) carries over.
 */
import { useState } from 'preact/hooks';
import { FACILITATOR } from '../../engine';
import { GameScreen } from '../game/game-screen';
import { useSession } from '../use-session';
import { ClassroomBar } from './classroom-bar';
import type { ClassroomSession } from './classroom-session';
import type { ClassroomView } from './console-session';
import { FacilitatorConsole } from './facilitator-console';
import { Autopilot, HandOff } from './hand-off';

interface Props {
  session: ClassroomSession;
  onLeave(): void;
  onView(view: ClassroomView): void;
}

export function HotSeatScreen({ session, onLeave, onView }: Props) {
  useSession(session);
  // A console the facilitator opened stays open through the hand-offs its own moves cause (a seat
  // switched, a move taken back); the hand-off screen itself offers no way to open it.
  const [console, setConsole] = useState(false);
  // The hand-off screen shows only while a person is next; with every seat on autopilot there is none.
  const handingOff = session.handoff && session.me !== FACILITATOR;
  const body = session.me === FACILITATOR ? <Autopilot session={session} />
    : handingOff ? <HandOff session={session} />
      : <GameScreen key={`${session.me}:${session.turn}`} session={session} onLeave={onLeave} />;
  return (
    <div
      class="classroom-frame" data-mode="hot-seat" data-turn={session.me} data-handoff={String(handingOff)}
      data-phase={session.game.phase} data-round={session.game.round} data-log={session.snapshot.log.length} data-busy={String(session.aiBusy)}
    >
      <ClassroomBar session={session} onConsole={handingOff ? undefined : () => setConsole(true)} onLeave={onLeave} />
      {body}
      {console && <FacilitatorConsole session={session} onClose={() => setConsole(false)} onView={(v) => { setConsole(false); onView(v); }} />}
    </div>
  );
}

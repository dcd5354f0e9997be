/**
 * Recording a move for a delegation played by a person, on the projector: the panels' action
 * buttons work inside a context where `me` is that delegation. Only public moves are offered:
 * private offers are never made on a shared screen.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Action, DelegationId } from '../../engine';
import { GameContext, useGame } from '../context';
import type { ClassroomSession } from './classroom-session';

const PRIVATE: ReadonlySet<Action['type']> = new Set(['consult.offer', 'consult.answer']);

export function ActingAs({ session, id, children }: { session: ClassroomSession; id: DelegationId; children: ComponentChildren }) {
  const g = useGame();
  const legal = useMemo(
    () => (session.aiBusy ? [] : session.conductor.legalFor(id).filter((a) => !PRIVATE.has(a.type))),
    [session, g.game, session.aiBusy, id],
  );
  const ui = useMemo(() => ({ ...g, me: id, legal }), [g, id, legal]);
  return <GameContext.Provider value={ui}>{children}</GameContext.Provider>;
}

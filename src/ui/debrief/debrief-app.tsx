/** The debrief and its replay, switching between the two without losing either's place. */
import { useState } from 'preact/hooks';
import type { Action, GameState } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { DebriefScreen } from './debrief-screen';
import { ReplayViewer } from './replay-viewer';
import type { Lockable } from '../classroom/pin-gate';
import './debrief.css';

export interface DebriefInput {
  scenario: Scenario;
  seed: number;
  game: GameState;
  actions: readonly Action[];
  /** Student or team names of delegations played by people. */
  names?: Record<string, string>;
  /** Delegations played by people (or the solo player): singled out in charts, filters and the gradebook. */
  teams?: readonly string[];
  /** The solo player's delegation, singled out in the charts. */
  player?: string;
  /** The facilitator's lock: the reveal and replay as a delegation need the PIN while locked. */
  lock?: Lockable & { relock(): void };
}

export function DebriefApp(props: DebriefInput & { initial?: 'debrief' | 'replay'; onBack(): void }) {
  const back = () => {
    props.lock?.relock();
    props.onBack();
  };
  const [view, setView] = useState(props.initial ?? 'debrief');
  return view === 'replay'
    ? <ReplayViewer {...props} onBack={() => setView('debrief')} />
    : <DebriefScreen {...props} onBack={back} onReplay={() => setView('replay')} />;
}

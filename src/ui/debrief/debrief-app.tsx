/** The debrief and its replay, switching between the two without losing either's place. */
import { useState } from 'preact/hooks';
import type { Action, GameState } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { DebriefScreen } from './debrief-screen';
import { ReplayViewer } from './replay-viewer';
import './debrief.css';

export interface DebriefInput {
  scenario: Scenario;
  seed: number;
  game: GameState;
  actions: readonly Action[];
  /** Student or team names of delegations played by people. */
  names?: Record<string, string>;
  /** The solo player's delegation, singled out in the charts. */
  me?: string;
}

export function DebriefApp(props: DebriefInput & { initial?: 'debrief' | 'replay'; onBack(): void }) {
  const [view, setView] = useState(props.initial ?? 'debrief');
  return view === 'replay'
    ? <ReplayViewer {...props} onBack={() => setView('debrief')} />
    : <DebriefScreen {...props} onReplay={() => setView('replay')} />;
}

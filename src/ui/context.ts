/**
 * What every panel reads: the app's language and preferences, and (inside a game) the session,
 * the latest snapshot and the few callbacks that change what is shown.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Action, DelegationId, GameState } from '../engine';
import type { Translate } from '../i18n';
import type { Scenario } from '../scenario/schema';
import type { Language } from '../scenario/text';
import type { PlaySession } from './play-session';
import type { NameContext } from './names';

export interface AppPrefs {
  lang: Language;
  t: Translate;
  setLang(lang: Language): void;
  largeText: boolean;
  setLargeText(on: boolean): void;
}

export const PrefsContext = createContext<AppPrefs | null>(null);

export function usePrefs(): AppPrefs {
  const p = useContext(PrefsContext);
  if (!p) throw new Error('usePrefs outside the app');
  return p;
}

export const TABS = ['consultations', 'proposals', 'plenary', 'implementation', 'delegations', 'chronicle', 'results'] as const;
export type TabId = (typeof TABS)[number];

export interface GameUi extends NameContext {
  session: PlaySession;
  game: GameState;
  scenario: Scenario;
  me: DelegationId;
  /** The player's legal actions now (empty while it is not the player's turn). */
  legal: readonly Action[];
  act(action: Action): void;
  /** Opens a delegation's dossier; `focus` (default true) moves keyboard focus to it. The open one is `useSelected()`. */
  select(id: DelegationId | null, focus?: boolean): void;
  showTab(tab: TabId): void;
  announce(text: string): void;
}

export const GameContext = createContext<GameUi | null>(null);

export function useGame(): GameUi {
  const g = useContext(GameContext);
  if (!g) throw new Error('useGame outside a game');
  return g;
}

/**
 * The delegation whose dossier is open (null: the player's own, or none). A context of its own,
 * so that a click on the map re-renders what shows the selection (the dossier, the map, the
 * list of delegations), not every panel of the game.
 */
export const SelectionContext = createContext<DelegationId | null>(null);

export function useSelected(): DelegationId | null {
  return useContext(SelectionContext);
}

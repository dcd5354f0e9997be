/**
 * Opening the debrief from a game screen: whoever shows the game (the solo app or the classroom)
 * provides how to get there; the end screen's button does nothing else.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { usePrefs } from '../context';

export const DebriefNav = createContext<(() => void) | null>(null);

/** The end screen's "Open the debrief" button; nothing where no debrief can be opened. */
export function DebriefButton() {
  const open = useContext(DebriefNav);
  const { t } = usePrefs();
  if (!open) return null;
  return <button type="button" class="button button--primary" onClick={open}>{t('debrief.open')}</button>;
}

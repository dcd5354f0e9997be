/**
 * The panel tabs, in a navigation landmark. They follow the WAI-ARIA tabs pattern: arrow keys
 * move between tabs, Home and End jump to the ends, and only the active tab is in the Tab order.
 */
import type { Phase } from '../../engine';
import { TABS, useGame, type TabId } from '../context';

export function tabForPhase(phase: Phase): TabId {
  switch (phase) {
    case 'plenary': return 'plenary';
    case 'implementation': return 'implementation';
    case 'concluded': return 'results';
    default: return 'consultations';
  }
}

interface Props {
  tab: TabId;
  onTab(tab: TabId): void;
}

export function TabNav({ tab, onTab }: Props) {
  const { t, game, session } = useGame();
  const concluded = game.phase === 'concluded';
  const tabs = TABS.filter((x) => (x === 'results' ? concluded : true));
  const active = tabForPhase(game.phase);

  const onKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
      : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length]
        : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    onTab(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };

  return (
    <nav class="game__nav" aria-label={t('nav.label')}>
      <div role="tablist" aria-label={t('nav.panels')} onKeyDown={onKey}>
        {tabs.map((x) => (
          <button
            key={x}
            id={`tab-${x}`}
            type="button"
            role="tab"
            aria-selected={tab === x}
            aria-controls="panel"
            tabIndex={tab === x ? 0 : -1}
            class={`tab${x === active && !session.aiBusy ? ' tab--now' : ''}`}
            onClick={() => onTab(x)}
          >
            {t(`tab.${x}`)}
            {x === active && <span class="visually-hidden"> {t('tab.current-phase')}</span>}
          </button>
        ))}
      </div>
    </nav>
  );
}

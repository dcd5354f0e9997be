/**
 * The game screen: the phase bar, the panel tabs, the active panel, the map with its layer
 * controls, the dossier, the announcements and the round summary. It reads the session and
 * builds the context every panel uses.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Action, DelegationId } from '../../engine';
import { actionLabel } from '../action-label';
import { GameContext, SelectionContext, usePrefs, type GameUi, type TabId } from '../context';
import type { PlaySession } from '../play-session';
import { useSession } from '../use-session';
import { MapStage } from '../map/map-stage';
import { Announcer, useAnnouncer } from './announcer';
import { Dossier } from './dossier';
import { LatestNews } from './latest-news';
import { PanelView } from './panel-view';
import { PhaseBar } from './phase-bar';
import { RoundSummaryDialog } from './round-summary-dialog';
import { TabNav, tabForPhase } from './tab-nav';
import { rejectionText } from '../rejection-text';
import { Coach } from '../tutorial/coach';
import { useMoveFeedback } from './move-feedback';

interface Props {
  session: PlaySession;
  onLeave(): void;
  /** Whether the coach of the guided first round is shown. */
  tutorial?: boolean;
  onEndTutorial?(): void;
}

/** The panels whose controls act in the game; the others (delegations, chronicle) stay open for reading. */
const HELD_TABS: readonly TabId[] = ['consultations', 'proposals', 'plenary', 'implementation'];

export function GameScreen({ session, onLeave, tutorial = false, onEndTutorial }: Props) {
  const prefs = usePrefs();
  const { t, lang } = prefs;
  const version = useSession(session);
  const game = session.game;
  const [tab, setTab] = useState<TabId>(() => tabForPhase(game.phase));
  const [selected, setSelected] = useState<DelegationId | null>(session.me);
  const { messages, announce } = useAnnouncer(lang);
  const mainRef = useRef<HTMLElement>(null);
  const names = { scenario: session.scenario, lang, t };

  // Follow the phase: a new phase brings its panel to the front.
  const phase = game.phase;
  useEffect(() => setTab(tabForPhase(phase)), [phase]);

  // Whether it is this player's turn moves without the game moving (a seat given to the AI, a pause, a lost connection).
  const legal = useMemo(() => session.legal(), [session, game, session.aiBusy, session.myTurn]);
  const held = session.heldBack ?? null;

  const act = useCallback((action: Action) => {
    const label = actionLabel(names, session.game, action);
    // A control outside the held panels (the dossier's) says why nothing is sent.
    if (session.heldBack) return announce(t('announce.refused', { action: label, reason: t(session.heldBack) }));
    const rejection = session.act(action);
    if (rejection) announce(t('announce.refused', { action: label, reason: rejectionText(t, rejection) }));
    else announce(t('announce.done', { action: label }));
    // A control that did its work often disappears; keep keyboard focus inside the panel.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
    });
  }, [session, lang]);

  const select = useCallback((id: DelegationId | null, focus = true) => {
    setSelected(id);
    // Opening a dossier from a list takes the reader there; the map keeps its own focus.
    if (id && focus) requestAnimationFrame(() => document.getElementById('dossier-heading')?.focus());
  }, []);

  const ui: GameUi = useMemo(() => ({
    ...names, session, game, me: session.me, legal, act,
    select, showTab: setTab, announce,
  }), [version, lang, legal]);

  useMoveFeedback(session, names, announce);

  const wasBusy = useRef(session.aiBusy);
  useEffect(() => {
    if (wasBusy.current && !session.aiBusy && session.myTurn) announce(t('announce.your-turn'));
    wasBusy.current = session.aiBusy;
  }, [version]);

  return (
    <GameContext.Provider value={ui}>
      <SelectionContext.Provider value={selected}>
      <div class="game" data-phase={game.phase} data-round={game.round} data-log={session.snapshot.log.length} data-busy={String(session.aiBusy)}>
        <a class="skip-link" href="#main">{t('nav.skip')}</a>
        <PhaseBar onLeave={onLeave} />
        <TabNav tab={tab} onTab={setTab} />
        <main id="main" ref={mainRef} class="game__main" aria-busy={session.aiBusy}>
          {held && HELD_TABS.includes(tab) ? (
            <>
              {/* The device's status line announces it; this says it again where the controls are. */}
              <p class="notice game__held-note">{t(held)}</p>
              {/* One switch for every control of the panel; what the panel says stays as the rules have it. */}
              <fieldset class="game__held" disabled>
                <PanelView tab={tab} />
              </fieldset>
            </>
          ) : <PanelView tab={tab} />}
        </main>
        <MapStage />
        <aside class="game__aside" aria-label={t('aside.label')}>
          <Dossier />
          <LatestNews />
        </aside>
        {tutorial && <Coach onClose={() => onEndTutorial?.()} />}
        <Announcer messages={messages} />
        {session.pendingSummaries.length > 0 && <RoundSummaryDialog round={session.pendingSummaries[0]!} onClose={() => session.dismissSummary()} />}
      </div>
      </SelectionContext.Provider>
    </GameContext.Provider>
  );
}

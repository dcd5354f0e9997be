/**
 * The application: preferences, the start screen, and the game screen once a game runs.
 * Switching language re-renders everything from the same session, so no game is lost.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadCatalogue, translator } from '../i18n';
import type { Language } from '../scenario/text';
import { PrefsContext, type AppPrefs } from './context';
import { lazyScreen } from './lazy-screen';
import { CLASSROOM_HASH, netRoute } from './routes';
import { DebriefNav } from './debrief/debrief-link';
import type { GameSession } from './game-session';
import { gameChunk, loadGameChunk, type GameChunk } from './game-loader';
import { newSeed, type NewGame } from './new-game';
import { loadPrefs, savePrefs } from './prefs';
import { browserStorage, readSave, type SaveLoad } from './save';
import { StartScreen } from './start/start-screen';
import { LazyWorkbench, WORKBENCH_HASH } from './workbench/lazy-workbench';
import { UpdateToast } from './offline/update-toast';

// Screens the first game does not need, each a chunk of its own (the classroom, the networked
// classroom's pages and their socket client, the debrief and its print view).
const ClassroomApp = lazyScreen(() => import('./classroom/classroom-app').then((m) => m.ClassroomApp));
const NetworkApp = lazyScreen(() => import('./network/network-app').then((m) => m.NetworkApp));
const DebriefApp = lazyScreen(() => import('./debrief/debrief-app').then((m) => m.DebriefApp));

export function App() {
  const storage = browserStorage();
  const [prefs, setPrefs] = useState(() => loadPrefs(storage, location.search, navigator.language));
  const [saved, setSaved] = useState<SaveLoad>(() => readSave(storage));
  const [resumeError, setResumeError] = useState<string | null>(null);
  const [session, setSession] = useState<GameSession | null>(null);
  // The game's code (game-loader.ts): fetched while the start page is idle, awaited here if not yet.
  const [code, setCode] = useState<GameChunk | null>(gameChunk);
  const [codeState, setCodeState] = useState<{ loading: true } | { failed: string } | null>(null);
  const withGame = (use: (g: GameChunk) => void) => {
    const now = gameChunk();
    if (now) {
      setCode(now);
      use(now);
      return;
    }
    setCodeState({ loading: true });
    loadGameChunk().then((g) => {
      setCodeState(null);
      setCode(g);
      use(g);
    }, (e: unknown) => setCodeState({ failed: e instanceof Error ? e.message : String(e) }));
  };
  const [classroom, setClassroom] = useState(() => location.hash.startsWith(CLASSROOM_HASH));
  const [debrief, setDebrief] = useState(false);
  const [workbench, setWorkbench] = useState(() => location.hash === WORKBENCH_HASH);
  const openWorkbench = (open: boolean) => {
    // The address records the workbench, so a reload comes back to it.
    history.replaceState(null, '', open ? WORKBENCH_HASH : `${location.pathname}${location.search}`);
    setWorkbench(open);
  };
  const [tutorial, setTutorial] = useState(false);
  const [net, setNet] = useState(() => netRoute(location.hash));
  useEffect(() => {
    const follow = () => {
      setNet(netRoute(location.hash));
      if (location.hash.startsWith(CLASSROOM_HASH)) setClassroom(true);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    document.documentElement.lang = prefs.lang;
    document.documentElement.classList.toggle('large-text', prefs.largeText);
    savePrefs(storage, prefs);
  }, [prefs]);

  const app = useMemo<AppPrefs>(() => ({
    lang: prefs.lang,
    t: translator(prefs.lang),
    // The catalogue first (loaded on demand, see i18n/index.ts), so no panel shows half a switch;
    // should it fail to load, the switch still happens and the missing messages read in English.
    setLang: (lang: Language) => {
      void loadCatalogue(lang).catch(() => undefined).finally(() => setPrefs((p) => ({ ...p, lang })));
    },
    largeText: prefs.largeText,
    setLargeText: (largeText: boolean) => setPrefs((p) => ({ ...p, largeText })),
  }), [prefs]);

  useEffect(() => {
    document.title = app.t('app.title');
  }, [app]);

  const start = (game: NewGame, guided = false) => withGame((g) => {
    session?.stop();
    setTutorial(guided);
    const s = g.newSession(game, storage);
    setSession(s);
    setResumeError(null);
    s.runAi();
    if (workbench) openWorkbench(false);
  });

  const resume = () => withGame((g) => {
    if (saved.kind !== 'ok') return;
    const r = g.restoreSession(saved.record, storage, app.t);
    if (!r.ok) {
      setResumeError(r.reason);
      return;
    }
    setTutorial(false);
    setSession(r.session);
    r.session.runAi();
  });

  const leave = () => {
    session?.stop();
    setTutorial(false);
    setSession(null);
    setDebrief(false);
    setSaved(readSave(storage));
  };

  return (
    <PrefsContext.Provider value={app}>
      {net ? <NetworkApp route={net} onExit={(toClassroom) => { history.replaceState(null, '', toClassroom ? CLASSROOM_HASH : location.pathname); setNet(null); setClassroom(toClassroom); }} />
        : classroom ? <ClassroomApp onExit={() => setClassroom(false)} />
        : session && debrief ? <DebriefApp scenario={session.scenario} seed={session.seed} game={session.game} actions={session.snapshot.log} player={session.me} onBack={() => setDebrief(false)} />
          : session && code ? <DebriefNav.Provider value={() => setDebrief(true)}><code.GameScreen key={session.seed} session={session} onLeave={leave} tutorial={tutorial} onEndTutorial={() => setTutorial(false)} /></DebriefNav.Provider>
            : workbench ? <LazyWorkbench onBack={() => openWorkbench(false)} onStart={start} />
              : <>{codeState && ('failed' in codeState ? <p role="alert">{app.t('app.load-failed', { reason: codeState.failed })}</p> : <p role="status">{app.t('app.loading')}</p>)}<StartScreen saved={saved} resumeError={resumeError} onStart={start} onResume={resume} onClassroom={() => setClassroom(true)} onWorkbench={() => openWorkbench(true)} onTutorial={() => withGame((g) => {
                const game = g.tutorialGame(newSeed(location.search));
                if (game) start(game, true);
              })} /></>}
      <UpdateToast />
    </PrefsContext.Provider>
  );
}

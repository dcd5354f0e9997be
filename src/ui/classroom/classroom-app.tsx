/**
 * The classroom: its start page, the setup wizard, the session (on a projector or hot-seat), the
 * debrief and replay, and the printable packets. The address (#classroom/play) records that a
 * session is running, so that a reload or a reopened tab goes straight back to it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Seat } from '../../flow/conductor';
import type { TimedPhase } from '../../flow/session.machine';
import type { Scenario } from '../../scenario/schema';
import type { CheckedSession, ScenarioResolver } from '../../session/check';
import { listSaves, loadSave, type SessionStorage } from '../../session/store';
import { usePrefs } from '../context';
import { DebriefApp } from '../debrief/debrief-app';
import { DebriefNav } from '../debrief/debrief-link';
import { PrintScreen } from '../print/print-screen';
import { newSeed } from '../new-game';
import { browserStorage } from '../save';
import { parseScenario } from '../../scenario/parse';
import { resolveScenario, setScenarioParser } from '../scenario-source';
import { createNetworkSession } from '../network/create-session';
import { ClassroomHome } from './classroom-home';
import { ClassroomSession, newSessionId } from './classroom-session';
import type { ClassroomView } from './console-session';
import { HotSeatScreen } from './hot-seat-screen';
import { problemText } from './problem-text';
import { ProjectorScreen } from './projector-screen';
import { READING_MINUTES, SetupWizard, type ClassroomSetup } from './setup-wizard';
import { CLASSROOM_HASH } from '../routes';
import './classroom.css';

export { CLASSROOM_HASH };
const PLAY_HASH = '#classroom/play';

interface PrintInput {
  scenario: Scenario;
  names: Record<string, string>;
  seats: Record<string, Seat>;
  durations: Record<TimedPhase, number>;
  name: string;
}

type Screen =
  | { kind: 'home'; notice?: string }
  | { kind: 'setup' }
  | { kind: 'play' }
  | { kind: 'debrief' | 'replay' }
  | { kind: 'print'; input: PrintInput }
  | { kind: 'creating'; problem?: string };

// Sessions kept in this browser may come from a file: the classroom carries the checker of files.
setScenarioParser(parseScenario);
const resolve: ScenarioResolver = (source) => resolveScenario(source);

function setHash(hash: string): void {
  if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

export function ClassroomApp({ onExit }: { onExit(): void }) {
  const { t, lang } = usePrefs();
  const storage = useMemo<SessionStorage | null>(() => browserStorage(), []);
  const [session, setSession] = useState<ClassroomSession | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });

  /** Opens a checked session: a stored save (`key`) resumes without a second copy of itself. */
  const open = (checked: CheckedSession, key?: string) => {
    const r = checked.record;
    const s = new ClassroomSession({
      id: r.id, scenario: checked.scenario, source: r.scenario, seed: r.seed, difficulty: r.difficulty, mode: r.mode,
      seats: r.seats, names: r.names, log: r.actions, clock: r.clock, turn: r.turn, storage,
      ...(r.name ? { name: r.name } : {}), readingMinutes: r.readingMinutes ?? READING_MINUTES, ...(r.lock ? { lock: r.lock } : {}), ...(key ? { resumedFrom: key } : {}),
    });
    setSession(s);
    setScreen({ kind: 'play' });
    s.runAi();
  };

  const start = (setup: ClassroomSetup) => {
    if (setup.mode === 'devices') {
      setScreen({ kind: 'creating' });
      void createNetworkSession(setup, t, lang).then((problem) => problem && setScreen({ kind: 'creating', problem }));
      return;
    }
    const s = new ClassroomSession({ ...setup, mode: setup.mode, id: newSessionId(), seed: newSeed(location.search), storage });
    setSession(s);
    setScreen({ kind: 'play' });
    s.runAi();
  };

  // A reload while a session ran: resume that session's newest autosave at once (another class
  // may have played in this browser since).
  useEffect(() => {
    if (!location.hash.startsWith(PLAY_HASH) || !storage) return;
    const id = decodeURIComponent(location.hash.slice(PLAY_HASH.length + 1));
    const saves = listSaves(storage);
    const newest = (id ? saves.find((e) => e.ok && e.id === id) : undefined) ?? saves[0];
    if (!newest) return;
    const r = loadSave(storage, newest.key, resolve);
    if (r.ok) open(r.value, newest.key);
    else setScreen({ kind: 'home', notice: t('classroom.save-problem', { reason: problemText(t, r.problem) }) });
  }, []);

  useEffect(() => setHash(screen.kind === 'play' ? `${PLAY_HASH}/${encodeURIComponent(session?.id ?? '')}` : `${CLASSROOM_HASH}/${screen.kind}`), [screen.kind, session]);
  // The session stops when another replaces it, when the facilitator leaves it, and with the page.
  useEffect(() => () => session?.stop(), [session]);

  const leave = () => {
    setSession(null);
    setScreen({ kind: 'home' });
  };
  const view = (v: ClassroomView) => {
    if (!session) return;
    if (v === 'print') {
      const durations = session.clock.getSnapshot().context.durations;
      setScreen({ kind: 'print', input: { scenario: session.scenario, names: session.names, seats: { ...session.snapshot.seats }, durations, name: session.name } });
    } else {
      // The debrief and the replay are often on the shared screen: their secrets ask for the PIN again.
      session.relock();
      setScreen({ kind: v });
    }
  };

  switch (screen.kind) {
    case 'home':
      return <ClassroomHome storage={storage} resolve={resolve} notice={screen.notice} onNew={() => setScreen({ kind: 'setup' })} onOpen={open} onBack={() => { setHash(''); onExit(); }} />;
    case 'creating':
      return (
        <main id="main" class="classroom-page">
          <p role={screen.problem ? 'alert' : 'status'} class={`notice${screen.problem ? ' notice--bad' : ''}`}>{screen.problem ?? t('net.creating')}</p>
          {screen.problem && <button type="button" class="button" onClick={() => setScreen({ kind: 'setup' })}>{t('setup.back')}</button>}
        </main>
      );
    case 'setup':
      return <SetupWizard onStart={start} onCancel={() => setScreen({ kind: 'home' })} />;
    case 'print':
      return <PrintScreen {...screen.input} readingMinutes={session?.readingMinutes ?? READING_MINUTES} onBack={() => setScreen({ kind: 'play' })} />;
    case 'debrief':
    case 'replay':
      if (!session) return null;
      return (
        <DebriefApp
          scenario={session.scenario} seed={session.seed} game={session.game} actions={session.snapshot.log} names={session.names}
          teams={session.humans()} {...(session.lock ? { lock: session } : {})}
          initial={screen.kind} onBack={() => setScreen({ kind: 'play' })}
        />
      );
    case 'play':
      if (!session) return null;
      return (
        <DebriefNav.Provider value={() => setScreen({ kind: 'debrief' })}>
          {session.mode === 'hot-seat'
            ? <HotSeatScreen session={session} onLeave={leave} onView={view} />
            : <ProjectorScreen session={session} onLeave={leave} onView={view} />}
        </DebriefNav.Provider>
      );
  }
}

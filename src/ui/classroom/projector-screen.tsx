/**
 * The projector view of a facilitated session: the public conference for the whole room (the
 * phase, the timer, the agenda, positions and the consensus meter, the map, the flashpoints and
 * the news) and the facilitator's recording of the moves of delegations played by people. It is
 * built from public information only: no dossier, confidential brief, secret objective or private
 * offer is ever rendered here.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { cohesion, collectiveOutcome, indexScenario, PUBLIC, type Action, type DelegationId } from '../../engine';
import { formatNumber } from '../../i18n';
import { localize } from '../../scenario/text';
import { actionVisibleTo } from '../../debrief/replay-cursor';
import { actionLabel } from '../action-label';
import { GameContext, SelectionContext, usePrefs, type GameUi } from '../context';
import { Announcer, useAnnouncer } from '../game/announcer';
import { FlashpointCard } from '../game/flashpoint-card';
import { LatestNews } from '../game/latest-news';
import { MapStage } from '../map/map-stage';
import { delegationName } from '../names';
import { PrefsControls } from '../prefs-controls';
import { rejectionText } from '../rejection-text';
import { useSession } from '../use-session';
import type { ClassroomSession } from './classroom-session';
import type { ClassroomView } from './console-session';
import { DealRecorder } from './deal-recorder';
import { EventBanner } from './event-banner';
import { FacilitatorConsole } from './facilitator-console';
import { ConsultationsBoard, ImplementationBoard, PlenaryBoard } from './projector-boards';
import { RecordPanel } from './record-panel';
import { TimerDisplay } from './timer-display';

interface Props {
  session: ClassroomSession;
  onLeave(): void;
  onView(view: ClassroomView): void;
}

function Conference({ session, onView }: { session: ClassroomSession; onView(view: ClassroomView): void }) {
  const { t } = usePrefs();
  const { game, scenario } = session;
  switch (game.phase) {
    case 'consultations': return <><ConsultationsBoard session={session} /><RecordPanel session={session} /><DealRecorder session={session} /></>;
    case 'plenary': return <PlenaryBoard session={session} />;
    case 'implementation': return <><ImplementationBoard session={session} /><RecordPanel session={session} /></>;
    case 'concluded': {
      const o = collectiveOutcome(indexScenario(scenario), game);
      return (
        <section class="section" aria-labelledby="board-end">
          <h2 id="board-end">{t('results.heading')}</h2>
          <p class={`grade grade--${o.grade}`}><span class="grade__letter">{o.grade}</span> <span class="grade__score">{t('results.score', { n: o.score })}</span></p>
          <p>{t(`results.grade.${o.grade}`)}</p>
          <button type="button" class="button button--primary button--large" onClick={() => onView('debrief')}>{t('debrief.open')}</button>
        </section>
      );
    }
    default: return <p class="notice">{t('guide.between')}</p>;
  }
}

export function ProjectorScreen({ session, onLeave, onView }: Props) {
  const { t, lang } = usePrefs();
  const version = useSession(session);
  const game = session.game;
  const scenario = session.scenario;
  const [selected, setSelected] = useState<DelegationId | null>(null);
  const [console, setConsole] = useState(false);
  const { messages, announce } = useAnnouncer(lang);
  const names = { scenario, lang, t };

  const act = useCallback((action: Action) => {
    // The room may learn that a private offer was answered, never from whom or on what terms.
    const label = actionVisibleTo(session.game, action, PUBLIC) ? actionLabel(names, session.game, action) : t('projector.private-move');
    const who = delegationName(names, action.by);
    const rejection = session.act(action);
    announce(rejection ? t('announce.refused', { action: `${who}: ${label}`, reason: rejectionText(t, rejection) }) : t('announce.done', { action: `${who}: ${label}` }));
  }, [session, lang]);

  const ui: GameUi = useMemo(() => ({
    ...names, session, game, me: PUBLIC, legal: [], act,
    select: (id: DelegationId | null) => setSelected(id), showTab: () => undefined, announce,
  }), [version, lang]);

  const idx = indexScenario(scenario);
  const stat = (label: string, value: string) => <div class="stat"><dt>{label}</dt><dd>{value}</dd></div>;
  return (
    <GameContext.Provider value={ui}>
      <SelectionContext.Provider value={selected}>
      <div class="projector" data-mode="projector" data-phase={game.phase} data-round={game.round} data-log={session.snapshot.log.length} data-busy={String(session.aiBusy)}>
        <header class="projector__bar">
          <div class="projector__title">
            <h1>{localize(scenario.meta.title, lang)}</h1>
            <dl class="phase-bar__stats">
              {stat(t('bar.round'), t('bar.round.value', { round: game.round, rounds: scenario.calendar.rounds, year: scenario.calendar.startYear + game.round - 1 }))}
              {stat(t('bar.chair'), delegationName(names, game.chair))}
              {stat(t('bar.phase'), t(`phase.${game.phase}`))}
              {stat(t('bar.cohesion'), formatNumber(lang, cohesion(idx, game)))}
            </dl>
          </div>
          <TimerDisplay session={session} large />
          {session.storageFull && <p role="alert" class="warning">{t('classroom.storage-full')}</p>}
          <div class="button-row">
            <PrefsControls />
            <button type="button" class="button" onClick={() => setConsole(true)} aria-haspopup="dialog">{t('console.open')}</button>
            <button type="button" class="button button--quiet" onClick={onLeave}>{t('classroom.leave')}</button>
          </div>
        </header>
        <main id="main" class="projector__main" aria-busy={session.aiBusy}>
          {session.aiBusy && <p class="busy projector__busy">{t('bar.ai-busy', { n: session.aiSteps })}</p>}
          <EventBanner session={session} />
          <Conference session={session} onView={onView} />
        </main>
        <MapStage />
        <aside class="projector__aside" aria-label={t('projector.aside')}>
          {scenario.flashpoints.length > 0 && (
            <section aria-labelledby="proj-fp">
              <h2 id="proj-fp">{t('results.flashpoints')}</h2>
              {scenario.flashpoints.map((f) => <FlashpointCard key={f.id} id={f.id} actions={[]} />)}
            </section>
          )}
          <LatestNews />
        </aside>
        <Announcer messages={messages} />
        {console && <FacilitatorConsole session={session} onClose={() => setConsole(false)} onView={(v) => { setConsole(false); onView(v); }} />}
      </div>
      </SelectionContext.Provider>
    </GameContext.Provider>
  );
}

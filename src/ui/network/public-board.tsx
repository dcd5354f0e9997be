/**
 * The public conference over the network, for the projector and for observers: built from the
 * public view only (the server sends nothing else to these screens).
 */
import { useMemo, useState } from 'preact/hooks';
import { awaited, cohesion, currentItem, indexScenario, PUBLIC, roundAgenda, type DelegationId } from '../../engine';
import { formatNumber } from '../../i18n';
import { localize } from '../../scenario/text';
import { GameContext, SelectionContext, usePrefs, type GameUi } from '../context';
import { useAnnouncer, Announcer } from '../game/announcer';
import { ConsensusMeter } from '../game/consensus-meter';
import { FlashpointCard } from '../game/flashpoint-card';
import { LatestNews } from '../game/latest-news';
import { PositionsTable } from '../game/positions-table';
import { MapStage } from '../map/map-stage';
import { delegationList, delegationName, packageTitle, proposalTitle } from '../names';
import { PrefsControls } from '../prefs-controls';
import type { NetClient } from './net-client';
import { NetSession } from './net-session';
import { NetStatus } from './net-status';
import { useClient } from './use-client';

function Conference({ g }: { g: GameUi }) {
  const { t, game, scenario } = g;
  const waiting = awaited(scenario, game);
  const item = currentItem(game);
  return (
    <section class="section" aria-labelledby="board-now">
      <h2 id="board-now">{t(`phase.${game.phase}`)}</h2>
      <p class="projector__waiting">{waiting.length ? t('net.projector.waiting', { names: delegationList(g, waiting) }) : t('net.projector.nobody')}</p>
      {game.phase === 'consultations' && (
        <ol class="agenda" aria-label={t('agenda.heading', { n: roundAgenda(game).length })}>
          {roundAgenda(game).map((id) => <li key={id}>{proposalTitle(g, game, id)} — {t('agenda.proposer', { name: delegationName(g, game.proposals[id]!.proposer) })}</li>)}
        </ol>
      )}
      {game.phase === 'plenary' && item && (
        <>
          <h3>{t('plenary.item', { proposal: packageTitle(g, game, item.id) })}</h3>
          <ConsensusMeter proposal={item} />
          <PositionsTable proposal={item} />
        </>
      )}
    </section>
  );
}

export function PublicBoard({ client, projector, onLeave }: { client: NetClient; projector: boolean; onLeave?(): void }) {
  const prefs = usePrefs();
  const { t, lang } = prefs;
  const version = useClient(client, true);
  const session = useMemo(() => new NetSession(client, PUBLIC), [client]);
  const [selected, setSelected] = useState<DelegationId | null>(null);
  const { messages, announce } = useAnnouncer(lang);
  const view = client.view;
  const ui: GameUi | null = useMemo(() => view && ({
    scenario: view.scenario, lang, t, session, game: view.game, me: PUBLIC, legal: [], act: () => undefined,
    select: (id: DelegationId | null) => setSelected(id), showTab: () => undefined, announce,
  }), [version, lang]);
  if (!view || !ui) return <main id="main" class="classroom-page"><NetStatus client={client} seat={null} /></main>;
  const { game, scenario } = view;
  const code = client.welcome?.code;
  const url = client.welcome?.joinUrl ?? location.origin;
  return (
    <GameContext.Provider value={ui}>
      <SelectionContext.Provider value={selected}>
      <div class="projector net-board" data-mode={projector ? 'net-projector' : 'observer'} data-phase={game.phase} data-round={game.round} data-version={view.v}>
        <header class="projector__bar">
          <div class="projector__title">
            <h1>{localize(scenario.meta.title, lang)}</h1>
            <p>{t('bar.round.value', { round: game.round, rounds: scenario.calendar.rounds, year: scenario.calendar.startYear + game.round - 1 })} · {t(`phase.${game.phase}`)} · {t('bar.cohesion')}: {formatNumber(lang, cohesion(indexScenario(scenario), game))}</p>
            {!projector && <p>{t('net.observer')}</p>}
          </div>
          <NetStatus client={client} seat={null} />
          <div class="button-row">
            <PrefsControls />
            {onLeave && <button type="button" class="button button--quiet" onClick={onLeave}>{t('classroom.leave')}</button>}
          </div>
        </header>
        {projector && code && (
          <section class="net-join-card" aria-label={t('net.join.title')}>
            <p>{t('net.projector.join', { url })} <strong class="net-join-card__code" data-testid="join-code">{code}</strong></p>
            <img src={`/api/qr.svg?code=${encodeURIComponent(code)}`} alt={t('net.projector.qr')} width={160} height={160} />
          </section>
        )}
        <main id="main" class="projector__main"><Conference g={ui} /></main>
        <MapStage />
        <aside class="projector__aside" aria-label={t('projector.aside')}>
          {scenario.flashpoints.map((f) => <FlashpointCard key={f.id} id={f.id} actions={[]} />)}
          <LatestNews />
        </aside>
        <Announcer messages={messages} />
      </div>
      </SelectionContext.Provider>
    </GameContext.Provider>
  );
}

/**
 * Consultations: everything the player may do this phase, in the order of the decisions: offers
 * owed an answer, the agenda and pledges, tabling, offers (and those the player has made), disputes (those in danger first),
 * then the long list of bilateral talks (searchable) and the energy bloc.
 * Only legal actions are offered; a group with nothing to do is left out.
 */
import { groupActions } from '../action-groups';
import { indexScenario } from '../../engine';
import { localize } from '../../scenario/text';
import { stageRank } from '../../engine/common';
import { useGame } from '../context';
import { ActionButton } from './action-button';
import { AgendaSection } from './agenda-section';
import { EnergySection } from './energy-section';
import { FlashpointCard } from './flashpoint-card';
import { OfferForm } from './offer-form';
import { OffersInbox } from './offers-inbox';
import { SentOffers } from './sent-offers';
import { PanelHeading } from './panel-heading';
import { TalksTable } from './talks-table';
import { AssumptionNote } from './assumption-note';

/**
 * Brings a dispute's card into view within the panel's own scroller and moves focus to its
 * heading. Only the panel scrolls: scrolling the page as well would slide the game's fixed
 * layout, header and map with it, out of the window.
 */
function goToDispute(id: string): void {
  const heading = document.getElementById(`fp-${id}`);
  if (!heading) return;
  const scroller = heading.closest<HTMLElement>('.game__main');
  if (scroller) scroller.scrollTop += heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

export function ConsultationsPanel() {
  const { t, lang, game, legal, me, scenario, showTab } = useGame();
  const groups = groupActions(legal);
  const consulting = game.phase === 'consultations';
  const ready = game.delegations[me]?.ready ?? false;
  const canTable = groups.tabling.length > 0;
  // Disputes in danger come first: the higher the stage, the sooner it needs diplomacy.
  const flashpoints = [...scenario.flashpoints].sort((a, b) => stageRank(game.flashpoints[b.id]!.stage) - stageRank(game.flashpoints[a.id]!.stage));
  const consentsOwed = [...groups.diplomacy.entries()].filter(([, list]) => list.some((a) => a.type === 'diplomacy.consent')).map(([id]) => id);
  const answering = groups.answers.size > 0 || consentsOwed.length > 0;

  return (
    <>
      <PanelHeading title={t('tab.consultations')} />
      {!consulting && <p class="notice">{t('consult.closed', { phase: t(`phase.${game.phase}`) })}</p>}
      {consulting && ready && <p class="notice">{t('consult.ready-note')}</p>}
      {consulting && !ready && !groups.ready && answering && <p class="notice">{t('consult.answer-first')}</p>}
      {consulting && !ready && consentsOwed.map((id) => (
        <p key={id} class="notice">
          {/* The request sits in its dispute's card far down the panel: take the player there. */}
          <button type="button" class="button button--quiet" onClick={() => goToDispute(id)}>
            {t('consult.consent.go', { flashpoint: localize(indexScenario(scenario).flashpoint.get(id)!.name, lang) })}
          </button>
        </p>
      ))}
      {groups.ready && (
        <div class="panel__bar">
          <ActionButton action={groups.ready} variant="primary" />
        </div>
      )}
      {groups.answers.size > 0 && <OffersInbox answers={groups.answers} />}
      {consulting && (
        <AgendaSection pledges={groups.pledges} agenda={groups.agenda} />
      )}
      {consulting && !ready && (
        <section class="section" aria-labelledby="consult-table">
          <h3 id="consult-table">{t('consult.table.heading')}</h3>
          <p>{canTable ? t('consult.table.help', { n: groups.tabling.length })
            : (game.delegations[me]?.tabledThisRound ?? 0) === 0 ? t('consult.table.none-yet') : t('consult.table.none')}</p>
          {canTable && <button type="button" class="button" onClick={() => showTab('proposals')}>{t('consult.table.go')}</button>}
          {canTable && groups.pass && (
            <>
              <p class="hint">{t('consult.floor.help')}</p>
              <ActionButton action={groups.pass} />
            </>
          )}
        </section>
      )}
      {groups.offers.length > 0 && <OfferForm offers={groups.offers} />}
      <SentOffers />
      {consulting && flashpoints.length > 0 && (
        <section class="section" aria-labelledby="consult-flashpoints">
          <h3 id="consult-flashpoints">{t('consult.flashpoints.heading')}</h3>
          <p class="hint">{t('consult.flashpoints.help')}</p>
          <AssumptionNote id="preventive" />
          {flashpoints.map((f) => <FlashpointCard key={f.id} id={f.id} actions={groups.diplomacy.get(f.id) ?? []} />)}
        </section>
      )}
      {groups.talks.length > 0 && <TalksTable actions={groups.talks} />}
      {consulting && scenario.energy.enabled && <EnergySection actions={groups.energy} />}
    </>
  );
}

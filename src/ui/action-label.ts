/**
 * What a button for an action says: the accessible name of every control that sends an action
 * is built here, so tests and screen readers find the same words the player sees.
 */
import type { Action, GameState } from '../engine';
import { clusterTitle, corridorName, delegationName, flashpointName, measureTitle, proposalTitle, type NameContext } from './names';

export function actionLabel(c: NameContext, game: GameState, a: Action): string {
  const { t } = c;
  switch (a.type) {
    case 'consult.talks': return t('action.talks', { name: delegationName(c, a.with) });
    case 'consult.pledge': return t('action.pledge', { proposal: proposalTitle(c, game, a.proposal) });
    case 'consult.offer': {
      const proposal = a.ask.kind === 'support' ? proposalTitle(c, game, a.ask.proposal) : '';
      if (a.give.kind === 'influence') return t('action.offer.influence', { name: delegationName(c, a.to), amount: a.give.amount, proposal });
      // Support sold for influence: the price is what is asked, not a proposal.
      if (a.ask.kind === 'influence') return t('action.offer.support-for-influence', { name: delegationName(c, a.to), theirs: proposalTitle(c, game, a.give.proposal), amount: a.ask.amount });
      return t('action.offer.support', { name: delegationName(c, a.to), theirs: proposalTitle(c, game, a.give.proposal), proposal });
    }
    case 'consult.answer': {
      const from = game.offers.find((o) => o.id === a.offer)?.from ?? '';
      return t(a.accept ? 'action.answer.accept' : 'action.answer.decline', { name: delegationName(c, from) });
    }
    case 'diplomacy.early-warning': return t('action.early-warning', { flashpoint: flashpointName(c, a.flashpoint) });
    case 'diplomacy.good-offices': return t('action.good-offices', { flashpoint: flashpointName(c, a.flashpoint) });
    case 'diplomacy.fact-finding': return t('action.fact-finding', { flashpoint: flashpointName(c, a.flashpoint) });
    case 'diplomacy.hotline': return t('action.hotline', { flashpoint: flashpointName(c, a.flashpoint) });
    case 'diplomacy.consent': return t(a.accept ? 'action.consent.accept' : 'action.consent.refuse', { flashpoint: flashpointName(c, a.flashpoint) });
    case 'energy.found': return t('action.energy.found');
    case 'energy.join': return t('action.energy.join');
    case 'energy.corridor': return t('action.energy.corridor', { corridor: corridorName(c, a.corridor) });
    case 'proposal.table': {
      const title = a.subject.kind === 'measure' ? measureTitle(c, a.subject.measure)
        : a.subject.kind === 'cluster' ? t('proposal.cluster', { title: clusterTitle(c, a.subject.cluster) }) : t('proposal.charter');
      return t('action.table', { title });
    }
    case 'proposal.pass': return t('action.pass');
    case 'agenda.order': return t('action.agenda', { proposal: proposalTitle(c, game, a.order[0] ?? '') });
    case 'plenary.position':
      if (a.stance === 'reservation') return t('action.position.reservation', { amendment: t(`amendment.${a.amendment ?? 'weaken'}`) });
      if (a.stance === 'objection' && a.amendment) return t('action.position.objection-unless', { amendment: t(`amendment.${a.amendment}`) });
      return t(`action.position.${a.stance}`);
    case 'plenary.amend': return t('action.amend', { amendment: t(`amendment.${a.amendment}`) });
    case 'plenary.link': return t('action.link', { proposal: proposalTitle(c, game, a.with) });
    case 'plenary.unlink': return t('action.unlink', { proposal: proposalTitle(c, game, a.with) });
    case 'plenary.withdraw': return t('action.withdraw');
    case 'plenary.decide': return t('action.decide');
    case 'implement.choose': return t(a.optIn ? 'action.implement.in' : 'action.implement.out', { measure: measureTitle(c, a.measure) });
    case 'ready': return t(game.phase === 'implementation' ? 'action.ready.implementation' : 'action.ready.consultations');
    case 'facilitator.end-phase': return t('action.end-phase');
    case 'facilitator.inject': return t('action.inject');
  }
}


/**
 * What an action will cost and do, in words, shown next to its button before the player
 * commits ("−1 influence", "+4 trust with China", "tension −6 at the review"). Numbers come
 * from the scenario's rules and the engine's own constants, so a preview never promises what
 * the rules will not deliver.
 */
import { implementationTerms, indexScenario, roundAgenda, tally, charterProblems, takesAmendments, type Action, type DelegationId, type GameState } from '../engine';
import { alignment, TALKS_TRUST } from '../engine/rules/consultations';
import { crisisSurcharge } from '../engine/rules/diplomacy';
import { stageRank } from '../engine/common';
import { TENSION_RELIEF } from '../engine';
import { signed } from '../i18n';
import { viewerContext } from '../ai/levers';
import { expectedPosition, questionOf } from '../ai/positions';
import { delegationList, delegationName, flashpointStageIn, proposalTitle, type NameContext } from './names';

/** Tension relief at the review from diplomacy at work this round: the engine's own figures. */
export const RELIEF = TENSION_RELIEF;

export interface PreviewContext extends NameContext {
  game: GameState;
  me: DelegationId;
}

function cost(c: PreviewContext, n: number): string {
  return n > 0 ? c.t('preview.cost', { n }) : c.t('preview.free');
}

function trustWith(c: PreviewContext, delta: number, who: DelegationId): string {
  return c.t('preview.trust-with', { delta: signed(c.lang, delta), name: delegationName(c, who) });
}

function prestige(c: PreviewContext, delta: number): string {
  return c.t('preview.prestige', { delta: signed(c.lang, delta) });
}

function tension(c: PreviewContext, delta: number): string {
  return c.t('preview.tension', { delta: signed(c.lang, delta) });
}

function openPledge(game: GameState, by: DelegationId, proposal: string): boolean {
  const ids = [proposal, ...(game.proposals[proposal]?.package ?? [])];
  return game.pledges.some((p) => p.by === by && p.status === 'open' && ids.includes(p.proposal));
}

function diplomacy(c: PreviewContext, a: Action & { flashpoint: string }): string[] {
  const idx = indexScenario(c.scenario);
  const costs = c.scenario.rules.costs;
  const surcharge = crisisSurcharge(c.game, a.flashpoint);
  const early = stageRank(c.game.flashpoints[a.flashpoint]!.stage) < 2;
  const extra = surcharge ? [c.t('preview.crisis-surcharge', { stage: flashpointStageIn(c, c.game, a.flashpoint) })] : [];
  const parties = idx.flashpoint.get(a.flashpoint)!.parties;
  switch (a.type) {
    case 'diplomacy.early-warning':
      return [cost(c, costs.earlyWarning), tension(c, -RELIEF.earlyWarning), ...(early ? [prestige(c, 1)] : [])];
    case 'diplomacy.good-offices':
      return [cost(c, costs.goodOffices + surcharge), ...extra, tension(c, -RELIEF.goodOffices), c.t('preview.parties-trust'), prestige(c, early ? 2 : 1)];
    case 'diplomacy.fact-finding':
      return [cost(c, costs.factFinding + surcharge), ...extra, c.t('preview.needs-consent', { names: delegationList(c, parties) }),
        // The rules take the influence on request, not on consent: a refusal refunds nothing.
        c.t('preview.spent-if-refused'), tension(c, -RELIEF.factFinding), prestige(c, early ? 2 : 1)];
    case 'diplomacy.hotline':
      return [cost(c, costs.hotline), c.t('preview.hotline'), prestige(c, 1)];
    case 'diplomacy.consent':
      return [a.accept ? c.t('preview.consent.accept', { delta: signed(c.lang, -RELIEF.factFinding) }) : c.t('preview.consent.refuse')];
    default:
      return [];
  }
}

function plenary(c: PreviewContext, a: Action): string[] {
  const idx = indexScenario(c.scenario);
  const { game, me } = c;
  switch (a.type) {
    case 'plenary.position': {
      const lines = [c.t(`preview.position.${a.stance}`)];
      if (a.stance !== 'support' && openPledge(game, me, a.proposal)) lines.push(c.t('preview.pledge-at-stake'));
      // The rules let a proposer hold out on its own item (a red line may catch up with it), but the proposer's tools say it better.
      if (a.stance !== 'support' && game.proposals[a.proposal]?.proposer === me) lines.push(c.t(takesAmendments(game.proposals[a.proposal]!) ? 'preview.position.own-item' : 'preview.position.own-item.fixed'));
      return lines;
    }
    case 'plenary.amend': {
      const p = game.proposals[a.proposal]!;
      // The amendment lifts every reservation and every conditional objection that asked for it.
      const asking = Object.values(p.positions).filter((x) => x.amendment === a.amendment);
      const n = asking.filter((x) => x.stance === 'reservation').length;
      const objections = asking.filter((x) => x.stance === 'objection').length;
      const first = objections
        ? c.t('preview.amend.converts-objections', { n, objections })
        : n ? c.t('preview.amend.converts', { n }) : c.t('preview.amend.none-asked');
      return [first, c.t(`preview.amend.${a.amendment}`)];
    }
    case 'plenary.link': return [c.t('preview.link')];
    case 'plenary.unlink': return [c.t('preview.unlink')];
    case 'plenary.withdraw': return [c.t('preview.withdraw')];
    case 'plenary.decide': {
      const p = game.proposals[a.proposal]!;
      const tl = tally(c.scenario.rules.decision, p, idx.voters);
      if (!tl.passes) return [c.t('preview.decide.fails', { names: delegationList(c, tl.blockers) })];
      if (p.subject.kind === 'charter' && charterProblems(idx, game).length) return [c.t('preview.decide.charter')];
      return [c.t('preview.decide.passes'), prestige(c, 2 + p.package.length)];
    }
    default:
      return [];
  }
}

/**
 * Influence the player will want at this round's implementation: the first round's cost of
 * implementing each measure it tabled this round (packages included). Income comes only at the
 * next round's opening, so what consultations spend is not there when the measures pass.
 */
export function implementationNeed(c: PreviewContext): number {
  const idx = indexScenario(c.scenario);
  const { game, me } = c;
  let need = 0;
  for (const id of roundAgenda(game)) {
    const p = game.proposals[id]!;
    if (p.proposer !== me || p.status !== 'tabled') continue;
    for (const s of [p.subject, ...p.package.map((x) => game.proposals[x]!.subject)]) {
      if (s.kind === 'measure') need += implementationTerms(idx, s.measure, p.amendments).cost;
    }
  }
  return need;
}

/** Influence the action takes from the player now or on acceptance (an offer of influence pays when accepted). */
function spent(c: PreviewContext, a: Action): number {
  return actionCost(c, a) + (a.type === 'consult.offer' && a.give.kind === 'influence' ? a.give.amount : 0);
}

/** The preview lines for an action the player may take now, with a warning when it leaves too little for implementing its own measures. */
export function preview(c: PreviewContext, a: Action): string[] {
  const lines = previewOf(c, a);
  if (c.game.phase !== 'consultations') return lines;
  const cost = spent(c, a);
  if (cost <= 0) return lines;
  const left = (c.game.delegations[c.me]?.influence ?? 0) - cost;
  const need = implementationNeed(c);
  return need > 0 && left < need ? [...lines, c.t('preview.keep-for-implementation', { left: Math.max(0, left), need })] : lines;
}

function previewOf(c: PreviewContext, a: Action): string[] {
  const idx = indexScenario(c.scenario);
  const costs = c.scenario.rules.costs;
  const { game } = c;
  switch (a.type) {
    case 'consult.talks':
      return [cost(c, costs.talks), trustWith(c, TALKS_TRUST + Math.round(2 * alignment(idx, a.by, a.with)), a.with)];
    case 'consult.pledge': {
      const proposer = game.proposals[a.proposal]!.proposer;
      return [cost(c, costs.pledge), trustWith(c, 2, proposer), c.t('preview.pledge-keep')];
    }
    case 'consult.offer': {
      // Influence given is paid only on acceptance: a "no cost" line beside it would read as a contradiction.
      const lines = (a.give.kind === 'influence' || a.ask.kind === 'influence') && costs.offer === 0 ? [] : [cost(c, costs.offer)];
      if (a.give.kind === 'influence') lines.push(c.t('preview.offer-pays', { n: a.give.amount }));
      if (a.ask.kind === 'influence') lines.push(c.t('preview.offer-receives', { n: a.ask.amount }));
      // Buying support the other side would give anyway is a gift: say so, from the same public estimate as "What would move them".
      if (a.ask.kind === 'support' && c.game.proposals[a.ask.proposal]) {
        const expected = expectedPosition(viewerContext(c.scenario, c.game, c.me), a.to, questionOf(c.game, a.ask.proposal));
        if (expected.stance === 'support') lines.push(c.t('preview.offer-expected-support', { name: delegationName(c, a.to) }));
      }
      lines.push(c.t('preview.if-accepted', { line: trustWith(c, 2, a.to) }));
      return lines;
    }
    case 'consult.answer': {
      const o = game.offers.find((x) => x.id === a.offer);
      if (!o || !a.accept) return [c.t('preview.decline')];
      const lines: string[] = [];
      if (o.give.kind === 'influence') lines.push(c.t('preview.receive-influence', { n: o.give.amount }));
      else lines.push(c.t('preview.receive-support', { name: delegationName(c, o.from), proposal: proposalTitle(c, game, o.give.proposal) }));
      if (o.ask.kind === 'influence') lines.push(c.t('preview.cost', { n: o.ask.amount }));
      else lines.push(c.t('preview.give-support', { proposal: proposalTitle(c, game, o.ask.proposal) }));
      lines.push(trustWith(c, 2, o.from));
      return lines;
    }
    case 'diplomacy.early-warning':
    case 'diplomacy.good-offices':
    case 'diplomacy.fact-finding':
    case 'diplomacy.hotline':
    case 'diplomacy.consent':
      return diplomacy(c, a);
    case 'energy.found':
      return [cost(c, costs.foundBloc), c.t('preview.bloc-quorum', { producers: c.scenario.energy.minProducers, importers: c.scenario.energy.minImporters })];
    case 'energy.join':
      return [cost(c, costs.joinBloc), c.t('preview.bloc-members-trust', { n: game.energy.members.length }), c.t('preview.bloc-income', { n: c.scenario.energy.memberIncome })];
    case 'energy.corridor':
      return [cost(c, costs.corridor), c.t('preview.corridor-trust')];
    case 'proposal.table':
      return [cost(c, costs.table), c.t('preview.table')];
    case 'agenda.order':
      return [c.t('preview.free')];
    case 'implement.choose': {
      // In the last round there is no later round to opt in.
      if (!a.optIn) return [c.t(game.round >= c.scenario.calendar.rounds ? 'preview.implement.out-last' : 'preview.implement.out')];
      const m = idx.measure.get(a.measure)!;
      const terms = implementationTerms(idx, a.measure, game.measures[a.measure]!.amendments);
      const lines = [
        terms.cost > 0 ? c.t('preview.implement.cost', { cost: terms.cost, rounds: terms.rounds }) : c.t('preview.implement.no-cost', { rounds: terms.rounds }),
        c.t('preview.implement.effects', { trust: m.effects.trust, prestige: m.effects.prestige }),
      ];
      if (m.effects.tension > 0) lines.push(c.t('preview.implement.tension', { n: m.effects.tension }));
      return lines;
    }
    case 'ready':
      return [c.t(game.phase === 'implementation' ? 'preview.ready.implementation' : 'preview.ready.consultations')];
    case 'plenary.position':
    case 'plenary.amend':
    case 'plenary.link':
    case 'plenary.unlink':
    case 'plenary.withdraw':
    case 'plenary.decide':
      return plenary(c, a);
    default:
      return [];
  }
}

/** The influence an action costs now (0 when free), for sorting and disabling. */
export function actionCost(c: PreviewContext, a: Action): number {
  const costs = c.scenario.rules.costs;
  switch (a.type) {
    case 'consult.talks': return costs.talks;
    case 'consult.pledge': return costs.pledge;
    case 'consult.offer': return costs.offer;
    case 'diplomacy.early-warning': return costs.earlyWarning;
    case 'diplomacy.good-offices': return costs.goodOffices + crisisSurcharge(c.game, a.flashpoint);
    case 'diplomacy.fact-finding': return costs.factFinding + crisisSurcharge(c.game, a.flashpoint);
    case 'diplomacy.hotline': return costs.hotline;
    case 'energy.found': return costs.foundBloc;
    case 'energy.join': return costs.joinBloc;
    case 'energy.corridor': return costs.corridor;
    case 'proposal.table': return costs.table;
    case 'implement.choose': return a.optIn ? implementationTerms(indexScenario(c.scenario), a.measure, c.game.measures[a.measure]!.amendments).cost : 0;
    default: return 0;
  }
}

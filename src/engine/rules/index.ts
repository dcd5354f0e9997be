/** Every action type and the rule that decides what it does. */
import type { ActionType } from '../actions';
import { answer, offer, pledge, talks } from './consultations';
import { consent, earlyWarning, factFinding, goodOffices, hotline } from './diplomacy';
import { corridor, foundBloc, joinBloc } from './energy';
import { endPhase, inject } from './facilitator';
import { choose, ready } from './implementation';
import { amend, callDecision, link, position, unlink, withdraw } from './plenary';
import { agendaOrder, pass, table } from './proposals';
import type { Rule } from './rule';

export const RULES: { [T in ActionType]: Rule<T> } = {
  'consult.talks': talks,
  'consult.pledge': pledge,
  'consult.offer': offer,
  'consult.answer': answer,
  'diplomacy.early-warning': earlyWarning,
  'diplomacy.good-offices': goodOffices,
  'diplomacy.fact-finding': factFinding,
  'diplomacy.consent': consent,
  'diplomacy.hotline': hotline,
  'energy.found': foundBloc,
  'energy.join': joinBloc,
  'energy.corridor': corridor,
  'proposal.table': table,
  'proposal.pass': pass,
  'agenda.order': agendaOrder,
  'plenary.position': position,
  'plenary.amend': amend,
  'plenary.link': link,
  'plenary.unlink': unlink,
  'plenary.withdraw': withdraw,
  'plenary.decide': callDecision,
  'implement.choose': choose,
  ready,
  'facilitator.end-phase': endPhase,
  'facilitator.inject': inject,
};

export const ACTION_TYPES = Object.keys(RULES) as ActionType[];

/**
 * Sorting the player's legal actions into the groups the consultations panel shows. Only
 * actions the engine accepts now arrive here, so a group that is empty is simply not shown.
 */
import type { Action, ActionOf } from '../engine';

export interface ConsultationGroups {
  /** Accept/decline pairs for each offer made to the player, by offer id. */
  answers: Map<string, ActionOf<'consult.answer'>[]>;
  talks: ActionOf<'consult.talks'>[];
  pledges: ActionOf<'consult.pledge'>[];
  offers: ActionOf<'consult.offer'>[];
  /** Preventive diplomacy (and consent to fact-finding) by flashpoint id. */
  diplomacy: Map<string, Action[]>;
  energy: Action[];
  tabling: ActionOf<'proposal.table'>[];
  agenda: ActionOf<'agenda.order'>[];
  /** Leaving the floor to the others: tabling nothing this round. */
  pass: ActionOf<'proposal.pass'> | null;
  ready: ActionOf<'ready'> | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function groupActions(legal: readonly Action[]): ConsultationGroups {
  const g: ConsultationGroups = {
    answers: new Map(), talks: [], pledges: [], offers: [], diplomacy: new Map(), energy: [], tabling: [], agenda: [], pass: null, ready: null,
  };
  for (const a of legal) {
    switch (a.type) {
      case 'consult.answer': push(g.answers, a.offer, a); break;
      case 'consult.talks': g.talks.push(a); break;
      case 'consult.pledge': g.pledges.push(a); break;
      case 'consult.offer': g.offers.push(a); break;
      case 'diplomacy.early-warning':
      case 'diplomacy.good-offices':
      case 'diplomacy.fact-finding':
      case 'diplomacy.hotline':
      case 'diplomacy.consent':
        push(g.diplomacy, a.flashpoint, a);
        break;
      case 'energy.found':
      case 'energy.join':
      case 'energy.corridor':
        g.energy.push(a);
        break;
      case 'proposal.table': g.tabling.push(a); break;
      case 'agenda.order': g.agenda.push(a); break;
      case 'proposal.pass': g.pass = a; break;
      case 'ready': g.ready = a; break;
      default: break;
    }
  }
  return g;
}

/** A stable key for an action, for list rendering and for finding a button again after a render. */
export function actionKey(a: Action): string {
  return JSON.stringify(a);
}

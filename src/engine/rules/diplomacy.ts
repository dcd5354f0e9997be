/**
 * Preventive diplomacy on flashpoints. Early warning, good offices and fact-finding act for one
 * round; a hotline stays. Acting before a crisis is cheaper and earns more prestige.
 */
import { addPrestige, canAfford, chronicle, inPhase, isActive, isPlayer, stageRank } from '../common';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { DelegationId, GameState } from '../state';
import { trustOf } from '../trust';
import type { Rule } from './rule';

function flashpointExists(idx: ScenarioIndex, id: string): Rejection | null {
  return idx.flashpoint.has(id) ? null : reject('unknown-target', `There is no flashpoint ${id}.`, { flashpoint: id });
}

function isParty(idx: ScenarioIndex, fid: string, by: DelegationId): boolean {
  return idx.flashpoint.get(fid)!.parties.includes(by);
}

/** Acting after a crisis has broken out costs one more influence. */
export function crisisSurcharge(state: GameState, fid: string): number {
  return stageRank(state.flashpoints[fid]!.stage) >= 2 ? 1 : 0;
}

function preventive(state: GameState, fid: string): boolean {
  return stageRank(state.flashpoints[fid]!.stage) < 2;
}

/** The checks of every tool that depend only on who acts (a listing asks them once per type). */
const gate = (idx: ScenarioIndex, state: GameState, by: DelegationId): Rejection | null => inPhase(state, 'consultations') ?? isActive(idx, state, by);

const common = (idx: ScenarioIndex, state: GameState, by: DelegationId, fid: string): Rejection | null => gate(idx, state, by) ?? flashpointExists(idx, fid);

export const earlyWarning: Rule<'diplomacy.early-warning'> = {
  check: (idx, state, a) =>
    common(idx, state, a.by, a.flashpoint)
    ?? (state.flashpoints[a.flashpoint]!.earlyWarning ? reject('already-done', 'An early-warning mission is already at work on this flashpoint this round.') : null)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.earlyWarning),
  gate,
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.earlyWarning;
    d.flashpoints[a.flashpoint]!.earlyWarning = true;
    const prev = preventive(d, a.flashpoint);
    addPrestige(d, a.by, prev ? 1 : 0);
    chronicle(d, { kind: 'mediation', round: d.round, flashpoint: a.flashpoint, by: a.by, tool: 'early-warning', preventive: prev });
  },
};

/** Whether every party trusts the would-be envoy enough. */
export function envoyTrusted(idx: ScenarioIndex, state: GameState, fid: string, envoy: DelegationId): boolean {
  return idx.flashpoint.get(fid)!.parties.every((p) => trustOf(state, p, envoy) >= idx.scenario.rules.envoyTrust);
}

export const goodOffices: Rule<'diplomacy.good-offices'> = {
  check: (idx, state, a) =>
    common(idx, state, a.by, a.flashpoint)
    ?? (isParty(idx, a.flashpoint, a.by) ? reject('not-allowed', 'A party to a dispute cannot be its special envoy.') : null)
    ?? (state.flashpoints[a.flashpoint]!.envoy ? reject('already-done', 'A special envoy is already at work on this flashpoint this round.') : null)
    ?? (envoyTrusted(idx, state, a.flashpoint, a.by) ? null
      : reject('precondition', `Every party must trust the envoy at least ${idx.scenario.rules.envoyTrust}.`, { trust: idx.scenario.rules.envoyTrust }))
    ?? canAfford(state, a.by, idx.scenario.rules.costs.goodOffices + crisisSurcharge(state, a.flashpoint)),
  gate,
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.goodOffices + crisisSurcharge(d, a.flashpoint);
    d.flashpoints[a.flashpoint]!.envoy = a.by;
    const prev = preventive(d, a.flashpoint);
    addPrestige(d, a.by, prev ? 2 : 1);
    chronicle(d, { kind: 'mediation', round: d.round, flashpoint: a.flashpoint, by: a.by, tool: 'good-offices', preventive: prev });
  },
};

/**
 * Parties that are not players, or that have already closed their consultations, answer a
 * fact-finding request at once, by their trust in the requester.
 */
const AUTO_CONSENT_TRUST = 40;

export const factFinding: Rule<'diplomacy.fact-finding'> = {
  check: (idx, state, a) =>
    common(idx, state, a.by, a.flashpoint)
    ?? (isParty(idx, a.flashpoint, a.by) ? reject('not-allowed', 'A fact-finding mission is sent by a third delegation, not by a party.') : null)
    ?? (state.flashpoints[a.flashpoint]!.factFinding !== 'none' ? reject('already-done', 'A fact-finding mission has already been requested this round.') : null)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.factFinding + crisisSurcharge(state, a.flashpoint)),
  gate,
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.factFinding + crisisSurcharge(d, a.flashpoint);
    const f = d.flashpoints[a.flashpoint]!;
    f.factFinding = 'requested';
    f.factFindingBy = a.by;
    f.consents = {};
    for (const p of idx.flashpoint.get(a.flashpoint)!.parties) {
      if (!d.delegations[p] || d.delegations[p].ready) f.consents[p] = trustOf(d, p, a.by) >= AUTO_CONSENT_TRUST;
    }
    settleFactFinding(idx, d, a.flashpoint, false);
  },
};

/** Activates a mission once every party consented, or records a refusal; `final` treats silence as refusal. */
export function settleFactFinding(idx: ScenarioIndex, d: GameState, fid: string, final: boolean): void {
  const f = d.flashpoints[fid]!;
  if (f.factFinding !== 'requested' || !f.factFindingBy) return;
  const parties = idx.flashpoint.get(fid)!.parties;
  const refused = parties.some((p) => f.consents[p] === false) || (final && parties.some((p) => f.consents[p] === undefined));
  if (refused) {
    f.factFinding = 'refused';
    chronicle(d, { kind: 'fact-finding-refused', round: d.round, flashpoint: fid, by: f.factFindingBy });
  } else if (parties.every((p) => f.consents[p] === true)) {
    f.factFinding = 'active';
    const prev = preventive(d, fid);
    addPrestige(d, f.factFindingBy, prev ? 2 : 1);
    chronicle(d, { kind: 'mediation', round: d.round, flashpoint: fid, by: f.factFindingBy, tool: 'fact-finding', preventive: prev });
  }
}

export const consent: Rule<'diplomacy.consent'> = {
  check: (idx, state, a) =>
    inPhase(state, 'consultations')
    ?? isPlayer(idx, state, a.by)
    ?? flashpointExists(idx, a.flashpoint)
    ?? (isParty(idx, a.flashpoint, a.by) ? null : reject('not-allowed', 'Only a party to the dispute is asked for consent.'))
    ?? (state.flashpoints[a.flashpoint]!.factFinding === 'requested' ? null : reject('unknown-target', 'No fact-finding mission awaits consent on this flashpoint.'))
    ?? (state.flashpoints[a.flashpoint]!.consents[a.by] !== undefined ? reject('already-done', `${a.by} has already answered.`) : null),
  gate: (idx, state, by) => inPhase(state, 'consultations') ?? isPlayer(idx, state, by),
  apply: (idx, d, a) => {
    d.flashpoints[a.flashpoint]!.consents[a.by] = a.accept;
    settleFactFinding(idx, d, a.flashpoint, false);
  },
};

/** A hotline needs a minimum of trust between the parties to be set up at all. */
export const HOTLINE_TRUST = 20;

export const hotline: Rule<'diplomacy.hotline'> = {
  check: (idx, state, a) =>
    common(idx, state, a.by, a.flashpoint)
    ?? (isParty(idx, a.flashpoint, a.by) ? null : reject('not-allowed', 'A hotline is set up by a party to the dispute.'))
    ?? (state.flashpoints[a.flashpoint]!.hotline ? reject('already-done', 'This dispute already has a hotline.') : null)
    ?? (idx.flashpoint.get(a.flashpoint)!.parties.every((p) => p === a.by || trustOf(state, p, a.by) >= HOTLINE_TRUST) ? null
      : reject('precondition', `The parties must trust each other at least ${HOTLINE_TRUST} to set up a hotline.`, { trust: HOTLINE_TRUST }))
    ?? canAfford(state, a.by, idx.scenario.rules.costs.hotline),
  gate,
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.hotline;
    d.flashpoints[a.flashpoint]!.hotline = true;
    const prev = preventive(d, a.flashpoint);
    addPrestige(d, a.by, 1);
    chronicle(d, { kind: 'mediation', round: d.round, flashpoint: a.flashpoint, by: a.by, tool: 'hotline', preventive: prev });
  },
};

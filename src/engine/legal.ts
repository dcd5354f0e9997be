/**
 * Every action a delegation (or the facilitator) may take now. It feeds the buttons of the UI,
 * the AI, fuzz tests and model-based tests, so it enumerates candidates and keeps those the
 * rules accept: the rules remain the only judge.
 */
import type { Scenario } from '../scenario/schema';
import type { Action, ActionType } from './actions';
import { passesCheck } from './apply';
import { guarded } from './door/guard';
import { whileListing } from './listing';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import { MAX_OFFER_INFLUENCE } from './rules/consultations';
import { currentItem } from './rules/plenary';
import { roundAgenda } from './rules/proposals';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import { AMENDMENTS, FACILITATOR, type DelegationId, type GameState } from './state';

/**
 * The candidates that depend only on the scenario and the delegation, built once and frozen
 * (they are handed out in every listing, so nobody may change them).
 */
interface Fixed {
  talks: Action[];
  /** Diplomacy, energy and tabling candidates, in listing order. */
  tools: Action[];
  implementation: Action[];
}

const fixedCache = new WeakMap<ScenarioIndex, Map<DelegationId, Fixed>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function fixedFor(idx: ScenarioIndex, by: DelegationId): Fixed {
  let byDelegation = fixedCache.get(idx);
  if (!byDelegation) fixedCache.set(idx, (byDelegation = new Map()));
  const hit = byDelegation.get(by);
  if (hit) return hit;
  const talks: Action[] = [];
  for (const other of idx.allIds) if (other !== by) talks.push({ type: 'consult.talks', by, with: other });
  const tools: Action[] = [];
  for (const f of idx.scenario.flashpoints) {
    tools.push(
      { type: 'diplomacy.early-warning', by, flashpoint: f.id },
      { type: 'diplomacy.good-offices', by, flashpoint: f.id },
      { type: 'diplomacy.fact-finding', by, flashpoint: f.id },
      { type: 'diplomacy.hotline', by, flashpoint: f.id },
      { type: 'diplomacy.consent', by, flashpoint: f.id, accept: true },
      { type: 'diplomacy.consent', by, flashpoint: f.id, accept: false },
    );
  }
  tools.push({ type: 'energy.found', by }, { type: 'energy.join', by });
  for (const c of idx.scenario.energy.corridors) tools.push({ type: 'energy.corridor', by, corridor: c.id });
  for (const m of idx.scenario.measures) tools.push({ type: 'proposal.table', by, subject: { kind: 'measure', measure: m.id } });
  for (const c of idx.scenario.transformation.clusters) tools.push({ type: 'proposal.table', by, subject: { kind: 'cluster', cluster: c.id } });
  const implementation: Action[] = [];
  for (const m of idx.scenario.measures) {
    implementation.push({ type: 'implement.choose', by, measure: m.id, optIn: true }, { type: 'implement.choose', by, measure: m.id, optIn: false });
  }
  implementation.push({ type: 'ready', by });
  const fixed = deepFreeze({ talks, tools, implementation });
  byDelegation.set(by, fixed);
  return fixed;
}

function consultationCandidates(idx: ScenarioIndex, state: GameState, by: DelegationId): Action[] {
  const fixed = fixedFor(idx, by);
  const out: Action[] = [...fixed.talks];
  const tabled = roundAgenda(state);
  for (const p of tabled) out.push({ type: 'consult.pledge', by, proposal: p });
  const mine = tabled.filter((p) => state.proposals[p]!.proposer === by);
  if (mine.length) {
    for (const to of state.players) {
      if (to === by) continue;
      const theirs = tabled.filter((p) => state.proposals[p]!.proposer === to);
      for (const p of mine) {
        for (let amount = 1; amount <= MAX_OFFER_INFLUENCE; amount++) out.push({ type: 'consult.offer', by, to, give: { kind: 'influence', amount }, ask: { kind: 'support', proposal: p } });
        for (const q of theirs) out.push({ type: 'consult.offer', by, to, give: { kind: 'support', proposal: q }, ask: { kind: 'support', proposal: p } });
      }
    }
  }
  // Naming a price: support for another's proposal in return for influence.
  for (const q of tabled) {
    const to = state.proposals[q]!.proposer;
    if (to === by) continue;
    for (let amount = 1; amount <= MAX_OFFER_INFLUENCE; amount++) out.push({ type: 'consult.offer', by, to, give: { kind: 'support', proposal: q }, ask: { kind: 'influence', amount } });
  }
  for (const o of state.offers) {
    if (o.to === by && o.status === 'open') {
      out.push({ type: 'consult.answer', by, offer: o.id, accept: true }, { type: 'consult.answer', by, offer: o.id, accept: false });
    }
  }
  out.push(...fixed.tools);
  out.push({ type: 'proposal.pass', by });
  if (state.chair === by && tabled.length > 1) {
    for (const p of tabled.slice(1)) out.push({ type: 'agenda.order', by, order: [p, ...tabled.filter((x) => x !== p)] });
  }
  out.push({ type: 'ready', by });
  return out;
}

function plenaryCandidates(state: GameState, by: DelegationId): Action[] {
  const item = currentItem(state);
  if (!item) return [];
  const proposal = item.id;
  if (state.plenary!.step === 'positions') {
    return [
      { type: 'plenary.position', by, proposal, stance: 'support' },
      ...AMENDMENTS.map((amendment) => ({ type: 'plenary.position', by, proposal, stance: 'reservation', amendment }) as Action),
      { type: 'plenary.position', by, proposal, stance: 'abstain' },
      { type: 'plenary.position', by, proposal, stance: 'objection' },
    ];
  }
  const pl = state.plenary!;
  return [
    { type: 'plenary.decide', by, proposal },
    ...AMENDMENTS.map((amendment) => ({ type: 'plenary.amend', by, proposal, amendment }) as Action),
    ...pl.agenda.slice(pl.current + 1).map((w) => ({ type: 'plenary.link', by, proposal, with: w }) as Action),
    ...item.package.map((w) => ({ type: 'plenary.unlink', by, proposal, with: w }) as Action),
    { type: 'plenary.withdraw', by, proposal },
  ];
}

function facilitatorCandidates(idx: ScenarioIndex): Action[] {
  return [
    { type: 'facilitator.end-phase', by: FACILITATOR },
    ...idx.scenario.events.map((e) => ({ type: 'facilitator.inject', by: FACILITATOR, event: e.id }) as Action),
  ];
}

/** Implementation choices exist only for adopted measures (the rule refuses any other), then ready. */
function implementationCandidates(idx: ScenarioIndex, state: GameState, by: DelegationId): Action[] {
  return fixedFor(idx, by).implementation.filter((a) => a.type !== 'implement.choose' || state.measures[a.measure]?.status === 'adopted');
}

/**
 * Whether a rule's gate lets `by` take actions of this type at all (see `Rule.gate`); a gate
 * that throws is a check that throws, so the actions are not listed.
 */
function gateOpen(idx: ScenarioIndex, state: GameState, type: ActionType, by: DelegationId): boolean {
  const rule = RULES[type] as Rule<ActionType>;
  if (!rule.gate) return true;
  const checked = guarded('check', type, () => rule.gate!(idx, state, by));
  return checked.ok && checked.value === null;
}

export function legalActions(scenario: Scenario, state: GameState, by: DelegationId): Action[] {
  const idx = indexScenario(scenario);
  let candidates: Action[];
  if (by === FACILITATOR) candidates = facilitatorCandidates(idx);
  else if (state.phase === 'consultations') candidates = consultationCandidates(idx, state, by);
  else if (state.phase === 'plenary') candidates = plenaryCandidates(state, by);
  else if (state.phase === 'implementation') candidates = implementationCandidates(idx, state, by);
  else candidates = [];
  // Every candidate is by `by`: a gate is asked once per type, and a closed one drops them all.
  const open = new Map<ActionType, boolean>();
  return whileListing(state, () => {
    const out: Action[] = [];
    for (const a of candidates) {
      let gate = open.get(a.type);
      if (gate === undefined) open.set(a.type, (gate = gateOpen(idx, state, a.type, a.by)));
      if (gate && passesCheck(idx, state, a)) out.push(a);
    }
    return out;
  });
}

/** Delegations that have something to do before the game can move on. */
export function awaited(scenario: Scenario, state: GameState): DelegationId[] {
  const idx = indexScenario(scenario);
  if (state.phase === 'consultations' || state.phase === 'implementation') return state.players.filter((p) => !state.delegations[p]!.ready);
  if (state.phase === 'plenary') {
    const item = currentItem(state);
    if (!item) return [];
    if (state.plenary!.step === 'proposer') return [item.proposer];
    return idx.voters.filter((v) => !item.positions[v]);
  }
  return [];
}

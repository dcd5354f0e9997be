/**
 * Every action a delegation (or the facilitator) may take now. It feeds the buttons of the UI,
 * the AI, fuzz tests and model-based tests, so it enumerates candidates and keeps those the
 * rules accept: the rules remain the only judge.
 */
import type { Scenario } from '../scenario/schema';
import type { Action, ActionOf, ActionType } from './actions';
import { passesCheck } from './apply';
import { guarded } from './door/guard';
import { whileListing, type LegalListing, type ListingScope } from './listing';
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
  /** The same tools by type, each list in listing order. */
  toolsByType: Map<ActionType, Action[]>;
  pass: Action;
  ready: Action;
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

function byType(actions: readonly Action[]): Map<ActionType, Action[]> {
  const out = new Map<ActionType, Action[]>();
  for (const a of actions) {
    const list = out.get(a.type);
    if (list) list.push(a);
    else out.set(a.type, [a]);
  }
  return out;
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
  const ready: Action = { type: 'ready', by };
  const implementation: Action[] = [];
  for (const m of idx.scenario.measures) {
    implementation.push({ type: 'implement.choose', by, measure: m.id, optIn: true }, { type: 'implement.choose', by, measure: m.id, optIn: false });
  }
  implementation.push(ready);
  const fixed = deepFreeze({ talks, tools, toolsByType: byType(tools), pass: { type: 'proposal.pass', by } as Action, ready, implementation });
  byDelegation.set(by, fixed);
  return fixed;
}

/** Where a listing takes its candidates from: by type (each list built once), and all of them in listing order. */
interface Source {
  ofType(type: ActionType): readonly Action[];
  all(): readonly Action[];
}

const NONE: readonly Action[] = Object.freeze([]);

function offerCandidates(state: GameState, by: DelegationId, tabled: readonly string[]): Action[] {
  const out: Action[] = [];
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
  return out;
}

function consultationSource(idx: ScenarioIndex, state: GameState, by: DelegationId, scope: ListingScope): Source {
  const fixed = fixedFor(idx, by);
  let agenda: string[] | undefined;
  const tabled = () => (agenda ??= whileListing(state, () => roundAgenda(state), scope));
  const built = new Map<ActionType, readonly Action[]>();
  const build = (type: ActionType): readonly Action[] => {
    switch (type) {
      case 'consult.talks': return fixed.talks;
      case 'consult.pledge': return tabled().map((p): Action => ({ type: 'consult.pledge', by, proposal: p }));
      case 'consult.offer': return offerCandidates(state, by, tabled());
      case 'consult.answer': {
        const out: Action[] = [];
        for (const o of state.offers) {
          if (o.to === by && o.status === 'open') out.push({ type: 'consult.answer', by, offer: o.id, accept: true }, { type: 'consult.answer', by, offer: o.id, accept: false });
        }
        return out;
      }
      case 'proposal.pass': return [fixed.pass];
      case 'agenda.order': {
        const t = tabled();
        if (state.chair !== by || t.length <= 1) return NONE;
        return t.slice(1).map((p): Action => ({ type: 'agenda.order', by, order: [p, ...t.filter((x) => x !== p)] }));
      }
      case 'ready': return [fixed.ready];
      default: return fixed.toolsByType.get(type) ?? NONE;
    }
  };
  const ofType = (type: ActionType) => {
    let list = built.get(type);
    if (!list) built.set(type, (list = build(type)));
    return list;
  };
  return {
    ofType,
    all: () => [
      ...ofType('consult.talks'), ...ofType('consult.pledge'), ...ofType('consult.offer'), ...ofType('consult.answer'),
      ...fixed.tools, fixed.pass, ...ofType('agenda.order'), fixed.ready,
    ],
  };
}

/** A source over a short list built at once. */
function listSource(candidates: readonly Action[]): Source {
  let grouped: Map<ActionType, Action[]> | undefined;
  return { ofType: (type) => (grouped ??= byType(candidates)).get(type) ?? NONE, all: () => candidates };
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

function sourceFor(idx: ScenarioIndex, state: GameState, by: DelegationId, scope: ListingScope): Source {
  if (by === FACILITATOR) return listSource(facilitatorCandidates(idx));
  if (state.phase === 'consultations') return consultationSource(idx, state, by, scope);
  if (state.phase === 'plenary') return listSource(plenaryCandidates(state, by));
  if (state.phase === 'implementation') return listSource(implementationCandidates(idx, state, by));
  return listSource([]);
}

/**
 * The legal actions of `by` now, checked lazily (see `LegalListing`). Every candidate is by
 * `by`: a gate is asked once per type, and a closed one drops them all.
 */
export function listLegal(scenario: Scenario, state: GameState, by: DelegationId): LegalListing {
  const idx = indexScenario(scenario);
  const scope: ListingScope = { state };
  const source = sourceFor(idx, state, by, scope);
  const gates = new Map<ActionType, boolean>();
  const verdicts = new Map<Action, boolean>();
  const gate = (type: ActionType) => {
    let open = gates.get(type);
    if (open === undefined) gates.set(type, (open = whileListing(state, () => gateOpen(idx, state, type, by), scope)));
    return open;
  };
  const passes = (a: Action) => {
    let ok = verdicts.get(a);
    if (ok === undefined) verdicts.set(a, (ok = gate(a.type) && whileListing(state, () => passesCheck(idx, state, a), scope)));
    return ok;
  };
  const checked = new Map<ActionType, Action[]>();
  let everything: Action[] | undefined;
  const listing: LegalListing = {
    candidates: <T extends ActionType>(type: T) => (gate(type) ? source.ofType(type) : NONE) as readonly ActionOf<T>[],
    passes,
    of: <T extends ActionType>(type: T) => {
      let list = checked.get(type);
      if (!list) checked.set(type, (list = listing.candidates(type).filter(passes)));
      return list as ActionOf<T>[];
    },
    all: () => (everything ??= source.all().filter(passes)),
  };
  return listing;
}

export function legalActions(scenario: Scenario, state: GameState, by: DelegationId): Action[] {
  return listLegal(scenario, state, by).all();
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

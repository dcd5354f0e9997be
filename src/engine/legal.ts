/**
 * Every action a delegation (or the facilitator) may take now. It feeds the buttons of the UI,
 * the AI, fuzz tests and model-based tests, so it enumerates candidates and keeps those the
 * rules accept: the rules remain the only judge.
 */
import type { Scenario } from '../scenario/schema';
import type { Action, ActionOf, ActionType } from './actions';
import { passesPastGate } from './apply';
import { guarded } from './door/guard';
import { enterListing, leaveListing, type LegalListing, type ListingScope } from './listing';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import { MAX_OFFER_INFLUENCE } from './rules/consultations';
import { currentItem } from './rules/plenary';
import { roundAgenda } from './rules/proposals';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import { AMENDMENTS, FACILITATOR, type DelegationId, type GameState, type Reason } from './state';

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

function answerCandidates(state: GameState, by: DelegationId): Action[] {
  const out: Action[] = [];
  for (const o of state.offers) {
    if (o.to === by && o.status === 'open') out.push({ type: 'consult.answer', by, offer: o.id, accept: true }, { type: 'consult.answer', by, offer: o.id, accept: false });
  }
  return out;
}

class ConsultationSource implements Source {
  private readonly fixed: Fixed;
  private agenda: string[] | undefined;
  private readonly built = new Map<ActionType, readonly Action[]>();

  constructor(idx: ScenarioIndex, private readonly state: GameState, private readonly by: DelegationId, private readonly scope: ListingScope) {
    this.fixed = fixedFor(idx, by);
  }

  private tabled(): string[] {
    if (!this.agenda) {
      const outer = enterListing(this.scope);
      try {
        this.agenda = roundAgenda(this.state);
      } finally {
        leaveListing(outer);
      }
    }
    return this.agenda;
  }

  private build(type: ActionType): readonly Action[] {
    const { state, by, fixed } = this;
    switch (type) {
      case 'consult.talks': return fixed.talks;
      case 'consult.pledge': return this.tabled().map((p): Action => ({ type: 'consult.pledge', by, proposal: p }));
      case 'consult.offer': return offerCandidates(state, by, this.tabled());
      case 'consult.answer': return answerCandidates(state, by);
      case 'proposal.pass': return [fixed.pass];
      case 'agenda.order': {
        const t = this.tabled();
        if (state.chair !== by || t.length <= 1) return NONE;
        return t.slice(1).map((p): Action => ({ type: 'agenda.order', by, order: [p, ...t.filter((x) => x !== p)] }));
      }
      case 'ready': return [fixed.ready];
      default: return fixed.toolsByType.get(type) ?? NONE;
    }
  }

  ofType(type: ActionType): readonly Action[] {
    let list = this.built.get(type);
    if (!list) this.built.set(type, (list = this.build(type)));
    return list;
  }

  all(): readonly Action[] {
    const { fixed } = this;
    return [
      ...this.ofType('consult.talks'), ...this.ofType('consult.pledge'), ...this.ofType('consult.offer'), ...this.ofType('consult.answer'),
      ...fixed.tools, fixed.pass, ...this.ofType('agenda.order'), fixed.ready,
    ];
  }
}

/** A source over a short list built at once. */
class ListSource implements Source {
  private grouped: Map<ActionType, Action[]> | undefined;
  constructor(private readonly candidates: readonly Action[]) {}
  ofType(type: ActionType): readonly Action[] {
    return (this.grouped ??= byType(this.candidates)).get(type) ?? NONE;
  }
  all(): readonly Action[] {
    return this.candidates;
  }
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
  // The fixed list holds each measure's two choices in scenario order, then `ready`: one look at each measure.
  const fixed = fixedFor(idx, by).implementation;
  const measures = idx.scenario.measures;
  const out: Action[] = [];
  for (let i = 0; i < measures.length; i++) {
    if (state.measures[measures[i]!.id]?.status === 'adopted') out.push(fixed[2 * i]!, fixed[2 * i + 1]!);
  }
  for (let i = 2 * measures.length; i < fixed.length; i++) out.push(fixed[i]!);
  return out;
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
  if (by === FACILITATOR) return new ListSource(facilitatorCandidates(idx));
  if (state.phase === 'consultations') return new ConsultationSource(idx, state, by, scope);
  if (state.phase === 'plenary') return new ListSource(plenaryCandidates(state, by));
  if (state.phase === 'implementation') return new ListSource(implementationCandidates(idx, state, by));
  return new ListSource([]);
}

const UNKNOWN = 0;
const PASSES = 1;
const FAILS = 2;

/**
 * The legal actions of one delegation, checked as they are asked for. Every candidate is by
 * `by`: a gate is asked once per type, and a closed one drops them all; each candidate is
 * checked at most once (its verdict kept by its place in its type's list).
 */
class Listing implements LegalListing {
  private readonly scope: ListingScope;
  private readonly source: Source;
  private readonly gates = new Map<ActionType, boolean>();
  private readonly verdicts = new Map<ActionType, Uint8Array>();
  private everything: Action[] | undefined;
  /** The last candidate given a reason by `withReason`, and its place in its type's list (a policy hands back one action a step). */
  private reasoned: { action: Action; place: number } | undefined;

  constructor(private readonly idx: ScenarioIndex, private readonly state: GameState, private readonly by: DelegationId) {
    this.scope = { state };
    this.source = sourceFor(idx, state, by, this.scope);
  }

  private gate(type: ActionType): boolean {
    let open = this.gates.get(type);
    if (open === undefined) {
      const outer = enterListing(this.scope);
      try {
        open = gateOpen(this.idx, this.state, type, this.by);
      } finally {
        leaveListing(outer);
      }
      this.gates.set(type, open);
    }
    return open;
  }

  candidates<T extends ActionType>(type: T): readonly ActionOf<T>[] {
    return (this.gate(type) ? this.source.ofType(type) : NONE) as readonly ActionOf<T>[];
  }

  passesAt(type: ActionType, index: number): boolean {
    const list = this.candidates(type);
    let verdicts = this.verdicts.get(type);
    if (!verdicts) this.verdicts.set(type, (verdicts = new Uint8Array(list.length)));
    const known = verdicts[index];
    if (known !== UNKNOWN) return known === PASSES;
    const outer = enterListing(this.scope);
    let ok: boolean;
    try {
      // The list is empty unless the type's gate is open, so only the rest of the check is left.
      ok = passesPastGate(this.idx, this.state, list[index]!);
    } finally {
      leaveListing(outer);
    }
    verdicts[index] = ok ? PASSES : FAILS;
    return ok;
  }

  of<T extends ActionType>(type: T): ActionOf<T>[] {
    const list = this.candidates(type);
    const out: ActionOf<T>[] = [];
    for (let i = 0; i < list.length; i++) if (this.passesAt(type, i)) out.push(list[i]!);
    return out;
  }

  withReason<T extends Action>(candidate: T, reason: Reason): T {
    const place = this.placeOf(candidate);
    const out = Object.freeze({ ...candidate, reason }) as T;
    if (place >= 0) this.reasoned = { action: out, place };
    return out;
  }

  placeOf(action: Action): number {
    return action === this.reasoned?.action ? this.reasoned.place : this.candidates(action.type).indexOf(action);
  }

  all(): Action[] {
    if (this.everything) return this.everything;
    // In listing order, types interleaved (the tools): each candidate is found in its type's list once.
    const at = new Map<ActionType, number>();
    const out: Action[] = [];
    for (const a of this.source.all()) {
      const i = at.get(a.type) ?? 0;
      at.set(a.type, i + 1);
      if (this.gate(a.type) && this.passesAt(a.type, i)) out.push(a);
    }
    return (this.everything = out);
  }
}

/** The legal actions of `by` now, checked lazily (see `LegalListing`). */
export function listLegal(scenario: Scenario, state: GameState, by: DelegationId): LegalListing {
  return new Listing(indexScenario(scenario), state, by);
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

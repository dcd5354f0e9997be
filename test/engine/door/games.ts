/**
 * Games to fuzz from: the bundled scenarios played by the AI, with the states met on the way
 * and the log that leads to each, so that hostile actions are tried in every phase.
 */
import { createAiPolicy } from '../../../src/ai';
import { applyAction, awaited, createGame, legalActions, playerView, type Action, type ActionType, type GameState } from '../../../src/engine';
import { nextFloat, seedState } from '../../../src/engine/rng';
import type { Scenario } from '../../../src/scenario/schema';
import { loadScenario } from '../../../scripts/lib/load-scenario';

export const BUNDLED = ['preventive-diplomacy', 'energy-security', 'road-to-the-charter'] as const;

const loaded = new Map<string, Scenario>();
export function bundled(id: string): Scenario {
  let s = loaded.get(id);
  if (!s) {
    const r = loadScenario(id);
    if (!r.ok) throw new Error(`${id} does not load`);
    loaded.set(id, (s = r.scenario));
  }
  return s;
}

/** Every id a hostile action might borrow: delegations, scenario content, and the state's own. */
export function idsOf(scenario: Scenario): string[] {
  return [
    ...scenario.delegations.map((d) => d.id), 'facilitator',
    ...scenario.measures.map((m) => m.id), ...scenario.flashpoints.map((f) => f.id), ...scenario.events.map((e) => e.id),
    ...scenario.energy.corridors.map((c) => c.id), ...scenario.transformation.clusters.map((c) => c.id),
    'p1', 'p2', 'p3', 'o1', 'o2',
  ];
}

export interface Step {
  state: GameState;
  /** The actions that lead from a new game to this state: the first `at` of the walk's log. */
  log: readonly Action[];
  at: number;
  /** What each awaited delegation may do here (computed when asked: it is the costly part). */
  legal(): Action[];
}

/**
 * Plays the AI until `rounds` rounds are over (or `stop` says so), calling `visit` on every
 * state with the legal actions of the delegations it awaits.
 */
export function walk(scenario: Scenario, seed: number, rounds: number, visit: (step: Step) => boolean | void): void {
  const policy = createAiPolicy('normal');
  let rng = seedState(seed * 31 + 7);
  const random = () => {
    const [v, next] = nextFloat(rng);
    rng = next;
    return v;
  };
  let state = createGame(scenario, seed);
  const log: Action[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < 5000 && state.phase !== 'concluded' && state.round <= rounds; i++) {
    const waiting = awaited(scenario, state);
    const legalBy = new Map<string, Action[]>();
    const legalOf = (by: string) => {
      if (!legalBy.has(by)) legalBy.set(by, legalActions(scenario, state, by));
      return legalBy.get(by)!;
    };
    if (visit({ state, log, at: log.length, legal: () => waiting.flatMap(legalOf) }) === true) return;
    const key = `${state.round}:${state.phase}`;
    const by = waiting.reduce((b, id) => ((counts.get(`${key}:${id}`) ?? 0) < (counts.get(`${key}:${b}`) ?? 0) ? id : b), waiting[0]!);
    const legal = legalOf(by);
    const tired = (counts.get(`${key}:${by}`) ?? 0) >= 8;
    const action = (tired && legal.find((a) => a.type === 'ready')) || policy({ scenario, view: playerView(state, by), by, legal, random });
    const r = applyAction(scenario, state, action);
    if (!r.ok) throw new Error(`the AI chose an illegal ${action.type}: ${r.rejection.message}`);
    state = r.state;
    log.push(action);
    counts.set(`${key}:${by}`, (counts.get(`${key}:${by}`) ?? 0) + 1);
  }
}

/** Every `every`-th state of the first `rounds` rounds, with its legal actions. */
export function sample(scenario: Scenario, seed: number, rounds: number, every: number): Step[] {
  const out: Step[] = [];
  let n = 0;
  walk(scenario, seed, rounds, (step) => {
    if (n++ % every !== 0) return;
    const legal = step.legal();
    if (legal.length) out.push({ ...step, legal: () => legal });
  });
  return out;
}

const firstCache = new Map<string, { step: Step; action: Action } | null>();

/** The first state at which some awaited delegation may take an action of this type, and that action. */
export function firstLegal(scenario: Scenario, seed: number, type: ActionType): { step: Step; action: Action } | null {
  const key = `${scenario.meta.id}:${seed}:${type}`;
  if (!firstCache.has(key)) firstCache.set(key, findFirstLegal(scenario, seed, type));
  return firstCache.get(key)!;
}

function findFirstLegal(scenario: Scenario, seed: number, type: ActionType): { step: Step; action: Action } | null {
  let found: { step: Step; action: Action } | null = null;
  walk(scenario, seed, scenario.calendar.rounds, (step) => {
    const action = step.legal().find((a) => a.type === type);
    if (action) found = { step, action };
    return !!found;
  });
  return found;
}

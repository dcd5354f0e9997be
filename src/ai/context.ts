/**
 * What one AI delegation knows when it decides: its player view of the state, the scenario as it
 * may read it (other delegations' red lines, objectives and confidential briefs blanked), its
 * own profile, its memory of the public record, and the difficulty it plays at.
 */
import { indexScenario, scenarioView, trustOf, type DelegationId, type PlayerView, type ScenarioIndex } from '../engine';
import type { DelegationDef, Scenario } from '../scenario/schema';
import type { AiParams } from './difficulty';
import { recall, type Memory } from './memory';

export interface AiContext {
  /** The scenario as `me` may read it. */
  scenario: Scenario;
  idx: ScenarioIndex;
  state: PlayerView;
  me: DelegationId;
  self: DelegationDef;
  params: AiParams;
  random: () => number;
  memory: Memory;
  /** Values computed during this one decision (a context lives for one decision only). */
  cache: Map<string, unknown>;
}

/** One viewed scenario per (scenario, delegation), so its index is built once, not per decision. */
const viewCache = new WeakMap<Scenario, Map<DelegationId, Scenario>>();

/** The scenario as `me` may read it (cached, so the same object comes back for the same viewer). */
export function viewedScenario(scenario: Scenario, me: DelegationId): Scenario {
  let byViewer = viewCache.get(scenario);
  if (!byViewer) viewCache.set(scenario, (byViewer = new Map()));
  let viewed = byViewer.get(me);
  if (!viewed) byViewer.set(me, (viewed = scenarioView(scenario, me)));
  return viewed;
}

/** Everything one decision of `me` may use: nothing here reads another delegation's secrets. */
export function buildContext(scenario: Scenario, state: PlayerView, me: DelegationId, params: AiParams, random: () => number): AiContext {
  const viewed = viewedScenario(scenario, me);
  const idx = indexScenario(viewed);
  return { scenario: viewed, idx, state, me, self: idx.delegation.get(me)!, params, random, memory: recall(state), cache: new Map() };
}

/**
 * The values of one kind this decision has computed, by key (a measure, a delegation, a
 * proposal). One map per kind, found by a constant name: a key string built for each look-up
 * (`kind:id`) costs more to build and hash than most of the values it finds.
 */
export function decisionCache<V>(ctx: AiContext, kind: string): Map<string, V> {
  let byKey = ctx.cache.get(kind) as Map<string, V> | undefined;
  if (!byKey) ctx.cache.set(kind, (byKey = new Map()));
  return byKey;
}

/** Trust between two delegations as the viewer sees it (trust is public). */
export function trust(ctx: AiContext, a: DelegationId, b: DelegationId): number {
  return trustOf(ctx.state, a, b);
}

/** Influence the delegation has now. */
export function influence(ctx: AiContext): number {
  return ctx.state.delegations[ctx.me]?.influence ?? 0;
}

/**
 * Lookups over a validated scenario, built once per scenario object: rules look measures,
 * flashpoints and delegations up by id instead of scanning arrays on every action.
 */
import type { ClusterDef, CorridorDef, DelegationDef, EventDef, FlashpointDef, MeasureDef, Scenario } from '../scenario/schema';
import type { DelegationId } from './state';

export interface ScenarioIndex {
  scenario: Scenario;
  delegation: Map<DelegationId, DelegationDef>;
  measure: Map<string, MeasureDef>;
  flashpoint: Map<string, FlashpointDef>;
  cluster: Map<string, ClusterDef>;
  corridor: Map<string, CorridorDef>;
  event: Map<string, EventDef>;
  /** Player delegations, in scenario order. */
  players: DelegationId[];
  /** Player delegations that are members: they state positions and implement measures. */
  voters: DelegationId[];
  /** The same voters, for membership tests on every check. */
  voterSet: ReadonlySet<DelegationId>;
  members: DelegationId[];
  /** The same members, for membership tests. */
  memberSet: ReadonlySet<DelegationId>;
  allIds: DelegationId[];
  /** Flashpoints each delegation is party to. */
  partyTo: Map<DelegationId, string[]>;
  isSensitive(measure: MeasureDef): boolean;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x] as const));
  const isPlayer = (d: DelegationDef) => d.player ?? d.role === 'member';
  const partyTo = new Map<DelegationId, string[]>();
  for (const f of scenario.flashpoints) {
    for (const p of f.parties) partyTo.set(p, [...(partyTo.get(p) ?? []), f.id]);
  }
  const voters = scenario.delegations.filter((d) => isPlayer(d) && d.role === 'member').map((d) => d.id);
  const members = scenario.delegations.filter((d) => d.role === 'member').map((d) => d.id);
  const index: ScenarioIndex = {
    scenario,
    delegation: byId(scenario.delegations),
    measure: byId(scenario.measures),
    flashpoint: byId(scenario.flashpoints),
    cluster: byId(scenario.transformation.clusters),
    corridor: byId(scenario.energy.corridors),
    event: byId(scenario.events),
    players: scenario.delegations.filter(isPlayer).map((d) => d.id),
    voters,
    voterSet: new Set(voters),
    members,
    memberSet: new Set(members),
    allIds: scenario.delegations.map((d) => d.id),
    partyTo,
    isSensitive: (m) => m.sensitive ?? m.dimension === 'military',
  };
  cache.set(scenario, index);
  return index;
}

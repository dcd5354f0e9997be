/**
 * The Energy Security Partnership: a plurilateral bloc that producers and importers join by
 * opting in, with no Conference-wide consensus (the teaching contrast with consensus).
 */
import type { ActionOf } from '../actions';
import { canAfford, chronicle, inPhase, isActive } from '../common';
import { reject, type Rejection } from '../rejection';
import type { ScenarioIndex } from '../scenario-index';
import type { DelegationId, GameState } from '../state';
import { adjustTrust, trustOf } from '../trust';
import type { Rule } from './rule';

const enabled = (idx: ScenarioIndex) =>
  idx.scenario.energy.enabled ? null : reject('not-allowed', 'This scenario has no energy bloc.');

/** The checks every bloc action starts with, which depend only on who acts. */
const blocGate = (idx: ScenarioIndex, state: GameState, by: DelegationId): Rejection | null =>
  enabled(idx) ?? inPhase(state, 'consultations') ?? isActive(idx, state, by);

/** Whether the opted-in members are enough producers and importers to found the bloc. */
export function blocQuorum(idx: ScenarioIndex, members: readonly string[]): boolean {
  const profile = (id: string) => idx.delegation.get(id)!.energy;
  const producers = members.filter((m) => profile(m) === 'producer').length;
  const importers = members.filter((m) => profile(m) === 'importer').length;
  return producers >= idx.scenario.energy.minProducers && importers >= idx.scenario.energy.minImporters;
}

function addMember(idx: ScenarioIndex, d: GameState, by: string): void {
  d.energy.members.push(by);
  if (!d.energy.founded && blocQuorum(idx, d.energy.members)) {
    d.energy.founded = true;
    d.energy.foundedRound = d.round;
    chronicle(d, { kind: 'bloc-founded', round: d.round, members: [...d.energy.members] });
  } else if (d.energy.founded) {
    chronicle(d, { kind: 'bloc-joined', round: d.round, by });
  }
}

export const foundBloc: Rule<'energy.found'> = {
  check: (idx, state, a) =>
    enabled(idx)
    ?? inPhase(state, 'consultations')
    ?? isActive(idx, state, a.by)
    ?? (state.energy.members.length > 0 ? reject('already-done', 'The energy bloc has already been launched; join it instead.') : null)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.foundBloc),
  gate: (idx, state, by) => blocGate(idx, state, by),
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.foundBloc;
    addMember(idx, d, a.by);
  },
};

export const joinBloc: Rule<'energy.join'> = {
  check: (idx, state, a) =>
    enabled(idx)
    ?? inPhase(state, 'consultations')
    ?? isActive(idx, state, a.by)
    ?? (state.energy.members.length === 0 ? reject('precondition', 'No one has launched the energy bloc yet.') : null)
    ?? (state.energy.members.includes(a.by) ? reject('already-done', `${a.by} is already in the energy bloc.`) : null)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.joinBloc),
  gate: (idx, state, by) => blocGate(idx, state, by),
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.joinBloc;
    for (const m of d.energy.members) adjustTrust(d, a.by, m, 2);
    addMember(idx, d, a.by);
  },
};

/** The least trusting pair of neighbours on a corridor's route: a pipeline is as strong as its weakest link. */
export function weakestLink(state: Pick<GameState, 'trust'>, route: readonly DelegationId[]): { trust: number; pair: [DelegationId, DelegationId] } {
  let low = { trust: Infinity, pair: [route[0]!, route[1]!] as [DelegationId, DelegationId] };
  for (let i = 0; i + 1 < route.length; i++) {
    const t = trustOf(state, route[i]!, route[i + 1]!);
    if (t < low.trust) low = { trust: t, pair: [route[i]!, route[i + 1]!] };
  }
  return low;
}

/** Only a delegation on the route sponsors a corridor, once every delegation on it is in the bloc and neighbours trust each other enough. */
function routeProblem(idx: ScenarioIndex, state: GameState, by: DelegationId, id: string): Rejection | null {
  const route = idx.corridor.get(id)!.route;
  if (!route.includes(by)) return reject('not-allowed', 'Only a delegation on the route can sponsor a corridor.');
  const outside = route.filter((r) => !state.energy.members.includes(r));
  if (outside.length) return reject('precondition', `Every delegation on the route must be in the bloc; ${outside.join(', ')} is not.`, { missing: outside.join(', ') });
  const need = idx.scenario.energy.corridorTrust;
  const low = weakestLink(state, route);
  return low.trust < need ? reject('precondition', `Neighbours on the route must trust each other at least ${need}; ${low.pair.join('–')} is at ${low.trust}.`, { need, trust: low.trust, pair: low.pair.join('–') }) : null;
}

function corridorProblem(idx: ScenarioIndex, state: GameState, a: ActionOf<'energy.corridor'>): Rejection | null {
  return (idx.corridor.has(a.corridor) ? null : reject('unknown-target', `There is no corridor project ${a.corridor}.`, { corridor: a.corridor }))
    ?? (state.energy.founded ? null : reject('precondition', 'Corridor projects need a founded energy bloc.'))
    ?? (state.energy.corridors.some((c) => c.id === a.corridor) ? reject('already-done', 'This corridor is already being built.') : null)
    ?? routeProblem(idx, state, a.by, a.corridor)
    ?? canAfford(state, a.by, idx.scenario.rules.costs.corridor);
}

export const corridor: Rule<'energy.corridor'> = {
  check: (idx, state, a) => blocGate(idx, state, a.by) ?? corridorProblem(idx, state, a),
  gate: (idx, state, by) => blocGate(idx, state, by),
  given: corridorProblem,
  apply: (idx, d, a) => {
    d.delegations[a.by]!.influence -= idx.scenario.rules.costs.corridor;
    d.energy.corridors.push({ id: a.corridor, sponsor: a.by, round: d.round });
    const route = idx.corridor.get(a.corridor)!.route;
    for (let i = 0; i + 1 < route.length; i++) adjustTrust(d, route[i]!, route[i + 1]!, 3);
    chronicle(d, { kind: 'corridor', round: d.round, corridor: a.corridor, by: a.by });
  },
};

/**
 * What one viewer may see. A delegation sees the public conference plus its own secrets; the
 * public (projector) view sees no delegation's secrets; the facilitator sees everything. This
 * is the only state a client or an AI delegation should be given.
 */
import type { DelegationId, GameState } from './state';
import { FACILITATOR } from './state';

export const PUBLIC = 'public';
export type Viewer = DelegationId | typeof PUBLIC | typeof FACILITATOR;

/** A state with private offers between other delegations, and the generator's state, removed. Secret objectives and confidential briefs live in the scenario and are selected by `viewer` in `visibleSecrets`. */
export type PlayerView = GameState & { viewer: Viewer };

export function playerView(state: GameState, viewer: Viewer): PlayerView {
  if (viewer === FACILITATOR) return viewOf(state, viewer, state.offers, state.seed, state.rng);
  const offers = viewer === PUBLIC ? [] : state.offers.filter((o) => o.from === viewer || o.to === viewer);
  // With the seed or the generator's state a client could foresee events and tension rolls.
  return viewOf(state, viewer, offers, 0, 0);
}

/**
 * Field by field rather than a spread: the headless runner takes a view at every step, and V8
 * spreads the state's 26 fields about ten times slower than it builds this literal. The type
 * makes a field added to the state a compile error here until it is copied too.
 */
function viewOf(state: GameState, viewer: Viewer, offers: GameState['offers'], seed: number, rng: number): PlayerView {
  const view: Required<PlayerView> = {
    schemaVersion: state.schemaVersion, scenarioId: state.scenarioId, seed, rng, round: state.round, phase: state.phase,
    chair: state.chair, players: state.players, delegations: state.delegations, trust: state.trust,
    flashpoints: state.flashpoints, measures: state.measures, clusters: state.clusters, charter: state.charter,
    proposals: state.proposals, proposalOrder: state.proposalOrder, plenary: state.plenary, pledges: state.pledges,
    offers, energy: state.energy, firedEvents: state.firedEvents, roundEvents: state.roundEvents,
    chronicle: state.chronicle, history: state.history, counter: state.counter, concluded: state.concluded, viewer,
  };
  return view;
}

/** Which delegations' confidential briefs and secret objectives the viewer may read. */
export function canSeeSecretsOf(viewer: Viewer, delegation: DelegationId): boolean {
  return viewer === FACILITATOR || viewer === delegation;
}

import type { Scenario } from '../scenario/schema';

/**
 * The scenario as the viewer may read it: other delegations' confidential briefs, secret
 * objectives and AI profiles are blanked, so a client can be sent it whole. Once the game is over
 * (`concluded`), the secret objectives are revealed, as the debrief and the final scores reveal
 * them; confidential briefs and red lines stay with their delegations.
 */
export function scenarioView(scenario: Scenario, viewer: Viewer, concluded = false): Scenario {
  if (viewer === FACILITATOR) return scenario;
  return {
    ...scenario,
    delegations: scenario.delegations.map((d) =>
      canSeeSecretsOf(viewer, d.id)
        ? d
        : {
            ...d,
            brief: { public: d.brief.public, confidential: '' },
            objectives: concluded ? d.objectives : [],
            profile: { temperament: d.profile.temperament, interests: d.profile.interests, redLines: [] },
          },
    ),
  };
}

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
  if (viewer === FACILITATOR) return { ...state, viewer };
  const offers = viewer === PUBLIC ? [] : state.offers.filter((o) => o.from === viewer || o.to === viewer);
  // With the seed or the generator's state a client could foresee events and tension rolls.
  return { ...state, offers, seed: 0, rng: 0, viewer };
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

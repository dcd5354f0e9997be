/**
 * Steps through a recorded game action by action and round by round, showing at each step only
 * what the chosen viewer could have seen then. States are rebuilt by replay from checkpoints, so
 * stepping back is as cheap as stepping forward.
 */
import { applyAction, createGame, playerView, FACILITATOR, type Action, type GameState, type PlayerView, type Viewer } from '../engine';
import type { Scenario } from '../scenario/schema';

const CHECKPOINT_EVERY = 50;

/** Offers and their answers are private to the two delegations; everything else is public. */
export function actionVisibleTo(state: GameState, action: Action, viewer: Viewer): boolean {
  if (viewer === FACILITATOR) return true;
  if (action.type === 'consult.offer') return action.by === viewer || action.to === viewer;
  if (action.type === 'consult.answer') {
    const offer = state.offers.find((o) => o.id === action.offer);
    return !!offer && (offer.from === viewer || offer.to === viewer);
  }
  return true;
}

export class ReplayCursor {
  private checkpoints: GameState[] = [];
  /** The index of the first action of each round (round r starts at roundStarts[r - 1]). */
  readonly roundStarts: number[] = [];
  private position = 0;

  constructor(readonly scenario: Scenario, readonly seed: number, readonly actions: readonly Action[]) {
    let state = createGame(scenario, seed);
    this.checkpoints.push(state);
    this.roundStarts.push(0);
    actions.forEach((action, i) => {
      const r = applyAction(scenario, state, action);
      if (!r.ok) throw new Error(`Action ${i + 1} (${action.type} by ${action.by}) does not replay: ${r.rejection.message}`);
      const before = state.round;
      state = r.state;
      if (state.round !== before) this.roundStarts[state.round - 1] = i + 1;
      if ((i + 1) % CHECKPOINT_EVERY === 0) this.checkpoints.push(state);
    });
  }

  get length(): number {
    return this.actions.length;
  }

  get index(): number {
    return this.position;
  }

  /** The state after the first `index` actions. */
  stateAt(index: number): GameState {
    const i = Math.max(0, Math.min(this.actions.length, index));
    const cp = Math.floor(i / CHECKPOINT_EVERY);
    let state = this.checkpoints[cp]!;
    for (let k = cp * CHECKPOINT_EVERY; k < i; k++) {
      const r = applyAction(this.scenario, state, this.actions[k]!);
      if (r.ok) state = r.state;
    }
    return state;
  }

  seek(index: number): void {
    this.position = Math.max(0, Math.min(this.actions.length, index));
  }

  step(delta: number): void {
    this.seek(this.position + delta);
  }

  /** Moves to the start of the next (delta 1) or previous (delta -1) round. */
  stepRound(delta: 1 | -1): void {
    const round = this.stateAt(this.position).round;
    const target = delta > 0 ? this.roundStarts[round] : this.position > (this.roundStarts[round - 1] ?? 0) ? this.roundStarts[round - 1] : this.roundStarts[round - 2];
    this.seek(target ?? (delta > 0 ? this.actions.length : 0));
  }

  /** The action taken at the current step (the last one applied), if the viewer could see it. */
  lastAction(viewer: Viewer): Action | null {
    const action = this.position > 0 ? this.actions[this.position - 1]! : null;
    return action && actionVisibleTo(this.stateAt(this.position), action, viewer) ? action : null;
  }

  view(viewer: Viewer): PlayerView {
    return playerView(this.stateAt(this.position), viewer);
  }
}

/**
 * Trust between delegations: a symmetric matrix, always within 0..100. It is stored as one row
 * per delegation (both directions kept equal) so that a change copies two short rows under
 * Immer rather than one object with a key for every pair.
 */
import type { DelegationId, GameState } from './state';
import type { ScenarioIndex } from './scenario-index';

export function clamp(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, value));
}

export function trustOf(state: Pick<GameState, 'trust'>, a: DelegationId, b: DelegationId): number {
  if (a === b) return 100;
  return state.trust[a]?.[b] ?? 50;
}

export function adjustTrust(draft: Pick<GameState, 'trust'>, a: DelegationId, b: DelegationId, delta: number): void {
  const rowA = draft.trust[a];
  const rowB = draft.trust[b];
  if (a === b || !rowA || !rowB) return;
  // Rounded to one decimal so saves stay small and replays compare exactly.
  const value = Math.round(clamp((rowA[b] ?? 50) + delta) * 10) / 10;
  rowA[b] = value;
  rowB[a] = value;
}

/**
 * Trust that grows out of working together (implementing measures side by side) grows more
 * slowly the higher it already is: shared work cannot by itself make every pair of members close.
 */
export function buildTrust(draft: Pick<GameState, 'trust'>, a: DelegationId, b: DelegationId, delta: number): void {
  const t = trustOf(draft, a, b);
  adjustTrust(draft, a, b, delta * Math.max(0.2, 1 - t / 100));
}

/**
 * A change felt across the whole Conference, for every pair of member states: agreeing a part of
 * its own transformation lifts confidence everywhere (with diminishing returns, as shared work
 * does); an armed conflict between members shakes it everywhere. These Conference-wide moves are
 * what makes one game's cohesion differ from another's: a mean over hundreds of pairs barely
 * moves otherwise.
 */
export function conferenceTrust(idx: ScenarioIndex, draft: Pick<GameState, 'trust'>, delta: number, options: { flat?: boolean } = {}): void {
  const ids = idx.members;
  const building = delta > 0 && !options.flat;
  // Every pair once, each row read once per pair: `buildTrust` and `adjustTrust` inlined, the same arithmetic.
  for (let i = 0; i < ids.length; i++) {
    const a = ids[i]!;
    const rowA = draft.trust[a];
    for (let j = i + 1; j < ids.length; j++) {
      const b = ids[j]!;
      const rowB = draft.trust[b];
      if (a === b || !rowA || !rowB) continue;
      const t = rowA[b] ?? 50;
      const value = Math.round(clamp(t + (building ? delta * Math.max(0.2, 1 - t / 100) : delta)) * 10) / 10;
      rowA[b] = value;
      rowB[a] = value;
    }
  }
}

/** Mean trust over every pair of member states: the Conference's cohesion. */
export function cohesion(idx: ScenarioIndex, state: Pick<GameState, 'trust'>): number {
  const ids = idx.members;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    // `trustOf` with the row read once: hundreds of pairs, at every review and event condition.
    const a = ids[i]!;
    const row = state.trust[a];
    for (let j = i + 1; j < ids.length; j++) {
      const b = ids[j]!;
      sum += a === b ? 100 : (row?.[b] ?? 50);
      n++;
    }
  }
  return n === 0 ? 100 : Math.round((sum / n) * 10) / 10;
}

/** Starting trust: the default, a bonus per shared organisation, then the author's overrides. */
export function initialTrust(idx: ScenarioIndex): GameState['trust'] {
  const { scenario } = idx;
  const trust: GameState['trust'] = {};
  for (const d of scenario.delegations) trust[d.id] = {};
  const set = (a: DelegationId, b: DelegationId, v: number) => {
    trust[a]![b] = v;
    trust[b]![a] = v;
  };
  const ds = scenario.delegations;
  for (let i = 0; i < ds.length; i++) {
    for (let j = i + 1; j < ds.length; j++) {
      const a = ds[i]!;
      const b = ds[j]!;
      const shared = a.memberships.filter((m) => b.memberships.includes(m)).length;
      set(a.id, b.id, clamp(scenario.trust.default + shared * scenario.trust.sharedMembershipBonus));
    }
  }
  for (const d of ds) {
    for (const [other, value] of Object.entries(d.trust)) {
      if (other !== d.id && idx.delegation.has(other)) set(d.id, other, value);
    }
  }
  return trust;
}

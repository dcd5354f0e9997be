/** Trust between delegations: a symmetric matrix stored once per pair, always within 0..100. */
import type { DelegationId, GameState } from './state';
import type { ScenarioIndex } from './scenario-index';

export function pairKey(a: DelegationId, b: DelegationId): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export function clamp(value: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, value));
}

export function trustOf(state: Pick<GameState, 'trust'>, a: DelegationId, b: DelegationId): number {
  if (a === b) return 100;
  return state.trust[pairKey(a, b)] ?? 50;
}

export function adjustTrust(draft: Pick<GameState, 'trust'>, a: DelegationId, b: DelegationId, delta: number): void {
  if (a === b) return;
  const key = pairKey(a, b);
  // Rounded to one decimal so saves stay small and replays compare exactly.
  draft.trust[key] = Math.round(clamp((draft.trust[key] ?? 50) + delta) * 10) / 10;
}

/** Mean trust over every pair of member states: the Conference's cohesion. */
export function cohesion(idx: ScenarioIndex, state: Pick<GameState, 'trust'>): number {
  const ids = idx.members;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      sum += trustOf(state, ids[i]!, ids[j]!);
      n++;
    }
  }
  return n === 0 ? 100 : Math.round((sum / n) * 10) / 10;
}

/** Starting trust: the default, a bonus per shared organisation, then the author's overrides. */
export function initialTrust(idx: ScenarioIndex): Record<string, number> {
  const { scenario } = idx;
  const trust: Record<string, number> = {};
  const ds = scenario.delegations;
  for (let i = 0; i < ds.length; i++) {
    for (let j = i + 1; j < ds.length; j++) {
      const a = ds[i]!;
      const b = ds[j]!;
      const shared = a.memberships.filter((m) => b.memberships.includes(m)).length;
      trust[pairKey(a.id, b.id)] = clamp(scenario.trust.default + shared * scenario.trust.sharedMembershipBonus);
    }
  }
  for (const d of ds) {
    for (const [other, value] of Object.entries(d.trust)) {
      if (other !== d.id && idx.delegation.has(other)) trust[pairKey(d.id, other)] = value;
    }
  }
  return trust;
}

/** Small helpers shared by the rules: the checks every action starts with, and bookkeeping. */
import type { Stage } from '../scenario/schema';
import { current, isDraft, original } from 'immer';
import { reject, type Rejection } from './rejection';
import type { ScenarioIndex } from './scenario-index';
import { trustOf } from './trust';
import type { ChronicleEntry, DelegationId, GameState, Phase, Pledge } from './state';

export function inPhase(state: GameState, ...phases: Phase[]): Rejection | null {
  return phases.includes(state.phase)
    ? null
    : reject('wrong-phase', `This can be done only during ${phases.join(' or ')}; the game is in ${state.phase}.`, { phase: state.phase });
}

export function isPlayer(idx: ScenarioIndex, state: GameState, by: DelegationId): Rejection | null {
  if (!idx.delegation.has(by)) return reject('unknown-delegation', `There is no delegation ${by}.`, { delegation: by });
  if (!state.delegations[by]) return reject('not-a-player', `${by} is not a player in this scenario.`, { delegation: by });
  return null;
}

export function isVoter(idx: ScenarioIndex, state: GameState, by: DelegationId): Rejection | null {
  const notPlayer = isPlayer(idx, state, by);
  if (notPlayer) return notPlayer;
  return idx.voterSet.has(by) ? null : reject('not-a-member', `${by} is an observer and does not take part in decisions.`, { delegation: by });
}

/** A player still active in the current consultations or implementation phase. */
export function isActive(idx: ScenarioIndex, state: GameState, by: DelegationId): Rejection | null {
  const notPlayer = isPlayer(idx, state, by);
  if (notPlayer) return notPlayer;
  return state.delegations[by]!.ready ? reject('already-ready', `${by} has already declared itself ready.`, { delegation: by }) : null;
}

export function canAfford(state: GameState, by: DelegationId, cost: number): Rejection | null {
  const have = state.delegations[by]?.influence ?? 0;
  return have >= cost ? null : reject('insufficient-influence', `${by} needs ${cost} influence and has ${have}.`, { cost, have });
}

/** The first rejection among checks run in order, or null when all pass. */
export function firstOf(...checks: Array<() => Rejection | null>): Rejection | null {
  for (const check of checks) {
    const r = check();
    if (r) return r;
  }
  return null;
}

export function spend(draft: GameState, by: DelegationId, cost: number): void {
  const d = draft.delegations[by]!;
  d.influence = Math.max(0, d.influence - cost);
}

export function addPrestige(draft: GameState, by: DelegationId, delta: number): void {
  const d = draft.delegations[by];
  if (d) d.prestige += delta;
}

export function chronicle(draft: GameState, entry: ChronicleEntry): void {
  const r = Math.max(1, entry.round) - 1;
  while (draft.chronicle.length <= r) draft.chronicle.push([]);
  draft.chronicle[r]!.push(entry);
}

export function nextId(draft: GameState, prefix: string): string {
  draft.counter += 1;
  return `${prefix}${draft.counter}`;
}

export function stageOf(idx: ScenarioIndex, tension: number): Stage {
  const s = idx.scenario.rules.stages;
  if (tension >= s.conflict) return 'conflict';
  if (tension >= s.crisis) return 'crisis';
  if (tension >= s.strained) return 'strained';
  return 'stable';
}

const STAGE_RANK: Record<Stage, number> = { stable: 0, strained: 1, crisis: 2, conflict: 3 };
export function stageRank(stage: Stage): number {
  return STAGE_RANK[stage];
}

/** Whether the delegation is party to a flashpoint at crisis or worse with trust below the scenario's bar. */
export function inSensitiveCrisis(idx: ScenarioIndex, state: GameState, by: DelegationId): string | null {
  for (const fid of idx.partyTo.get(by) ?? []) {
    const f = state.flashpoints[fid]!;
    if (stageRank(f.stage) < 2) continue;
    const parties = idx.flashpoint.get(fid)!.parties.filter((p) => p !== by);
    const low = parties.some((p) => trustOf(state, p, by) < idx.scenario.rules.sensitiveTrust);
    if (low) return fid;
  }
  return null;
}

/** The first flashpoint at crisis or worse that the delegation is party to, if any. */
export function inCrisis(idx: ScenarioIndex, state: GameState, by: DelegationId): string | null {
  for (const fid of idx.partyTo.get(by) ?? []) if (stageRank(state.flashpoints[fid]!.stage) >= 2) return fid;
  return null;
}

/**
 * Indexes of the items of a draft array that match, found on the original (not through proxies:
 * reading every item of a draft makes a proxy for each, which is slow for long lists). Items
 * pushed earlier in the same recipe are seen through the draft.
 */
export function indexesWhere<T>(draft: T[], match: (item: T) => boolean): number[] {
  const base = isDraft(draft) ? ((original(draft as never) as T[] | undefined) ?? draft) : draft;
  const out: number[] = [];
  for (let i = 0; i < base.length; i++) if (match(base[i]!)) out.push(i);
  for (let i = base.length; i < draft.length; i++) if (match(draft[i]!)) out.push(i);
  return out;
}

/**
 * Indexes, in order, of the pledges on these proposals that match. A pledge names a proposal
 * already tabled and pledges are kept in the order made (their rounds never fall), so no pledge
 * before the round the earliest of these proposals was tabled can name one of them: the search
 * runs back from the latest pledge and stops there, instead of reading the whole game's pledges.
 */
export function pledgesOn(d: GameState, proposals: readonly string[], match: (pledge: Pledge) => boolean): number[] {
  let from = Infinity;
  for (const id of proposals) from = Math.min(from, d.proposals[id]?.round ?? -Infinity);
  const draft = d.pledges;
  const base = isDraft(draft) ? ((original(draft as never) as Pledge[] | undefined) ?? draft) : draft;
  const out: number[] = [];
  for (let i = draft.length - 1; i >= 0; i--) {
    const p = i < base.length ? base[i]! : draft[i]!;
    if (p.round < from) break;
    // The match first: it is a field or two, where most pledges of a round are on other proposals.
    if (match(p) && proposals.includes(p.proposal)) out.push(i);
  }
  return out.reverse();
}

/** A plain copy of a draft to read many times without proxies; a plain (in-place) state as it is. */
export function plainOf<T>(value: T): T {
  return isDraft(value) ? (current(value as never) as T) : value;
}

/**
 * An empty record to be filled by delegation id, as positions on a proposal and choices on a
 * measure are: in a different order on every item and in every game. Plain objects filled so
 * get a hidden class of their own for each order, and code reading them by id then finds too
 * many shapes to cache (a profile showed one such read as the hottest line of an AI decision).
 * This one starts as the hash table V8 turns a large record into anyway: every record shares
 * one shape. It is still a plain object, with the same keys in the same order and the same JSON.
 */
export function byDelegationRecord<T>(): Record<string, T> {
  const record: Record<string, unknown> = { first: 0, second: 0 };
  // Deleting a property other than the last one added puts an object in dictionary mode.
  delete record.first;
  delete record.second;
  return record as Record<string, T>;
}

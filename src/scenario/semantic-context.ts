/**
 * Shared state for the checks that run after the shape check: the ids a scenario defines and
 * the list of findings, with helpers that phrase the common ones the same way everywhere.
 */
import { formatPath, type IssuePath, type UnlocatedIssue, type Wording, wordingOf } from './issues';
import type { DelegationDef, Scenario } from './schema';
import { closestId } from './suggest';

/** The kinds of id a scenario defines; an unknown one is reported as `unknown-<kind>`. */
export const REF_KINDS = ['delegation', 'measure', 'flashpoint', 'cluster', 'corridor'] as const;
export type RefKind = (typeof REF_KINDS)[number];

export interface CheckContext {
  s: Scenario;
  ids: Record<RefKind, Set<string>>;
  issues: UnlocatedIssue[];
}

/** Whether a delegation acts in the game: members play unless told not to, observers only when told to. */
export function isPlayer(d: DelegationDef): boolean {
  return d.player ?? d.role === 'member';
}

export function createContext(s: Scenario): CheckContext {
  return {
    s,
    ids: {
      delegation: new Set(s.delegations.map((d) => d.id)),
      measure: new Set(s.measures.map((m) => m.id)),
      flashpoint: new Set(s.flashpoints.map((f) => f.id)),
      cluster: new Set(s.transformation.clusters.map((c) => c.id)),
      corridor: new Set(s.energy.corridors.map((c) => c.id)),
    },
    issues: [],
  };
}

export function error(ctx: CheckContext, path: IssuePath, code: string, message: string, wording: Wording): void {
  ctx.issues.push({ path, code, message, severity: 'error', ...wordingOf(wording) });
}

export function warn(ctx: CheckContext, path: IssuePath, code: string, message: string, wording: Wording): void {
  ctx.issues.push({ path, code, message, severity: 'warning', ...wordingOf(wording) });
}

const WHERE: Record<RefKind, string> = {
  delegation: 'delegations',
  measure: 'measures',
  flashpoint: 'flashpoints',
  cluster: 'transformation.clusters',
  corridor: 'energy.corridors',
};

/** Reports `id` at `path` unless the scenario defines it; returns whether it is known. */
export function ref(ctx: CheckContext, kind: RefKind, path: IssuePath, id: string): boolean {
  const known = ctx.ids[kind];
  if (known.has(id)) return true;
  const suggestion = closestId(id, known);
  const hint = suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
  const params = { path: formatPath(path), id, ...(suggestion !== undefined && { suggestion }) };
  const message = `${formatPath(path)} names ${JSON.stringify(id)}, which is not a ${kind} in this scenario (see ${WHERE[kind]})${hint}`;
  error(ctx, path, `unknown-${kind}`, message, { params, variant: suggestion === undefined ? undefined : 'suggest' });
  return false;
}

/** Reports every item whose id repeats an earlier one in the same list. */
export function uniqueIds(ctx: CheckContext, items: readonly { id: string }[], base: IssuePath): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, i);
      return;
    }
    const path = [...base, i, 'id'];
    const earlierPath = formatPath([...base, earlier]);
    const params = { path: formatPath(path), id: item.id, first: earlierPath };
    error(ctx, path, 'duplicate-id', `${formatPath(path)} ${JSON.stringify(item.id)} is already used by ${earlierPath}; ids must be unique`, { params });
  });
}

/**
 * Reports a list entry that repeats an earlier entry of the same list; `variant` names the
 * sentence `what` (the rule the repetition breaks) for translation.
 */
export function uniqueEntries(ctx: CheckContext, values: readonly string[], base: IssuePath, code: string, what: string, variant?: string): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const path = formatPath([...base, i]);
    if (seen.has(v)) error(ctx, [...base, i], code, `${path} names ${v} a second time; ${what}`, { params: { path, id: v }, variant });
    seen.add(v);
  });
}

/** Reports a pair of delegations that is one and the same. */
export function distinctPair(ctx: CheckContext, path: IssuePath, a: string, b: string): void {
  if (a !== b) return;
  const params = { path: formatPath(path), id: a };
  error(ctx, path, 'self-trust', `${formatPath(path)} names ${a} twice; trust is always between two different delegations`, { params, variant: 'pair' });
}

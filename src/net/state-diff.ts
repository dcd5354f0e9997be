/**
 * Changes between two game states as a short list of operations, so an update to a device is a
 * few hundred bytes instead of the whole state. Engine states share unchanged parts by
 * reference (Immer), so the walk only descends where something changed. Pure and shared by the
 * server (which diffs) and the browser (which patches).
 */
export type Path = (string | number)[];
export type Op =
  | { p: Path; v: unknown }
  /** Items appended to the array at `p` (the chronicle and history only ever grow). */
  | { p: Path; a: unknown[] }
  | { p: Path; d: 1 };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(a: unknown, b: unknown, path: Path, ops: Op[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (b.length >= a.length && a.every((x, i) => x === b[i])) {
      ops.push({ p: path, a: b.slice(a.length) });
      return;
    }
    if (a.length === b.length) {
      for (let i = 0; i < b.length; i++) walk(a[i], b[i], [...path, i], ops);
      return;
    }
    ops.push({ p: path, v: b });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(b)) {
      if (!Object.hasOwn(a, k)) ops.push({ p: [...path, k], v: b[k] });
      else walk(a[k], b[k], [...path, k], ops);
    }
    for (const k of Object.keys(a)) if (!Object.hasOwn(b, k)) ops.push({ p: [...path, k], d: 1 });
    return;
  }
  if (path.length === 0) throw new Error('a state diff needs two objects');
  ops.push({ p: path, v: b });
}

/** The operations that turn `a` into `b`, skipping the top-level keys in `skip`. */
export function diffStates(a: Record<string, unknown>, b: Record<string, unknown>, skip: readonly string[] = []): Op[] {
  const ops: Op[] = [];
  for (const k of Object.keys(b)) {
    if (skip.includes(k)) continue;
    if (!Object.hasOwn(a, k)) ops.push({ p: [k], v: b[k] });
    else walk(a[k], b[k], [k], ops);
  }
  for (const k of Object.keys(a)) if (!skip.includes(k) && !Object.hasOwn(b, k)) ops.push({ p: [k], d: 1 });
  return ops;
}

function setIn(node: unknown, path: Path, at: number, op: Op): unknown {
  const key = path[at]!;
  const copy: Record<string | number, unknown> = Array.isArray(node) ? [...node] as unknown as Record<number, unknown> : { ...(node as Record<string, unknown>) };
  if (at === path.length - 1) {
    if ('d' in op) delete copy[key];
    else if ('a' in op) copy[key] = [...(copy[key] as unknown[]), ...op.a];
    else copy[key] = op.v;
  } else copy[key] = setIn(copy[key], path, at + 1, op);
  return copy;
}

/** `state` with the operations applied, copying only along the changed paths (never mutating it). */
export function patchState<T>(state: T, ops: readonly Op[]): T {
  let s: unknown = state;
  for (const op of ops) {
    if (op.p.length === 0 || op.p.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) throw new Error('bad patch path');
    s = setIn(s, op.p, 0, op);
  }
  return s as T;
}

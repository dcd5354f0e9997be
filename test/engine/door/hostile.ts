/**
 * Hostile input for the engine's door: legal actions with one field changed, and values a
 * browser could send that no UI would (wrong types, out-of-range and non-finite numbers, unknown
 * ids, prototype keys, extra fields, nested objects, markup in a reason).
 */
import fc from 'fast-check';
import type { Action } from '../../../src/engine';

export const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'prototype', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** Values no well-formed action field holds (a few may by chance, such as another valid id). */
export function hostileValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<unknown>(
      true, false, null, 0, -1, 1.5, 4, 1e9, -0, Infinity, -Infinity, NaN, '', 'ZZZ', 'p999', 'o999', 'pending', 'weaken',
      '<img src=x onerror=alert(1)>', 'x'.repeat(300), {}, [], { toString: 'KAZ' }, { a: { b: { c: [1] } } }, [[[]]], ['p1', 'p1'],
      ...PROTOTYPE_NAMES,
    ) },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double()) },
  );
}

/** A reason no AI or UI would give: markup, a prototype key, too many or nested params. */
export const hostileReason: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  { code: '<b>x</b>' },
  { code: 'interest', params: { dimension: '<img src=x onerror=alert(1)>' } },
  { code: 'interest', params: { constructor: 'x' } },
  { code: 'interest', params: { a: { b: 1 } } },
  { code: 'interest', params: { n: Infinity } },
  { code: 'interest', extra: 1 },
  { code: 'x'.repeat(200) },
  { code: 'interest', params: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i])) },
  'because',
  null,
);

export type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'extra'; pick: number; key: string; value: unknown }
  | { kind: 'reason'; value: unknown };

export function mutation(ids: readonly string[]): fc.Arbitrary<Mutation> {
  const value = hostileValue(ids);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('extra' as const), pick: fc.nat(), key: fc.constantFrom(...PROTOTYPE_NAMES, 'x', 'amount', 'by'), value }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('reason' as const), value: hostileReason }) },
  );
}

type Path = Array<string | number>;

/** Every field of an action, nested ones included (the paths a mutation may change). */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => leafPaths(v, [...path, i])) : [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

function objectPaths(value: unknown, path: Path = []): Path[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** Sets an own property, even `__proto__` (plain assignment would change the prototype). */
export function defineField(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function at(root: unknown, path: Path): Record<string | number, unknown> {
  let v = root as Record<string | number, unknown>;
  for (const k of path) v = v[k] as Record<string | number, unknown>;
  return v;
}

const parentOf = (root: unknown, path: Path) => at(root, path.slice(0, -1));

/** The action with one mutation applied, on a copy. */
export function mutate(action: Action, m: Mutation): unknown {
  const copy = structuredClone(action) as unknown as Record<string, unknown>;
  if (m.kind === 'reason') {
    defineField(copy, 'reason', m.value);
    return copy;
  }
  if (m.kind === 'extra') {
    const objects = objectPaths(copy);
    defineField(at(copy, objects[m.pick % objects.length]!), m.key, m.value);
    return copy;
  }
  const paths = leafPaths(copy).filter((p) => p.length > 0);
  const path = paths[m.pick % paths.length]!;
  const parent = parentOf(copy, path);
  const key = path.at(-1)!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else defineField(parent, key, m.value);
  return copy;
}

/** Random JSON, some of it shaped a little like an action. */
export function junk(ids: readonly string[], types: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({ type: fc.oneof(fc.constantFrom(...types, ...PROTOTYPE_NAMES), fc.string()), by: hostileValue(ids) }),
    fc.dictionary(fc.constantFrom('type', 'by', 'proposal', 'stance', 'give', 'to', ...PROTOTYPE_NAMES), hostileValue(ids), { maxKeys: 5 })
      .map((d) => ({ type: 'plenary.position', ...d })),
  );
}

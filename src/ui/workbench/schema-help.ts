/**
 * Completion and hover help from the scenario's JSON Schema (scenarios/scenario.schema.json,
 * generated from the zod schema): the fields a mapping may have, the values a field may take,
 * and a one-line summary of a field. Pure: the editor asks, this answers.
 */
import type { CursorPlace } from './schema-path';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  description?: string;
  additionalProperties?: JsonSchema | boolean;
}

export interface Suggestion {
  label: string;
  detail: string;
  kind: 'field' | 'value';
}

const variants = (s: JsonSchema): JsonSchema[] => [s, ...(s.anyOf ?? []).flatMap(variants), ...(s.oneOf ?? []).flatMap(variants)];

/** Every schema the path may lead to (unions branch). */
export function schemasAt(root: JsonSchema, path: readonly string[]): JsonSchema[] {
  let at = [root];
  for (const part of path) {
    const next: JsonSchema[] = [];
    for (const s of at.flatMap(variants)) {
      if (part === '[]') {
        if (s.items) next.push(s.items);
      } else if (s.properties?.[part]) next.push(s.properties[part]);
      else if (typeof s.additionalProperties === 'object') next.push(s.additionalProperties);
    }
    at = next;
  }
  return at;
}

/** A field's kind in a few words: `number 0–100, default 50`, `one of small, medium, large`. */
export function describe(s: JsonSchema): string {
  const all = variants(s);
  const enums = all.flatMap((v) => v.enum ?? (v.const !== undefined ? [v.const] : []));
  const parts: string[] = [];
  if (s.description) parts.push(s.description);
  if (enums.length) parts.push(`one of ${enums.map(String).join(', ')}`);
  else {
    const types = [...new Set(all.flatMap((v) => (v.type === undefined ? [] : Array.isArray(v.type) ? v.type : [v.type])))];
    if (types.length) parts.push(types.join(' or '));
    const num = all.find((v) => v.minimum !== undefined || v.maximum !== undefined);
    if (num) parts.push(`${num.minimum ?? '…'}–${num.maximum ?? '…'}`);
    const pattern = all.find((v) => v.pattern)?.pattern;
    if (pattern) parts.push(`matching ${pattern}`);
  }
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join(', ');
}

/** What may be typed at the cursor: field names of the mapping, or values of the field. */
export function suggestions(root: JsonSchema, place: CursorPlace): Suggestion[] {
  const found = schemasAt(root, place.path).flatMap(variants);
  const out = new Map<string, Suggestion>();
  if (place.on === 'key') {
    for (const s of found) {
      for (const [name, field] of Object.entries(s.properties ?? {})) {
        if (name === '$schema' || out.has(name)) continue;
        const required = s.required?.includes(name) ? 'required; ' : '';
        out.set(name, { label: name, detail: `${required}${describe(field)}`, kind: 'field' });
      }
    }
  } else {
    for (const s of found) {
      for (const v of [...(s.enum ?? []), ...(s.const !== undefined ? [s.const] : [])]) out.set(String(v), { label: String(v), detail: '', kind: 'value' });
      if (s.type === 'boolean') for (const v of ['true', 'false']) out.set(v, { label: v, detail: '', kind: 'value' });
    }
  }
  const prefix = place.prefix.toLowerCase();
  return [...out.values()].filter((s) => s.label.toLowerCase().startsWith(prefix));
}

/** The help for the field named at the cursor, or null when the word is not a field here. */
export function hoverHelp(root: JsonSchema, path: readonly string[], word: string): string | null {
  const field = schemasAt(root, path).flatMap(variants).map((s) => s.properties?.[word]).find((f) => f !== undefined);
  return field ? `${word}: ${describe(field)}` : null;
}

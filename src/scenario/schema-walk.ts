/**
 * Walks the zod schema alongside a scenario's data (the data decides which branch of a union
 * applies): which fields a mapping allows, for "did you mean ...", and where the translatable
 * texts are, for the missing-translation check.
 */
import type { z } from 'zod';
import type { IssuePath } from './issues';
import { ScenarioSchema, TextSchema } from './schema';
import { valueAt } from './zod-messages';

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
  discriminator?: string;
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** Strips wrappers (defaults, optionals, pipes) that do not change which fields are allowed. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) break;
    s = inner;
  }
  return s;
}

/** The union branch that fits a value: by discriminator for typed lists, else the first object branch. */
function pickBranch(def: Def, value: unknown): Schema | undefined {
  const options = def.options ?? [];
  if (def.discriminator !== undefined && value !== null && typeof value === 'object') {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    return options.find((o) => {
      const shape = defOf(unwrap(o)).shape;
      const literal = shape?.[def.discriminator!];
      const values = literal ? (defOf(literal) as Def & { values?: unknown[] }).values : undefined;
      return values?.includes(tag) ?? false;
    });
  }
  return options.find((o) => defOf(unwrap(o)).type === 'object');
}

function schemaAt(data: unknown, path: IssuePath): Schema | undefined {
  let schema: Schema | undefined = ScenarioSchema;
  for (let i = 0; i <= path.length && schema; i++) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (def.type === 'union') {
      schema = pickBranch(def, valueAt(data, path.slice(0, i)));
      if (!schema) return undefined;
      schema = unwrap(schema);
    }
    if (i === path.length) return schema;
    const part = path[i]!;
    const here = defOf(schema);
    if (here.type === 'object') schema = here.shape?.[String(part)];
    else if (here.type === 'array') schema = here.element;
    else if (here.type === 'record') schema = here.valueType;
    else return undefined;
  }
  return schema;
}

/** The field names allowed in the mapping at `path`, in schema order; empty when it is not a fixed mapping. */
export function fieldsAt(data: unknown, path: IssuePath): string[] {
  const schema = schemaAt(data, path);
  if (!schema) return [];
  const def = defOf(schema);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Every place in the data that holds an author's text (a `Text` in the schema), in document order. */
export function textPaths(data: unknown): IssuePath[] {
  const out: IssuePath[] = [];
  const visit = (schema: Schema, value: unknown, path: (string | number)[]): void => {
    if (value === undefined || value === null) return;
    let s = unwrap(schema);
    if (s === TextSchema) {
      out.push(path);
      return;
    }
    let def = defOf(s);
    if (def.type === 'union') {
      const branch = pickBranch(def, value);
      if (!branch) return;
      s = unwrap(branch);
      def = defOf(s);
    }
    if (def.type === 'object' && def.shape && typeof value === 'object') {
      for (const [key, child] of Object.entries(def.shape)) {
        visit(child, (value as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, i) => visit(def.element!, item, [...path, i]));
    }
  };
  visit(ScenarioSchema, data, []);
  return out;
}

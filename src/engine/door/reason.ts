/**
 * The shape of a reason an action may carry. Reasons are rendered through the catalogue and
 * shown to other players in the positions grid and the debrief, so a reason is a short code and
 * a few short parameters of a plain charset: no markup, no nesting, nothing unbounded.
 */
import { z } from 'zod';
import { isPrototypeKey } from './ids';

export const MAX_REASON_PARAMS = 8;
export const MAX_REASON_TEXT = 80;

const CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const KEY = /^[a-z][A-Za-z0-9]*$/;
// Letters of any script, digits, spaces and plain punctuation: ids, numbers and dimension names fit.
const TEXT = /^[\p{L}\p{N} ,.:;_()'-]*$/u;
/** A part of TEXT that needs no Unicode tables: what almost every reason holds. */
const ASCII_TEXT = /^[A-Za-z0-9 ,.:;_()'-]*$/;
const MAX_CODE = 48;
const MAX_KEY = 32;

const code = z.string().min(1).max(MAX_CODE).regex(CODE);
const key = z.string().max(MAX_KEY).regex(KEY).refine((k) => !isPrototypeKey(k));
const text = z.string().max(MAX_REASON_TEXT).regex(TEXT);

export const ReasonSchema = z.strictObject({
  code,
  params: z
    .record(key, z.union([text, z.number()]))
    .refine((p) => Object.keys(p).length <= MAX_REASON_PARAMS, { params: { door: 'size' } })
    .optional(),
});

const OPTIONAL_REASON = ReasonSchema.optional();

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * Codes, keys and texts found well formed before: reasons repeat a small vocabulary, so most are
 * looked up rather than matched again. Bounded, so that a flood of distinct texts cannot grow it.
 */
const known = { codes: new Set<string>(), keys: new Set<string>(), texts: new Set<string>() };
const KNOWN_MAX = 4096;

/** Whether `v` passes `test`, asked once per string: a string found well formed is remembered (up to the bound). */
function remembered(set: Set<string>, v: string, test: (v: string) => boolean): boolean {
  if (set.has(v)) return true;
  const ok = test(v);
  if (ok && set.size < KNOWN_MAX) set.add(v);
  return ok;
}

const isKey = (k: string) => k.length <= MAX_KEY && KEY.test(k) && !isPrototypeKey(k);
const isText = (v: string) => v.length <= MAX_REASON_TEXT && (ASCII_TEXT.test(v) || TEXT.test(v));
const isCode = (c: string) => c.length >= 1 && c.length <= MAX_CODE && CODE.test(c);
const goodKey = (k: string) => remembered(known.keys, k, isKey);
const goodText = (v: string) => remembered(known.texts, v, isText);
const goodCode = (c: string) => remembered(known.codes, c, isCode);

function quickParams(params: unknown): boolean {
  if (!isPlainObject(params)) return false;
  let n = 0;
  // `for...in` meets the enumerable string keys the schema reads (an inherited one only makes this refuse).
  for (const k in params) {
    if (++n > MAX_REASON_PARAMS || !goodKey(k) || !Object.hasOwn(params, k)) return false;
    const v = params[k];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
    } else if (typeof v !== 'string' || !goodText(v)) return false;
  }
  // A symbol key is refused by the schema; leave it to it.
  return Object.getOwnPropertySymbols(params).length === 0;
}

/**
 * Whether the reason schema certainly accepts `reason`, checked by hand (the common case: a
 * plain reason the AI or the UI gave); false leaves it to the schema. A test holds that this
 * never accepts what the schema refuses.
 */
export function quickReason(reason: unknown): boolean {
  if (!isPlainObject(reason)) return false;
  for (const k in reason) if (k !== 'code' && k !== 'params') return false;
  const c = reason.code;
  if (typeof c !== 'string' || !goodCode(c)) return false;
  return reason.params === undefined || quickParams(reason.params);
}

/** Whether a reason passes the door's reason schema (an absent one does). */
export function reasonWellFormed(reason: unknown): boolean {
  return reason === undefined || quickReason(reason) || OPTIONAL_REASON.safeParse(reason).success;
}

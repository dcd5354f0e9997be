/**
 * The shape of a reason an action may carry. Reasons are rendered through the catalogue and
 * shown to other players in the positions grid and the debrief, so a reason is a short code and
 * a few short parameters of a plain charset: no markup, no nesting, nothing unbounded.
 */
import { z } from 'zod';
import { isPrototypeKey } from './ids';

export const MAX_REASON_PARAMS = 8;
export const MAX_REASON_TEXT = 80;

const code = z.string().min(1).max(48).regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
const key = z.string().max(32).regex(/^[a-z][A-Za-z0-9]*$/).refine((k) => !isPrototypeKey(k));
// Letters of any script, digits, spaces and plain punctuation: ids, numbers and dimension names fit.
const text = z.string().max(MAX_REASON_TEXT).regex(/^[\p{L}\p{N} ,.:;_()'-]*$/u);

export const ReasonSchema = z.strictObject({
  code,
  params: z
    .record(key, z.union([text, z.number()]))
    .refine((p) => Object.keys(p).length <= MAX_REASON_PARAMS, { params: { door: 'size' } })
    .optional(),
});

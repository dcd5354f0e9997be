/** Codes, tokens and the facilitator key: random, and compared without leaking timing. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: a code read off a projector is typed without doubt. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

export const newToken = (): string => randomBytes(18).toString('base64url');
export const newSessionId = (): string => `s-${randomBytes(8).toString('hex')}`;

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

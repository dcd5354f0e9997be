/**
 * The facilitator's PIN lock. Only a salted SHA-256 hash of the PIN is kept in the session record
 * (and so in every save and exported file), never the PIN itself: whoever reads a save learns
 * nothing that opens the console. WebCrypto is used because it is in every browser and in Node.
 */

/** What a session record keeps of the PIN. */
export interface FacilitatorLock {
  salt: string;
  hash: string;
}

export const PIN_MIN = 4;
export const PIN_MAX = 12;

/** Whether a PIN is acceptable: 4 to 12 digits (easy to type on a laptop and a tablet alike). */
export function validPin(pin: string): boolean {
  return new RegExp(`^[0-9]{${PIN_MIN},${PIN_MAX}}$`).test(pin);
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

async function digest(salt: string, pin: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}:${pin}`);
  return hex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data)));
}

/** A lock for `pin` with a fresh random salt (or the given one, for tests). */
export async function makeLock(pin: string, salt?: string): Promise<FacilitatorLock> {
  const s = salt ?? hex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  return { salt: s, hash: await digest(s, pin) };
}

/** Whether `pin` opens `lock`. */
export async function pinOpens(lock: FacilitatorLock, pin: string): Promise<boolean> {
  return (await digest(lock.salt, pin.trim())) === lock.hash;
}

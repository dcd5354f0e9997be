import { describe, expect, it } from 'vitest';
import { makeLock, pinOpens, validPin } from '../../src/session/pin';
import { SessionRecordSchema } from '../../src/session/record';
import { sampleRecord } from './fixtures';

describe('the facilitator PIN', () => {
  it('keeps only a salted hash, which the right PIN opens and no other', async () => {
    const lock = await makeLock('4821');
    expect(JSON.stringify(lock)).not.toContain('4821');
    expect(lock.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await pinOpens(lock, '4821')).toBe(true);
    expect(await pinOpens(lock, ' 4821 ')).toBe(true);
    expect(await pinOpens(lock, '4822')).toBe(false);
    expect(await pinOpens(lock, '')).toBe(false);
  });

  it('salts each lock afresh, so two sessions with one PIN have different hashes', async () => {
    const [a, b] = [await makeLock('1234'), await makeLock('1234')];
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await makeLock('1234', 'abcdef01')).toEqual(await makeLock('1234', 'abcdef01'));
  });

  it.each([['1234', true], ['123456789012', true], ['123', false], ['12ab', false], ['', false], ['1234567890123', false]])('accepts %j as a PIN: %s', (pin, ok) => {
    expect(validPin(pin)).toBe(ok);
  });

  it('travels in the session record, which refuses a lock that is not a hash', async () => {
    const record = { ...sampleRecord(3), lock: await makeLock('9999') };
    expect(SessionRecordSchema.safeParse(record).success).toBe(true);
    expect(SessionRecordSchema.safeParse({ ...record, lock: { salt: 'abcdef01', hash: '9999' } }).success).toBe(false);
  });
});

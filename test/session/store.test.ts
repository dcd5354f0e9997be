import { describe, expect, it } from 'vitest';
import { AUTOSAVE_PREFIX, autosave, autosaveKeys, CLOCK_KEY, listSaves, loadSave, MAX_AUTOSAVES, saveClock } from '../../src/session/store';
import { memoryStorage, resolve, sampleRecord } from './fixtures';

describe('autosaves', () => {
  it('keeps the last ten, newest first, even when saves come within one millisecond', () => {
    const storage = memoryStorage();
    const base = sampleRecord(10);
    for (let i = 0; i < 14; i++) autosave(storage, { ...base, savedAt: `save ${i}` }, 1000);
    const list = listSaves(storage);
    expect(list).toHaveLength(MAX_AUTOSAVES);
    expect(list.map((e) => e.ok && e.savedAt)).toEqual(Array.from({ length: 10 }, (_, i) => `save ${13 - i}`));
  });

  it('sorts after the newest save even if the computer\'s clock went back', () => {
    const storage = memoryStorage();
    const a = autosave(storage, sampleRecord(5), 5000)!;
    const b = autosave(storage, sampleRecord(6), 10)!;
    expect(autosaveKeys(storage)).toEqual([b, a]);
  });

  it('loads a save exactly, with the clock as it was last written', () => {
    const storage = memoryStorage();
    const record = sampleRecord(40);
    const key = autosave(storage, record)!;
    const later = { ...record.clock, context: { ...record.clock.context, remaining: 17 } };
    saveClock(storage, key, later);
    const r = loadSave(storage, key, resolve);
    expect(r.ok && r.value.record).toEqual({ ...record, clock: later });
    const other = autosave(storage, sampleRecord(41))!;
    expect(other).not.toBe(key);
    const again = loadSave(storage, key, resolve);
    expect(again.ok && again.value.record.clock.context.remaining).toBe(record.clock.context.remaining);
  });

  it('lists a damaged save with its problem and leaves it in place; a damaged clock is ignored', () => {
    const storage = memoryStorage();
    const key = autosave(storage, sampleRecord(8))!;
    storage.setItem(`${AUTOSAVE_PREFIX}999999999999999.0000`, '{"kind": "cica-classroom-session", "version": 1');
    storage.setItem(CLOCK_KEY, 'not json');
    const list = listSaves(storage);
    expect(list[0]).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(list[1]).toMatchObject({ ok: true, key });
    expect(loadSave(storage, key, resolve).ok).toBe(true);
  });

  it('makes room by dropping the oldest saves when the storage is full, and reports a save that cannot fit', () => {
    const record = sampleRecord(60);
    const size = JSON.stringify(record).length + 100;
    const storage = memoryStorage(size * 3 + 2000);
    for (let i = 0; i < 6; i++) expect(autosave(storage, { ...record, savedAt: `s${i}` }, 100 + i)).not.toBeNull();
    const list = listSaves(storage);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list[0]).toMatchObject({ ok: true, savedAt: 's5' });
    const tiny = memoryStorage(50);
    expect(autosave(tiny, record)).toBeNull();
  });
});

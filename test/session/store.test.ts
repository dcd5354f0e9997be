import { describe, expect, it } from 'vitest';
import { AUTOSAVE_PREFIX, autosave, autosaveKeys, CLOCK_KEY, keySession, listClasses, listSaves, loadSave, makeRoom, MAX_AUTOSAVES, saveClock, sessionKeys } from '../../src/session/store';
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

  it('keeps ten saves for each class: starting a second class never evicts the first one\'s', () => {
    const storage = memoryStorage();
    const a = { ...sampleRecord(10), id: 'class-a', name: 'Group 3B' };
    const b = { ...sampleRecord(12), id: 'class-b', name: 'Group 4A' };
    for (let i = 0; i < 12; i++) autosave(storage, { ...a, savedAt: `a${i}` }, 100 + i);
    for (let i = 0; i < 12; i++) autosave(storage, { ...b, savedAt: `b${i}` }, 200 + i);
    expect(sessionKeys(storage, 'class-a')).toHaveLength(MAX_AUTOSAVES);
    expect(sessionKeys(storage, 'class-b')).toHaveLength(MAX_AUTOSAVES);
    const classes = listClasses(listSaves(storage));
    expect(classes.map((c) => [c.id, c.saves[0]!.name, c.saves[0]!.savedAt, c.saves.length])).toEqual([['class-b', 'Group 4A', 'b11', 10], ['class-a', 'Group 3B', 'a11', 10]]);
    expect(classes[1]!.saves[0]!.teams).toEqual(['Team Anna', 'Team Chen']);
  });

  it('names the session in the key, and reads keys from before sessions were named as one group', () => {
    const storage = memoryStorage();
    const key = autosave(storage, { ...sampleRecord(5), id: 's-x.y/z' })!;
    expect(keySession(key)).toBe('s-x.y/z');
    expect(keySession(`${AUTOSAVE_PREFIX}000000000001000.0000`)).toBe('');
  });

  it('drops nothing when the storage is full; making room deletes this class\'s older saves first, then other classes\' oldest', () => {
    const record = sampleRecord(60);
    const size = JSON.stringify(record).length + 200;
    const storage = memoryStorage(size * 3 + 2000);
    const other = { ...record, id: 'other-class' };
    expect(autosave(storage, other, 50)).not.toBeNull();
    for (let i = 0; i < 2; i++) expect(autosave(storage, { ...record, savedAt: `s${i}` }, 100 + i)).not.toBeNull();
    const before = autosaveKeys(storage);
    expect(autosave(storage, { ...record, savedAt: 's2' }, 102)).toBeNull();
    expect(autosaveKeys(storage)).toEqual(before);
    const room = makeRoom(storage, { ...record, savedAt: 's2' }, 102)!;
    expect(room.dropped).toBe(1);
    expect(sessionKeys(storage, 'other-class')).toHaveLength(1);
    expect(listSaves(storage).filter((e) => e.ok && e.id === record.id).map((e) => e.ok && e.savedAt)).toEqual(['s2', 's1']);
    const tiny = memoryStorage(50);
    expect(autosave(tiny, record)).toBeNull();
    expect(makeRoom(tiny, record)).toBeNull();
  });
});

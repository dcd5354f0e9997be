import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { makeLock } from '../../../src/session/pin';
import { autosaveKeys, listSaves, loadSave } from '../../../src/session/store';
import { ClassroomSession, type ClassroomOptions } from '../../../src/ui/classroom/classroom-session';
import { memoryStorage, resolve, scenario } from '../../session/fixtures';

const now = (fn: () => void) => fn();

function classroom(extra: Partial<ClassroomOptions> = {}, storage = memoryStorage()) {
  const s = new ClassroomSession({
    id: 'c-1', scenario, source: { kind: 'bundled', id: 'mini' }, seed: 5, difficulty: 'normal', mode: 'hot-seat',
    seats: { AAA: 'human', BBB: 'ai', CCC: 'human', DDD: 'ai' }, names: { AAA: 'Anna', CCC: 'Chen' },
    durations: { consultations: 60 }, storage, schedule: now, timer: new SimulatedClock(), ...extra,
  });
  s.runAi();
  return { s, storage };
}

describe('the classroom session\'s lock and saves', () => {
  it('opens the facilitator\'s controls with the PIN only, and locks them again', async () => {
    const { s } = classroom({ lock: await makeLock('2468') });
    expect(s.unlocked).toBe(false);
    expect(await s.unlock('1111')).toBe(false);
    expect(s.unlocked).toBe(false);
    expect(await s.unlock('2468')).toBe(true);
    expect(s.unlocked).toBe(true);
    s.relock();
    expect(s.unlocked).toBe(false);
    s.stop();
    const open = classroom().s;
    expect(open.unlocked).toBe(true);
    open.relock();
    expect(open.unlocked).toBe(true);
    open.stop();
  });

  it('saves the class name, the PIN\'s hash and the round, and resuming a save writes no copy of it', async () => {
    const lock = await makeLock('2468');
    const { s, storage } = classroom({ name: 'Group 3B', lock });
    s.stop();
    const [entry] = listSaves(storage);
    expect(entry).toMatchObject({ ok: true, name: 'Group 3B', teams: ['Anna', 'Chen'], round: 1, locked: true });
    const keys = autosaveKeys(storage);
    const loaded = loadSave(storage, entry!.key, resolve);
    if (!loaded.ok) throw new Error('the save does not load');
    expect(loaded.value.record.lock).toEqual(lock);
    const r = loaded.value.record;
    const again = new ClassroomSession({
      id: r.id, scenario, source: r.scenario, seed: r.seed, difficulty: r.difficulty, mode: r.mode, seats: r.seats, names: r.names,
      log: r.actions, clock: r.clock, turn: r.turn, name: r.name, lock: r.lock, resumedFrom: entry!.key, storage, schedule: now, timer: new SimulatedClock(),
    });
    expect(autosaveKeys(storage)).toEqual(keys);
    expect(again.unlocked).toBe(false);
    again.rename('AAA', 'Anna K.');
    expect(autosaveKeys(storage)).toHaveLength(keys.length + 1);
    again.stop();
  });

  it('says the storage is full without dropping a save, and makes room only when asked', () => {
    const first = classroom({ id: 'other-class' });
    first.s.stop();
    const used = [...first.storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0);
    const storage = memoryStorage(used * 2 + 500);
    for (const [k, v] of first.storage.map) storage.setItem(k, v);
    const { s } = classroom({}, storage);
    for (let i = 0; i < 6 && !s.storageFull; i++) s.rename('AAA', `Anna ${i}`);
    expect(s.storageFull).toBe(true);
    expect(listSaves(storage).some((e) => e.ok && e.id === 'other-class')).toBe(true);
    const dropped = s.makeRoom();
    expect(dropped).toBeGreaterThan(0);
    expect(s.storageFull).toBe(false);
    expect(listSaves(storage)[0]).toMatchObject({ ok: true, id: 'c-1' });
    s.stop();
  });
});

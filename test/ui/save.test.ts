import { describe, expect, it } from 'vitest';
import { parseSave, readSave, SAVE_KEY, SAVE_VERSION, writeSave, type SaveRecord } from '../../src/ui/save';
import { RULES_VERSION } from '../../src/engine';

const record: SaveRecord = {
  version: SAVE_VERSION, rulesVersion: RULES_VERSION, savedAt: '2026-01-01T00:00:00.000Z', scenario: { kind: 'bundled', id: 'preventive-diplomacy' },
  seed: 42, seats: { KAZ: 'human', CHN: 'ai' }, me: 'KAZ', difficulty: 'hard', actions: [{ type: 'ready', by: 'KAZ' }],
};

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('saved games', () => {
  it('round-trips a record through storage', () => {
    const s = memoryStorage();
    expect(writeSave(s, record)).toBe(true);
    expect(readSave(s)).toEqual({ kind: 'ok', record });
  });

  it('keeps an opened scenario file with its text', () => {
    const file = { ...record, scenario: { kind: 'file' as const, fileName: 'mine.yaml', text: 'meta: {}' } };
    expect(parseSave(JSON.stringify(file))).toEqual({ kind: 'ok', record: file });
  });

  it('reports no save when there is none', () => {
    expect(readSave(memoryStorage())).toEqual({ kind: 'none' });
    expect(readSave(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['another version', JSON.stringify({ ...record, version: 2 })],
    ['a bad difficulty', JSON.stringify({ ...record, difficulty: 'impossible' })],
    ['an action without its delegation', JSON.stringify({ ...record, actions: [{ type: 'ready' }] })],
  ])('calls %s corrupt, with a reason', (_what, text) => {
    const s = memoryStorage();
    s.setItem(SAVE_KEY, text);
    const r = readSave(s);
    expect(r.kind).toBe('corrupt');
    expect(r.kind === 'corrupt' && r.reason.length > 0).toBe(true);
  });

  it('reports a full storage instead of throwing', () => {
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeSave(full, record)).toBe(false);
  });
});

describe('a save from another version of the rules', () => {
  it('is refused with a clear reason and never replayed', () => {
    const old = JSON.stringify({ ...record, rulesVersion: RULES_VERSION - 1 });
    const r = parseSave(old);
    expect(r.kind).toBe('corrupt');
    expect(r.kind === 'corrupt' && r.reason).toMatch(/another version of the game/);
  });
});

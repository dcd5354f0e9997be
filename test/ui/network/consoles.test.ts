import { describe, expect, it } from 'vitest';
import { forgetConsole, listConsoles, rememberConsole } from '../../../src/ui/network/consoles';
import { keyKey } from '../../../src/ui/network/net-client';

function memory() {
  const m = new Map<string, string>();
  return { m, s: { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) } };
}
const entry = (id: string, at: number) => ({ id, code: `C${id}`, name: `Class ${id}`, title: 'Road to the Charter', at });

describe('the consoles this device holds', () => {
  it('lists the consoles whose key it keeps, newest first, and forgets one with its key', () => {
    const { m, s } = memory();
    rememberConsole(entry('a', 1), 'key-a', s);
    rememberConsole(entry('b', 2), 'key-b', s);
    expect(listConsoles(s).map((e) => e.id)).toEqual(['b', 'a']);
    expect(m.get(keyKey('a'))).toBe('key-a');
    // Opening it again refreshes the entry rather than adding a second.
    rememberConsole({ ...entry('a', 3), name: 'Group 3B' }, 'key-a', s);
    expect(listConsoles(s).map((e) => [e.id, e.name])).toEqual([['a', 'Group 3B'], ['b', 'Class b']]);
    forgetConsole('a', s);
    expect(m.has(keyKey('a'))).toBe(false);
    expect(listConsoles(s).map((e) => e.id)).toEqual(['b']);
  });

  it('leaves out entries whose key is gone and reads a damaged list as empty', () => {
    const { m, s } = memory();
    rememberConsole(entry('a', 1), 'key-a', s);
    m.delete(keyKey('a'));
    expect(listConsoles(s)).toEqual([]);
    m.set('cica-consoles', '{not json');
    expect(listConsoles(s)).toEqual([]);
    m.set('cica-consoles', JSON.stringify([{ id: 5 }, entry('c', 1)]));
    m.set(keyKey('c'), 'k');
    expect(listConsoles(s).map((e) => e.id)).toEqual(['c']);
  });

  it('keeps a dozen consoles at most, dropping the oldest keys with them', () => {
    const { m, s } = memory();
    for (let i = 0; i < 14; i++) rememberConsole(entry(`s${i}`, i), `k${i}`, s);
    expect(listConsoles(s)).toHaveLength(12);
    expect(m.has(keyKey('s0'))).toBe(false);
    expect(m.has(keyKey('s13'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { byDelegationRecord } from '../../src/engine/common';
import { createGame, createWorkingGame } from '../../src/engine';
import { smallScenario } from '../ai/fixtures';

describe('a record filled by delegation id', () => {
  it('is a plain empty object: no keys, the ordinary prototype, the JSON of {}', () => {
    const r = byDelegationRecord<number>();
    expect(Object.keys(r)).toEqual([]);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(JSON.stringify(r)).toBe('{}');
    expect(r).toStrictEqual({});
  });

  it('keeps its keys in the order they were added, as a plain object does', () => {
    const r = byDelegationRecord<number>();
    const plain: Record<string, number> = {};
    for (const [i, id] of ['KAZ', 'IND', 'AZE', 'CHN', 'BHR'].entries()) {
      r[id] = i;
      plain[id] = i;
    }
    delete r.AZE;
    delete plain.AZE;
    r.AZE = 9;
    plain.AZE = 9;
    expect(Object.keys(r)).toEqual(Object.keys(plain));
    expect(JSON.stringify(r)).toBe(JSON.stringify(plain));
    expect(r).toStrictEqual(plain);
  });

  it('leaves a new game equal to one folded through Immer', () => {
    const s = smallScenario();
    expect(createWorkingGame(s, 3)).toStrictEqual(createGame(s, 3));
  });
});

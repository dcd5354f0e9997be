import { describe, expect, it } from 'vitest';
import { readSessionFile, makeSessionFile, sessionFileName } from '../../src/session/file';
import { replay } from '../../src/engine';
import { resolve, sampleRecord, scenario } from './fixtures';

const record = sampleRecord();

describe('the session file', () => {
  it('round-trips a session: the read record equals the written one and replays to the same game', () => {
    const r = readSessionFile(makeSessionFile(record), resolve);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.record).toEqual(record);
    expect(r.value.game).toEqual(replay(scenario, record.seed, record.actions));
  });

  it('names the file after the scenario and the time it was saved', () => {
    expect(sessionFileName(record)).toBe('cica-session-mini-2026-03-01-1405.json');
    expect(sessionFileName({ ...record, scenario: { kind: 'file', fileName: 'My Class.yaml', text: 'x' } })).toMatch(/^cica-session-my-class-/);
  });

  it.each([
    ['an empty file', '  \n', { code: 'empty' }],
    ['text that is not JSON', 'meta:\n  id: x', { code: 'not-json' }],
    ['a scenario file', JSON.stringify({ meta: { id: 'x' }, calendar: {}, delegations: [] }), { code: 'foreign', looksLike: 'scenario' }],
    ['a debrief file', JSON.stringify({ kind: 'cica-debrief', version: 1 }), { code: 'foreign', looksLike: 'debrief' }],
    ['a solo saved game', JSON.stringify({ version: 1, me: 'AAA', actions: [] }), { code: 'foreign', looksLike: 'solo-save' }],
    ['a list', '[1, 2]', { code: 'foreign', looksLike: 'unknown' }],
    ['a file from a newer game', JSON.stringify({ ...record, version: 7 }), { code: 'newer-version', found: 7 }],
    ['a record with a bad seat', JSON.stringify({ ...record, seats: { AAA: 'robot' } }), { code: 'invalid', path: 'seats.AAA' }],
    ['a record with a damaged clock', JSON.stringify({ ...record, clock: { ...record.clock, context: { ...record.clock.context, remaining: 'soon' } } }), { code: 'invalid', path: 'clock.context.remaining' }],
    ['a record of an unknown scenario', JSON.stringify({ ...record, scenario: { kind: 'bundled', id: 'nowhere' } }), { code: 'scenario' }],
    ['a record naming a delegation the scenario lacks', JSON.stringify({ ...record, names: { ZZZ: 'Team Z' } }), { code: 'unknown-delegation', id: 'ZZZ' }],
  ])('refuses %s with a precise problem', (_what, text, problem) => {
    const r = readSessionFile(text, resolve);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject(problem);
  });

  it('names the first action that does not replay', () => {
    const actions = [...record.actions];
    actions.splice(3, 0, { type: 'plenary.decide', by: 'AAA', proposal: 'nope' });
    const r = readSessionFile(JSON.stringify({ ...record, actions }), resolve);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'replay', index: 4, action: 'plenary.decide' });
  });
});

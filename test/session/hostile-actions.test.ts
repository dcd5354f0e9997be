/**
 * A session file's log goes through the engine's own action schemas: an action of the wrong
 * shape is refused where it stands, before anything replays, and nothing of it is kept.
 */
import { describe, expect, it } from 'vitest';
import { readSessionFile } from '../../src/session/file';
import { resolve, sampleRecord } from './fixtures';

const record = sampleRecord();

function withAction(action: unknown, at = 2): string {
  const actions: unknown[] = [...record.actions];
  actions.splice(at, 0, action);
  return JSON.stringify({ ...record, actions });
}

describe('the actions of a session file', () => {
  it.each([
    ['a stance outside its enum', { type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: 'pending' }, 'actions.2.stance'],
    ['a stance that is an object', { type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: { toString: 'KAZ' } }, 'actions.2.stance'],
    ['an offer of more influence than there is', { type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 1e9 }, ask: { kind: 'support', proposal: 'p1' } }, 'actions.2.give.amount'],
    ['a reason holding markup', { type: 'ready', by: 'AAA', reason: { code: 'done', params: { note: '<script>alert(1)</script>' } } }, 'actions.2.reason.params.note'],
    ['an action of no known type', { type: 'constructor', by: 'AAA' }, 'actions.2.type'],
  ])('refuses %s at its place in the log', (_what, action, path) => {
    const r = readSessionFile(withAction(action), resolve);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'invalid', path });
  });

  it('refuses an infinite amount, as JSON can write one (1e999 reads as Infinity)', () => {
    const text = withAction({ type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 424242 }, ask: { kind: 'support', proposal: 'p1' } }).replace('424242', '1e999');
    const r = readSessionFile(text, resolve);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'invalid', path: 'actions.2.give.amount' });
  });

  it('refuses an extra field, naming it', () => {
    const text = withAction({ type: 'ready', by: 'AAA', constructor: 'x' });
    const r = readSessionFile(text, resolve);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'invalid', path: 'actions.2' });
    if (!r.ok && r.problem.code === 'invalid') expect(r.problem.detail).toContain('constructor');
  });

  it('replays the rest through the door, which names the field of an id the game lacks', () => {
    const r = readSessionFile(withAction({ type: 'consult.talks', by: 'AAA', with: 'QQQ' }, 0), resolve);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'replay', index: 1, action: 'consult.talks' });
    if (!r.ok && r.problem.code === 'replay') expect(r.problem.detail).toContain('"with"');
  });
});

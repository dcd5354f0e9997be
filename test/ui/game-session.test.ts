import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { advance, chronicleOfRound, indexScenario, replay, RULES_VERSION } from '../../src/engine';
import { GameSession } from '../../src/ui/game-session';
import { restoreSession } from '../../src/ui/restore';
import { readSave, SAVE_KEY } from '../../src/ui/save';
import { resolveScenario } from '../../src/ui/scenario-source';
import { savedGameFinished } from '../../src/ui/start/saved-finished';
import { scenario } from './support';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

/** Runs scheduled AI chunks at once, so a whole AI turn finishes inside the call. */
const now = (fn: () => void) => fn();

function session(storage = memory(), seed = 9) {
  return new GameSession({ scenario, source: { kind: 'bundled', id: 'mini' }, me: 'AAA', difficulty: 'normal', seed, storage, schedule: now });
}

/** Plays the player's part: ready in consultations and implementation, support in the plenary, decide as proposer. */
function playToEnd(s: GameSession, limit = 500): void {
  for (let i = 0; i < limit && s.game.phase !== 'concluded'; i++) {
    const legal = s.legal();
    const pick = legal.find((a) => a.type === 'plenary.decide')
      ?? legal.find((a) => a.type === 'plenary.position' && a.stance === 'support')
      ?? legal.find((a) => a.type === 'ready');
    if (!pick) throw new Error(`no move for the player in ${s.game.phase}`);
    expect(s.act(pick)).toBeNull();
  }
}

describe('GameSession', () => {
  it('lets the player open each round: no AI acts before the first move', () => {
    const s = session();
    s.runAi();
    expect(s.snapshot.log).toHaveLength(0);
    expect(s.myTurn).toBe(true);
  });

  it('gives each AI delegation one move per player move while the player consults', () => {
    const s = session();
    s.act({ type: 'consult.talks', by: 'AAA', with: 'BBB' });
    const aiMoves = s.snapshot.log.filter((a) => a.by !== 'AAA').length;
    expect(aiMoves).toBeGreaterThan(0);
    expect(aiMoves).toBeLessThanOrEqual(3);
    expect(s.aiBusy).toBe(false);
  });

  it('plays a whole game with the player, queues a summary per round, and saves after every move', () => {
    const storage = memory();
    const s = session(storage);
    playToEnd(s);
    expect(s.game.phase).toBe('concluded');
    const rounds = Array.from({ length: s.game.round }, (_, i) => i + 1);
    expect(s.pendingSummaries).toEqual(rounds);
    expect([...s.roundStart.keys()]).toEqual(rounds);
    const saved = readSave(storage);
    expect(saved.kind === 'ok' && saved.record.actions.length).toBe(s.snapshot.log.length);
    expect(replay(scenario, 9, s.snapshot.log)).toEqual(s.game);
  });

  it('gives each finished round as it closed, before the next round\'s opening', () => {
    const s = session();
    playToEnd(s);
    const idx = indexScenario(scenario);
    for (let r = 1; r < s.game.round; r++) {
      const end = s.roundEnd(r)!;
      expect([end.round, end.phase]).toEqual([r, 'review']);
      expect(chronicleOfRound(end, r + 1)).toEqual([]);
      expect(produce(end, (d) => advance(idx, d))).toEqual(s.roundStart.get(r + 1));
    }
    expect(s.roundEnd(s.game.round)).toBe(s.game);
  });

  it('has no close for the round still being played', () => {
    const s = session();
    s.act({ type: 'ready', by: 'AAA' });
    expect(s.roundEnd(s.game.round)).toBeUndefined();
  });

  it('refuses an illegal move with the engine code and changes nothing', () => {
    const s = session();
    const before = s.game;
    expect(s.act({ type: 'plenary.decide', by: 'AAA', proposal: 'p1' })?.code).toBe('wrong-phase');
    expect(s.game).toBe(before);
    expect(s.rejection?.code).toBe('wrong-phase');
  });

  it('resumes a saved game by replaying its record, with the round baselines rebuilt', () => {
    const storage = memory();
    const s = session(storage);
    s.act({ type: 'ready', by: 'AAA' });
    playToEnd(s, 3);
    const saved = readSave(storage);
    if (saved.kind !== 'ok') throw new Error('not saved');
    const again = new GameSession({ scenario, source: saved.record.scenario, me: 'AAA', difficulty: 'normal', seed: saved.record.seed, log: saved.record.actions, schedule: now });
    expect(again.game).toEqual(s.game);
    expect([...again.roundStart.keys()]).toEqual([...s.roundStart.keys()]);
  });
});

describe('restoreSession', () => {
  it('explains a save that does not replay and never throws', () => {
    const r = restoreSession({
      version: 1, rulesVersion: RULES_VERSION, savedAt: '', scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 1, seats: {}, me: 'KAZ',
      difficulty: 'easy', actions: [{ type: 'plenary.decide', by: 'KAZ', proposal: 'p9' }],
    }, null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/does not replay/);
  });

  it('explains a save whose scenario is unknown', () => {
    const r = restoreSession({ version: 1, rulesVersion: RULES_VERSION, savedAt: '', scenario: { kind: 'bundled', id: 'nowhere' }, seed: 1, seats: {}, me: 'KAZ', difficulty: 'easy', actions: [] }, null);
    expect(r.ok).toBe(false);
  });

  it('resumes a bundled game', () => {
    expect(resolveScenario({ kind: 'bundled', id: 'preventive-diplomacy' }).ok).toBe(true);
    const r = restoreSession({ version: 1, rulesVersion: RULES_VERSION, savedAt: '', scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 1, seats: {}, me: 'KAZ', difficulty: 'easy', actions: [{ type: 'ready', by: 'KAZ' }] }, null);
    expect(r.ok && r.session.snapshot.log).toHaveLength(1);
    void SAVE_KEY;
  });

  it('tells a finished saved game from one still under way, so the start screen offers its result', () => {
    const storage = memory();
    const s = session(storage);
    s.act({ type: 'consult.talks', by: 'AAA', with: 'BBB' });
    const early = readSave(storage);
    if (early.kind !== 'ok') throw new Error('no save');
    expect(savedGameFinished(early.record, scenario)).toBe(false);
    playToEnd(s);
    const done = readSave(storage);
    if (done.kind !== 'ok') throw new Error('no save');
    expect(savedGameFinished(done.record, scenario)).toBe(true);
  });
});

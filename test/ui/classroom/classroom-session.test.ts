import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { FACILITATOR, replay, type Action } from '../../../src/engine';
import { loadSave, listSaves } from '../../../src/session/store';
import { ClassroomSession, type ClassroomOptions } from '../../../src/ui/classroom/classroom-session';
import { memoryStorage, resolve, scenario } from '../../session/fixtures';

/** Runs scheduled AI chunks at once, so a whole AI turn finishes inside the call. */
const now = (fn: () => void) => fn();

function classroom(extra: Partial<ClassroomOptions> = {}) {
  const timer = new SimulatedClock();
  const storage = memoryStorage();
  const s = new ClassroomSession({
    id: 'c-1', scenario, source: { kind: 'bundled', id: 'mini' }, seed: 5, difficulty: 'normal', mode: 'hot-seat',
    seats: { AAA: 'human', BBB: 'ai', CCC: 'human', DDD: 'ai' }, names: { AAA: 'Anna', CCC: 'Chen' },
    durations: { consultations: 60 }, storage, schedule: now, timer, ...extra,
  });
  s.runAi();
  return { s, timer, storage };
}

/** Answers what the delegation owes (offers declined, fact-finding consented to), then declares it ready. */
function ready(s: ClassroomSession, by: string): void {
  for (const a of s.conductor.legalFor(by)) {
    if ((a.type === 'consult.answer' && !a.accept) || (a.type === 'diplomacy.consent' && a.accept)) expect(s.act(a)).toBeNull();
  }
  expect(s.act({ type: 'ready', by })).toBeNull();
}

/** What a person does on their turn: decide as proposer, support, or declare ready. */
function move(s: ClassroomSession): Action {
  const legal = s.legal();
  const pick = legal.find((a) => a.type === 'plenary.decide') ?? legal.find((a) => a.type === 'plenary.position' && a.stance === 'support')
    ?? legal.find((a) => a.type === 'consult.answer' && !a.accept) ?? legal.find((a) => a.type === 'diplomacy.consent' && a.accept) ?? legal.find((a) => a.type === 'ready');
  if (!pick) throw new Error(`no move for ${s.me} in ${s.game.phase}`);
  return pick;
}

describe('a hot-seat classroom session', () => {
  it('passes the device in seat order and hides the screen at every hand-off', () => {
    const { s } = classroom();
    expect(s.me).toBe('AAA');
    expect(s.handoff).toBe(true);
    s.reveal();
    expect(s.act({ type: 'consult.talks', by: 'AAA', with: 'DDD' })).toBeNull();
    expect(s.me).toBe('AAA');
    expect(s.handoff).toBe(false);
    ready(s, 'AAA');
    expect(s.me).toBe('CCC');
    expect(s.handoff).toBe(true);
    s.reveal();
    ready(s, 'CCC');
    expect(s.game.phase).not.toBe('consultations');
  });

  it('plays a whole game with two people taking turns, without stalling', () => {
    const { s } = classroom();
    for (let i = 0; i < 600 && s.game.phase !== 'concluded'; i++) {
      if (s.handoff) s.reveal();
      expect(s.snapshot.awaitingHumans).toContain(s.me);
      expect(s.act(move(s))).toBeNull();
    }
    expect(s.game.phase).toBe('concluded');
    expect(replay(scenario, 5, s.snapshot.log)).toEqual(s.game);
  });

  it('logs the facilitator\'s injections, seat switches and undo, and gives the turn back on undo', () => {
    const { s } = classroom();
    s.reveal();
    expect(s.inject('shock')).toBeNull();
    expect(s.inject('no-such-event')?.code).toBe('unknown-target');
    expect(s.injectEffects([{ type: 'tension', flashpoint: 'fp', delta: 5 }])).toBeNull();
    ready(s, 'AAA');
    expect(s.me).toBe('CCC');
    expect(s.undoable()).toEqual({ type: 'ready', by: 'AAA' });
    expect(s.undo()).toEqual({ type: 'ready', by: 'AAA' });
    expect(s.me).toBe('AAA');
    expect(s.handoff).toBe(true);
    s.reveal();
    s.setSeat('CCC', 'ai');
    expect(s.humans()).toEqual(['AAA']);
    ready(s, 'AAA');
    expect(s.game.phase).not.toBe('consultations');
    const kinds = s.clock.getSnapshot().context.log.map((l) => l.entry.kind);
    expect(kinds).toEqual(['event-injected', 'effects-injected', 'undone', 'seat-switched']);
  });

  it('runs the clock, and ends the phase at time-up when asked to', () => {
    const { s, timer } = classroom({ autoEnd: true });
    s.reveal();
    for (let i = 0; i < 30; i++) timer.increment(1000);
    expect(s.clock.getSnapshot().context.remaining).toBe(30);
    s.pause();
    for (let i = 0; i < 30; i++) timer.increment(1000);
    expect(s.clock.getSnapshot().context.remaining).toBe(30);
    s.resume();
    for (let i = 0; i < 30; i++) timer.increment(1000);
    expect(s.snapshot.log[0]).toEqual({ type: 'facilitator.end-phase', by: FACILITATOR });
    expect(s.game.round).toBe(2);
    expect(s.clock.getSnapshot().context.log.map((l) => l.entry.kind)).toEqual(['paused', 'resumed', 'time-up']);
    expect(s.snapshot.log.some((a) => a.type === 'facilitator.end-phase' && a.by === FACILITATOR)).toBe(true);
  });

  it('autosaves after every change and resumes exactly: same game, same turn, same clock', () => {
    const { s, timer, storage } = classroom();
    s.reveal();
    s.act({ type: 'consult.talks', by: 'AAA', with: 'BBB' });
    ready(s, 'AAA');
    for (let i = 0; i < 7; i++) timer.increment(1000);
    s.setSeat('DDD', 'human', 'Dana');
    const list = listSaves(storage);
    expect(list.length).toBeGreaterThanOrEqual(3);
    const loaded = loadSave(storage, list[0]!.key, resolve);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = loaded.value.record;
    const back = new ClassroomSession({ ...r, scenario, source: r.scenario, log: r.actions, clock: r.clock, turn: r.turn, schedule: now, timer: new SimulatedClock() });
    expect(back.game).toEqual(s.game);
    expect(back.me).toBe(s.me);
    expect(back.handoff).toBe(true);
    expect(back.names).toEqual({ AAA: 'Anna', CCC: 'Chen', DDD: 'Dana' });
    expect(back.clock.getSnapshot().context).toEqual(s.clock.getSnapshot().context);
  });
});

describe('a projector session', () => {
  it('never hides the screen: the facilitator records each person\'s moves in seat order', () => {
    const { s } = classroom({ mode: 'projector' });
    expect(s.handoff).toBe(false);
    expect(s.me).toBe('AAA');
    ready(s, 'AAA');
    expect(s.me).toBe('CCC');
    expect(s.handoff).toBe(false);
    ready(s, 'CCC');
    expect(s.game.phase).not.toBe('consultations');
  });
});

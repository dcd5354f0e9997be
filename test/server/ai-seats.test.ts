/**
 * AI seats on the classroom server hold back as the browser's conductor does: they start as soon
 * as a device is there (no one's action needed), and wait with their tabling and closing while a
 * student seat still holds the floor, so students can put their own items on the agenda.
 */
import { describe, expect, it } from 'vitest';
import { legalActions, roundAgenda, type GameState } from '../../src/engine';
import { createSession, sharedServer, type TestClient } from './harness';

const shared = sharedServer();
const STUDENTS = ['KHM', 'THA'];

async function seated(code: string, seat: string): Promise<TestClient> {
  const c = shared.client({ role: 'student', code });
  await c.connected();
  expect((await c.call('claim', { seat })).ok).toBe(true);
  await c.until((x) => x.view?.game.viewer === seat);
  return c;
}

const logLength = (c: TestClient) => Number(c.view!.v.split(':')[1]);
const tabledBy = (game: GameState, who: (d: string) => boolean) => roundAgenda(game).filter((id) => who(game.proposals[id]!.proposer));
const settle = () => new Promise((ok) => setTimeout(ok, 1500));

describe('AI seats on the classroom server', () => {
  it('start without waiting for anyone to act, and table only once the students have tabled or passed', async () => {
    const s = await createSession(shared.server.url, {
      scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 11, seats: Object.fromEntries(STUDENTS.map((d) => [d, 'human'])),
    });
    const khm = await seated(s.code, 'KHM');
    const tha = await seated(s.code, 'THA');
    // Nobody has acted: the AI delegations act all the same (talks, pledges, missions).
    await khm.until((c) => logLength(c) > 0);
    await settle();
    const game = () => khm.game as GameState;
    expect(game().phase).toBe('consultations');
    expect(tabledBy(game(), (d) => !STUDENTS.includes(d))).toEqual([]);
    expect(STUDENTS.every((d) => !game().delegations[d]!.ready)).toBe(true);

    const table = legalActions(khm.view!.scenario, game(), 'KHM').find((a) => a.type === 'proposal.table');
    expect(table).toBeDefined();
    expect((await khm.act(table!)).ok).toBe(true);
    const pass = legalActions(tha.view!.scenario, tha.game as GameState, 'THA').find((a) => a.type === 'proposal.pass');
    expect(pass).toBeDefined();
    expect((await tha.act(pass!)).ok).toBe(true);
    // The floor is free: the AI delegations table now, after the student's item.
    await khm.until((c) => tabledBy(c.game as GameState, (d) => !STUDENTS.includes(d)).length > 0);
    expect(roundAgenda(game())[0]).toBe(tabledBy(game(), (d) => d === 'KHM')[0]);
  }, 30_000);
});

describe('AI seats that only wait to close', () => {
  it('are marked in the seats every device gets, and lose the mark once the students close', async () => {
    const s = await createSession(shared.server.url, {
      scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 13, seats: Object.fromEntries(STUDENTS.map((d) => [d, 'human'])),
    });
    const khm = await seated(s.code, 'KHM');
    const tha = await seated(s.code, 'THA');
    const seatOf = new Map([[khm, 'KHM'], [tha, 'THA']]);
    for (const [c, seat] of seatOf) {
      const pass = legalActions(c.view!.scenario, c.game as GameState, seat).find((a) => a.type === 'proposal.pass');
      expect((await c.act(pass!)).ok).toBe(true);
    }
    // Once the AI has done what it wanted this round, its seats wait for the students to close.
    await khm.until((c) => c.seats.some((x) => x.closing), 20_000);
    await settle();
    const game = khm.game as GameState;
    const closing = khm.seats.filter((x) => x.closing);
    expect(closing.every((x) => x.seat === 'ai' && game.delegations[x.id]!.ready === false)).toBe(true);
    expect(tha.seats.filter((x) => x.closing).map((x) => x.id)).toEqual(closing.map((x) => x.id));
    for (const [c, seat] of seatOf) {
      const ready = legalActions(c.view!.scenario, c.game as GameState, seat).find((a) => a.type === 'ready');
      expect((await c.act(ready!)).ok).toBe(true);
    }
    await khm.until((c) => c.game!.phase !== 'consultations' && !c.seats.some((x) => x.closing), 20_000);
  }, 60_000);
});

describe('the end of a networked game', () => {
  it('reveals every secret objective with the final scores, and still no confidential brief or red line', async () => {
    const s = await createSession(shared.server.url, { scenario: { kind: 'bundled', id: 'preventive-diplomacy' }, seed: 12, seats: {} });
    // A device in the room (watching, with no seat) is all the AI delegations need to play the game out.
    const watcher = shared.client({ role: 'student', code: s.code });
    await watcher.connected();
    expect(watcher.view!.scenario.delegations.every((d) => d.objectives.length === 0)).toBe(true);
    await watcher.until((c) => c.game?.phase === 'concluded', 60_000);
    const delegations = watcher.view!.scenario.delegations;
    expect(delegations.filter((d) => d.objectives.length > 0).length).toBeGreaterThan(1);
    for (const d of delegations) {
      expect(d.brief.confidential).toBe('');
      expect(d.profile.redLines).toEqual([]);
    }
  }, 90_000);
});

import { describe, expect, it } from 'vitest';
import { benchEngine, engineLines } from '../../scripts/lib/bench-engine';
import { benchRestore } from '../../scripts/lib/bench-restore';
import { wholeGamesPerBalanceGame } from '../../scripts/lib/bench-balance';
import { agencyJobs, MAX_GAMES_PER_SEAT } from '../../scripts/lib/balance-negotiation';
import { playRun } from '../../scripts/lib/game-pool';
import { browserFigures, benchSections, sectionResult } from '../../scripts/lib/bench-sections';
import { browserSummary } from '../../scripts/lib/bench-browser-report';
import { loadScenario } from '../../scripts/lib/load-scenario';

describe("the bench's JSON document", () => {
  it('gives the engine and replay figures the issue names, from a tiny run', () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the scenario does not load');
    const { engine, replay } = benchEngine(loaded.scenario, 1);
    for (const value of [engine.msPerGame, engine.msPerGameWithAi, replay.ms2500]) {
      expect(typeof value).toBe('number');
      expect(value).toBeGreaterThanOrEqual(0);
    }
    expect(engine.games).toBe(1);
    expect(replay.actions).toBeGreaterThan(0);
    expect(replay.ms2500Fresh).toBeNull();
  });

  it("times the replay on a thread that only replays, as a server's restore after a restart, and prints it", async () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the scenario does not load');
    const { engine, replay, log } = benchEngine(loaded.scenario, 1);
    expect(log.actions.length).toBe(replay.actions);
    replay.ms2500Fresh = await benchRestore(loaded.scenario, log.seed, log.actions);
    expect(replay.ms2500Fresh).toBeGreaterThan(0);
    expect(engineLines(engine, replay).join('\n')).toContain(`${replay.ms2500Fresh.toFixed(2)} ms per 2,500`);
  });

  it('gives the browser ratios and the click figure as numbers, null where not measured', () => {
    const keys = ['readyRatio', 'frameRatio', 'jsRatio', 'clickToPaintMs'] as const;
    const none = browserFigures(null, ['browser: skipped']);
    for (const k of keys) expect(none[k]).toBeNull();
    expect(none.lines).toEqual(['browser: skipped']);
    const summary = browserSummary({
      phaser: [{ file: 'phaser.min.js', raw: 1000, gzip: 400 }], panSeconds: 4, clicks: [30, 10, 20],
      app: { startShown: 100, beginToReady: 500, readyToFrame: 10, canvas: { width: 800, height: 600 }, scripts: { start: [{ file: 'a.js', raw: 900, gzip: 300 }], game: [{ file: 'b.js', raw: 600, gzip: 220 }] } },
      bare: { ready: 300, readyToFrame: 5, renderer: 'webgl', canvas: { width: 800, height: 600 } },
    } as never);
    const measured = browserFigures(summary, []);
    expect(measured.readyRatio).toBeCloseTo(2);
    expect(measured.jsRatio).toBeCloseTo(1.3);
    expect(measured.clickToPaintMs).toBe(20);
    expect(measured.frameRatio).toBeNull();
  });

  it('keeps the browser keys when the browser is skipped', async () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the scenario does not load');
    const r = sectionResult(await benchSections.browser!({ scenario: loaded.scenario, games: 1, browser: false }));
    expect(r.figures).toMatchObject({ readyRatio: null, frameRatio: null, jsRatio: null, clickToPaintMs: null });
  });
});

describe('the balance figure', () => {
  it('says how many whole games a balance game plays: the game, its lookahead twin and its share of the agency games', () => {
    const loaded = loadScenario('road-to-the-charter');
    if (!loaded.ok) throw new Error('cannot load the default scenario');
    // Three seats played strong and passive, and a mediator, 50 games each at most: 2 + 7 * 50 / 1000.
    expect(wholeGamesPerBalanceGame(loaded.scenario)).toBe(2.35);
  });
});

describe('a balance run', () => {
  it('plays each seat a quarter of its games each way, and no more than the cap past which the figures stop moving', () => {
    const loaded = loadScenario('road-to-the-charter');
    if (!loaded.ok) throw new Error('cannot load the default scenario');
    const seatGames = (games: number) => agencyJobs(loaded.scenario, games).filter((j) => j.kind === 'seat' && j.policy === 'strong' && j.seat === 'KAZ').length;
    expect(seatGames(60)).toBe(15);
    expect(seatGames(200)).toBe(MAX_GAMES_PER_SEAT);
    expect(seatGames(1000)).toBe(MAX_GAMES_PER_SEAT);
    expect(agencyJobs(loaded.scenario, 1000)).toHaveLength(7 * MAX_GAMES_PER_SEAT);
  });

  it("tells the benchmark each job's index and its own time on its thread", async () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the scenario does not load');
    const heard: Array<[number, number]> = [];
    await playRun({ kind: 'simulate', scenario: loaded.scenario, seed: 1, difficulty: 'normal' }, 3, 1, (i, ms) => heard.push([i, ms]));
    expect(heard.map(([i]) => i)).toEqual([0, 1, 2]);
    expect(heard.every(([, ms]) => ms > 0)).toBe(true);
  });
});

/** The scripted policies the balance report seats: the mediator mediates, and mediating well pays. */
import { describe, expect, it } from 'vitest';
import { createGame, legalActions, playerView, type Action } from '../../src/engine';
import { mediatorPolicy, type Policy } from '../../src/sim/policy';
import { mediatorSeat, negotiationFigures } from '../../scripts/lib/balance-negotiation';
import { loadScenario } from '../../scripts/lib/load-scenario';
import { miniScenario } from '../engine/fixtures';

const ready: Policy = ({ legal }) => legal.find((a) => a.type === 'ready') ?? legal[0]!;

describe('the mediator policy', () => {
  const scenario = miniScenario();

  it('puts a tool of preventive diplomacy to work on a dispute it is not party to', () => {
    const state = createGame(scenario, 1);
    const legal = legalActions(scenario, state, 'AAA');
    const action: Action = mediatorPolicy(ready)({ scenario, view: playerView(state, 'AAA'), by: 'AAA', legal, random: () => 0.5 });
    expect(action.type.startsWith('diplomacy.')).toBe(true);
    expect(action).toMatchObject({ flashpoint: 'fp' });
  });

  it('plays as its fallback when it has no tool to use', () => {
    const state = createGame(scenario, 1);
    const legal = legalActions(scenario, state, 'AAA').filter((a) => !a.type.startsWith('diplomacy.'));
    expect(mediatorPolicy(ready)({ scenario, view: playerView(state, 'AAA'), by: 'AAA', legal, random: () => 0.5 }).type).toBe('ready');
  });
});

describe('the mediator figure', () => {
  it('seats a delegation party to no dispute', () => {
    expect(mediatorSeat(miniScenario())).toBe('AAA');
  });

  it('has the mediator of Preventive Diplomacy finish in the top half when it mediates whenever it can', () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the bundled scenario does not load');
    // A quarter of the games seat the mediator figure: twelve of its games, as three were too few to pin a mean rank.
    const figures = negotiationFigures(loaded.scenario, [], [], { seed: 1, games: 48, difficulty: 'normal' });
    expect(figures.mediator).toMatchObject({ id: 'MYS', games: 12 });
    expect(figures.mediator!.meanMediation).toBeGreaterThan(0);
    expect(figures.mediator!.meanRank).toBeLessThanOrEqual(figures.mediator!.players / 2);
  });
});

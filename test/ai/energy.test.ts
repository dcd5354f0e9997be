import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/ai/context';
import { paramsFor } from '../../src/ai/difficulty';
import { joinScore } from '../../src/ai/energy';
import { createGame, playerView, type GameState } from '../../src/engine';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema';
import { act } from './helpers';
import { smallScenario } from './fixtures';

type Temperament = ScenarioInput['delegations'][number]['profile']['temperament'];

function scoreOf(s: Scenario, state: GameState, by: string): number {
  return joinScore(buildContext(s, playerView(state, by), by, paramsFor('normal'), () => 0.5));
}

function withMembers(s: Scenario, members: string[]): GameState {
  let state = createGame(s, 1);
  state = act(s, state, { type: 'energy.found', by: members[0]! });
  for (const id of members.slice(1)) state = act(s, state, { type: 'energy.join', by: id });
  return state;
}

const temperamentOf = (t: Temperament) => smallScenario((input) => {
  const ccc = input.delegations.find((d) => d.id === 'CCC')!;
  ccc.profile = { ...ccc.profile, temperament: t };
});

describe('joining the energy bloc', () => {
  it('weighs a rival already inside against joining', () => {
    const s = smallScenario();
    // BBB is CCC's adversary in the dispute; DDD is not.
    const rival = scoreOf(s, withMembers(s, ['AAA', 'BBB']), 'CCC');
    const neutral = scoreOf(s, withMembers(s, ['AAA', 'DDD']), 'CCC');
    expect(neutral - rival).toBeGreaterThan(2);
  });

  it('puts freedom of action first for a cautious or assertive delegation, not for a cooperative or pragmatic one', () => {
    const scores = (['cooperative', 'pragmatic', 'assertive', 'cautious'] as const).map((t) => {
      const s = temperamentOf(t);
      return scoreOf(s, withMembers(s, ['AAA', 'DDD']), 'CCC');
    });
    expect(scores[0]).toBeCloseTo(scores[1]!, 5);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
    expect(scores[2]).toBeGreaterThan(scores[3]!);
  });

  it('does not hold a stable dispute against the rival', () => {
    const calm = smallScenario((input) => { input.flashpoints![0] = { ...input.flashpoints![0]!, tension: 10 }; });
    const live = smallScenario();
    const gap = (s: Scenario) => scoreOf(s, withMembers(s, ['AAA', 'DDD']), 'CCC') - scoreOf(s, withMembers(s, ['AAA', 'BBB']), 'CCC');
    // Beside what trust alone makes of BBB (the same in both), only the live dispute costs the rival's 5.
    expect(gap(live) - gap(calm)).toBeCloseTo(5, 5);
  });

  it('finds a bloc crowded with its own kind worth less', () => {
    const s = smallScenario((input) => {
      for (const id of ['EEA', 'EEB', 'EEC', 'EED']) {
        input.delegations.push({
          id, name: { en: id, ru: id }, weight: 'small', energy: 'importer', region: 'Test', mapId: String(900 + input.delegations.length),
          capital: { name: 'C', lat: 40, lon: 70 }, profile: { interests: { military: 2, threats: 2, economic: 2, environmental: 2, human: 2, energy: 2, transformation: 2 } },
          brief: { public: `${id} public`, confidential: `${id} secret` },
        });
      }
    });
    // CCC is an importer: two importers inside against five (with one producer as counterpart either way).
    const few = scoreOf(s, withMembers(s, ['AAA', 'DDD', 'EEA']), 'CCC');
    const many = scoreOf(s, withMembers(s, ['AAA', 'DDD', 'EEA', 'EEB', 'EEC', 'EED']), 'CCC');
    expect(many).toBeLessThan(few);
  });
});

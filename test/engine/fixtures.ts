/** A tiny scenario built inline, so engine tests read as the rule they pin. */
import { ScenarioSchema, type DelegationDef, type Scenario, type ScenarioInput } from '../../src/scenario/schema';

type DelegationInput = ScenarioInput['delegations'][number];

const interests = (o: Partial<Record<string, number>> = {}) => ({
  military: 2, threats: 2, economic: 2, environmental: 2, human: 2, energy: 2, transformation: 2, ...o,
});

function delegation(id: string, mapId: string, extra: Partial<DelegationInput> = {}): DelegationInput {
  return {
    id, name: { en: id, ru: id }, weight: 'medium' as DelegationDef['weight'], energy: 'importer' as DelegationDef['energy'], region: 'Test', mapId,
    capital: { name: 'C', lat: 40, lon: 70 },
    profile: { interests: interests() },
    brief: { public: `${id} public`, confidential: `${id} secret brief` },
    ...extra,
  };
}

export function miniScenarioInput(): ScenarioInput {
  return {
    meta: { id: 'mini', title: 'Mini', summary: 'A tiny test scenario', objectives: ['Learn'], durationMinutes: 30, players: { min: 1, max: 5 } },
    calendar: { startYear: 2026, rounds: 3, summitRounds: [2, 3], chairs: ['AAA', 'BBB'] },
    delegations: [
      delegation('AAA', '001', { energy: 'producer', objectives: [{ id: 'obj-a', text: 'Adopt m1', goal: { type: 'measure-adopted', measure: 'm1' } }] }),
      delegation('BBB', '002', { energy: 'producer', trust: { CCC: 20 } }),
      delegation('CCC', '003', { profile: { interests: interests(), redLines: [{ type: 'military-while-crisis' }] } }),
      delegation('DDD', '004', { weight: 'small' }),
      delegation('OOO', '005', { role: 'observer' }),
    ],
    flashpoints: [
      { id: 'fp', name: 'B-C', description: 'A dispute', parties: ['BBB', 'CCC'], tension: 45, drift: 2, volatility: 2 },
    ],
    measures: [
      { id: 'm1', dimension: 'human', area: 'exchanges', title: 'Exchanges', description: 'People to people', coordinators: ['AAA'], implementRounds: 1 },
      { id: 'm2', dimension: 'military', area: 'visits', title: 'Visits', description: 'Military visits', requires: ['m1'], effects: { trust: 3, tension: 10, prestige: 1 } },
      { id: 'm3', dimension: 'economic', area: 'energy-security', title: 'Energy partnership', description: 'Bloc under CICA', energyBloc: true },
      { id: 'm4', dimension: 'environmental', area: 'disasters', title: 'Early warning', description: 'Disasters', implementRounds: 1 },
    ],
    energy: { minProducers: 2, minImporters: 1, corridors: [{ id: 'c1', name: 'A-B', route: ['AAA', 'BBB'] }] },
    transformation: { clusters: [{ id: 'charter-text', title: 'Charter text', description: 'The text' }] },
    rules: { charter: { minCohesion: 10, minDimensions: 1, minImplemented: 1 } },
    events: [
      { id: 'shock', title: 'Shock', text: 'Supply shock', trigger: { fromRound: 2, toRound: 2 }, effects: [{ type: 'energy-shock', delta: 2 }] },
    ],
  };
}

export function miniScenario(patch?: (s: ScenarioInput) => void): Scenario {
  const input = miniScenarioInput();
  patch?.(input);
  return ScenarioSchema.parse(input);
}

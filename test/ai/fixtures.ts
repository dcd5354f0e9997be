/**
 * Scenarios for the AI tests, built inline: a small one whose every red line is easy to reason
 * about, and a conference of 28 members shaped like the default scenario for speed and balance.
 */
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../src/scenario/schema';

type DelegationInput = ScenarioInput['delegations'][number];
type Interests = DelegationInput['profile']['interests'];

const interests = (o: Partial<Interests> = {}): Interests => ({
  military: 2, threats: 2, economic: 2, environmental: 2, human: 2, energy: 2, transformation: 2, ...o,
});

function delegation(id: string, mapId: string, extra: Partial<DelegationInput> = {}): DelegationInput {
  return {
    id, name: { en: id, ru: id }, weight: 'medium', energy: 'importer', region: 'Test', mapId,
    capital: { name: 'C', lat: 40, lon: 70 },
    profile: { interests: interests() },
    brief: { public: `${id} public`, confidential: `${id} secret brief` },
    ...extra,
  };
}

const meta = (id: string): ScenarioInput['meta'] => ({
  id, title: id, summary: 'A test scenario', objectives: ['Learn'], durationMinutes: 30, players: { min: 1, max: 30 },
});

/** Five delegations, one flashpoint, four measures; AAA has a measure red line, CCC the military one. */
export function smallScenario(patch?: (s: ScenarioInput) => void): Scenario {
  const input: ScenarioInput = {
    meta: meta('small'),
    calendar: { startYear: 2026, rounds: 4, summitRounds: [3, 4], chairs: ['AAA', 'BBB'] },
    delegations: [
      delegation('AAA', '001', {
        energy: 'producer',
        profile: { temperament: 'assertive', interests: interests({ energy: 4 }), redLines: [{ type: 'measure', measure: 'm2', acceptsWeakened: false }, { type: 'energy-bloc-under-cica' }] },
        objectives: [{ id: 'obj-a', text: 'Adopt m1', goal: { type: 'measure-adopted', measure: 'm1' } }],
      }),
      delegation('BBB', '002', { energy: 'producer', trust: { CCC: 20 }, profile: { interests: interests({ energy: 4 }), redLines: [{ type: 'fact-finding', flashpoint: 'fp' }] } }),
      delegation('CCC', '003', { profile: { temperament: 'cautious', interests: interests({ energy: 3 }), redLines: [{ type: 'military-while-crisis' }] } }),
      delegation('DDD', '004', { weight: 'small', profile: { temperament: 'cooperative', interests: interests({ human: 5, energy: 3 }), redLines: [{ type: 'measure', measure: 'm4', acceptsWeakened: true }] } }),
      delegation('OOO', '005', { role: 'observer' }),
    ],
    flashpoints: [{ id: 'fp', name: 'B-C', description: 'A dispute', parties: ['BBB', 'CCC'], tension: 62, drift: 3, volatility: 2 }],
    measures: [
      { id: 'm1', dimension: 'human', area: 'exchanges', title: 'Exchanges', description: 'People to people', coordinators: ['AAA'], implementRounds: 1 },
      { id: 'm2', dimension: 'military', area: 'visits', title: 'Visits', description: 'Military visits', effects: { trust: 3, tension: 10, prestige: 1 } },
      { id: 'm3', dimension: 'economic', area: 'energy-security', title: 'Energy partnership', description: 'Bloc under CICA', energyBloc: true },
      { id: 'm4', dimension: 'environmental', area: 'disasters', title: 'Early warning', description: 'Disasters', implementRounds: 1 },
    ],
    energy: { minProducers: 2, minImporters: 1, corridors: [{ id: 'c1', name: 'A-B', route: ['AAA', 'BBB'] }] },
    transformation: { clusters: [{ id: 'charter-text', title: 'Charter text', description: 'The text', requires: ['m1'] }] },
    rules: { charter: { minCohesion: 10, minDimensions: 1, minImplemented: 1 } },
  };
  patch?.(input);
  return ScenarioSchema.parse(input);
}

/** A deterministic stream of numbers in [0, 1) for building the large scenario. */
function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const DIMS = ['military', 'threats', 'economic', 'environmental', 'human'] as const;
const TEMPERAMENTS = ['cooperative', 'pragmatic', 'pragmatic', 'cautious', 'assertive'] as const;

/** 28 members and 2 observers, 20 measures, 5 flashpoints, 6 clusters, 8 rounds with summits in 4, 6 and 8. */
export function largeScenario(patch?: (s: ScenarioInput) => void): Scenario {
  const r = stream(2026);
  const ids = Array.from({ length: 30 }, (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}X`);
  const measures: NonNullable<ScenarioInput['measures']> = [];
  DIMS.forEach((dim, d) => {
    for (let k = 0; k < 4; k++) {
      const id = `${dim}-${k + 1}`;
      measures.push({
        id, dimension: dim, area: `${dim}-area`, title: id, description: id,
        coordinators: [ids[(d * 4 + k) % 28]!],
        requires: k === 0 ? [] : [`${dim}-${k}`],
        implementCost: k === 3 ? 2 : 1,
        implementRounds: k === 0 ? 1 : 2,
        energyBloc: dim === 'economic' && k === 3,
        ...(dim === 'threats' && k === 1 ? { partner: 'SCO' } : {}),
        effects: { trust: 3, tension: dim === 'military' ? 8 : 0, prestige: 1 },
      });
    }
  });
  const flashpoints: NonNullable<ScenarioInput['flashpoints']> = [
    { id: 'fp-a', name: 'A', description: 'A', parties: [ids[0]!, ids[1]!], tension: 55, drift: 3, volatility: 4 },
    { id: 'fp-b', name: 'B', description: 'B', parties: [ids[2]!, ids[3]!], tension: 40, drift: 2, volatility: 4 },
    { id: 'fp-c', name: 'C', description: 'C', parties: [ids[4]!, ids[5]!, ids[6]!], tension: 30, drift: 1, volatility: 3 },
    { id: 'fp-d', name: 'D', description: 'D', parties: [ids[7]!, ids[8]!], tension: 20, drift: 1, volatility: 3 },
    { id: 'fp-e', name: 'E', description: 'E', parties: [ids[9]!, ids[29]!], tension: 45, drift: 2, volatility: 3 },
  ];
  const rivals = new Map<string, string>();
  for (const f of flashpoints) for (const p of f.parties) rivals.set(p, f.parties.find((q) => q !== p)!);
  const delegations = ids.map((id, i) => {
    const pick = () => Math.floor(r() * 6);
    const redLines: NonNullable<DelegationInput['profile']['redLines']> = [];
    if (i < 7) redLines.push({ type: 'military-while-crisis' });
    if (i === 10) redLines.push({ type: 'measure', measure: 'military-3', acceptsWeakened: false });
    if (i === 11) redLines.push({ type: 'measure', measure: 'human-2', acceptsWeakened: true });
    if (i === 12) redLines.push({ type: 'energy-bloc-under-cica' });
    if (i === 2) redLines.push({ type: 'fact-finding', flashpoint: 'fp-b' });
    const rival = rivals.get(id);
    return delegation(id, String(i + 1).padStart(3, '0'), {
      role: i >= 28 ? 'observer' : 'member',
      weight: (['small', 'medium', 'large'] as const)[i % 3],
      energy: (['producer', 'importer', 'balanced', 'importer'] as const)[i % 4],
      memberships: [i % 2 === 0 ? 'SCO' : 'OIC', ...(i % 5 === 0 ? ['ASEAN'] : [])],
      trust: rival ? { [rival]: 18 } : {},
      profile: {
        temperament: TEMPERAMENTS[i % TEMPERAMENTS.length],
        interests: { military: pick(), threats: pick(), economic: pick(), environmental: pick(), human: pick(), energy: pick(), transformation: 1 + Math.floor(r() * 5) },
        redLines,
      },
      objectives: [{ id: `goal-${i}`, text: 'A goal', points: 10, goal: i % 3 === 0 ? { type: 'charter-adopted' } : { type: 'measure-adopted', measure: measures[i % 20]!.id } }],
    });
  });
  const input: ScenarioInput = {
    meta: meta('large'),
    calendar: { startYear: 2026, rounds: 8, summitRounds: [4, 6, 8], chairs: ids.slice(0, 8) },
    delegations,
    flashpoints,
    measures,
    energy: { corridors: [{ id: 'c-1', name: 'One', route: [ids[1]!, ids[13]!] }, { id: 'c-2', name: 'Two', route: [ids[5]!, ids[9]!, ids[17]!] }] },
    transformation: {
      clusters: ['text', 'areas', 'budget', 'procedure', 'relations', 'secretariat'].map((c, i) => ({
        id: `cluster-${c}`, title: c, description: c, requires: [['military-2', 'threats-3', 'economic-2', 'environmental-3', 'human-2', 'human-4'][i]!],
      })),
    },
    events: [
      { id: 'shock', title: 'Shock', text: 'Supply shock', trigger: { fromRound: 3, chance: 0.5 }, effects: [{ type: 'energy-shock', delta: 2 }] },
      { id: 'incident', title: 'Incident', text: 'Border incident', trigger: { fromRound: 2, chance: 0.3 }, repeat: true, effects: [{ type: 'tension', flashpoint: 'fp-a', delta: 8 }] },
    ],
  };
  patch?.(input);
  return ScenarioSchema.parse(input);
}

/** The same scenario with every delegation's secrets but `keep`'s replaced by ones that would change any decision. */
export function poisoned(scenario: Scenario, keep: string): Scenario {
  return {
    ...scenario,
    delegations: scenario.delegations.map((d) => (d.id === keep ? d : {
      ...d,
      brief: { ...d.brief, confidential: 'POISON' },
      objectives: scenario.measures.map((m) => ({ id: `no-${m.id}`, text: 'x', points: 50, goal: { type: 'measure-not-adopted' as const, measure: m.id } })),
      profile: { ...d.profile, redLines: [...scenario.measures.map((m) => ({ type: 'measure' as const, measure: m.id, acceptsWeakened: false })), { type: 'energy-bloc-under-cica' as const }] },
    })),
  };
}

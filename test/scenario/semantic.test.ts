/**
 * The checks after the shape: each row breaks the valid fixture in one way and names the
 * finding the checker must report.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/scenario/issues';
import type { Scenario } from '../../src/scenario/schema';
import { checkScenario } from '../../src/scenario/semantic';
import { findCycles } from '../../src/scenario/semantic-rules';
import { fixtureScenario } from './helpers';

type Mutation = (s: Scenario) => void;

const d = (s: Scenario, id: string) => s.delegations.find((x) => x.id === id)!;
const m = (s: Scenario, id: string) => s.measures.find((x) => x.id === id)!;

const ERRORS: [string, Mutation, string, string][] = [
  ['a duplicate delegation id', (s) => { s.delegations[2]!.id = 'KAZ'; }, 'duplicate-id', 'delegations[2].id'],
  ['a duplicate measure id', (s) => { s.measures[3]!.id = 'info-exchange'; }, 'duplicate-id', 'measures[3].id'],
  ['a duplicate flashpoint id', (s) => { s.flashpoints.push({ ...s.flashpoints[0]! }); }, 'duplicate-id', 'flashpoints[1].id'],
  ['a duplicate event id', (s) => { s.events[1]!.id = 'mudflow'; }, 'duplicate-id', 'events[1].id'],
  ['a duplicate cluster id', (s) => { s.transformation.clusters[1]!.id = 'charter-text'; }, 'duplicate-id', 'transformation.clusters[1].id'],
  ['a duplicate corridor id', (s) => { s.energy.corridors.push({ ...s.energy.corridors[0]! }); }, 'duplicate-id', 'energy.corridors[1].id'],
  ['a duplicate objective id within a delegation', (s) => { d(s, 'TJK').objectives[1]!.id = 'trust-kgz'; }, 'duplicate-id', 'delegations[2].objectives[1].id'],
  ['an unknown chair', (s) => { s.calendar.chairs.push('UZB'); }, 'unknown-delegation', 'calendar.chairs[3]'],
  ['an observer as chair', (s) => { s.calendar.chairs[0] = 'TKM'; }, 'chair-not-player', 'calendar.chairs[0]'],
  ['a member that does not play as chair', (s) => { d(s, 'KGZ').player = false; }, 'chair-not-player', 'calendar.chairs[1]'],
  ['an unknown coordinator', (s) => { m(s, 'info-exchange').coordinators = ['CHN']; }, 'unknown-delegation', 'measures[0].coordinators[0]'],
  ['an unknown flashpoint party', (s) => { s.flashpoints[0]!.parties = ['KGZ', 'UZB']; }, 'unknown-delegation', 'flashpoints[0].parties[1]'],
  ['a flashpoint party twice', (s) => { s.flashpoints[0]!.parties = ['KGZ', 'TJK', 'KGZ']; }, 'duplicate-party', 'flashpoints[0].parties[2]'],
  ['an unknown trust key', (s) => { d(s, 'KAZ').trust = { CHN: 50 }; }, 'unknown-delegation', 'delegations[0].trust.CHN'],
  ['trust toward itself', (s) => { d(s, 'KAZ').trust = { KAZ: 90 }; }, 'self-trust', 'delegations[0].trust.KAZ'],
  ['a pair given twice with different values', (s) => { d(s, 'TJK').trust = { KGZ: 45 }; }, 'trust-conflict', 'delegations[2].trust.KGZ'],
  ['an unknown delegation on a route', (s) => { s.energy.corridors[0]!.route[0] = 'IRN'; }, 'unknown-delegation', 'energy.corridors[0].route[0]'],
  ['a delegation twice on a route', (s) => { s.energy.corridors[0]!.route.push('KAZ'); }, 'duplicate-party', 'energy.corridors[0].route[4]'],
  ['an unknown delegation in an effect', (s) => { s.events[2]!.effects[1] = { type: 'trust-all', delegation: 'IRN', delta: 1 }; }, 'unknown-delegation', 'events[2].effects[1].delegation'],
  ['an unknown delegation in a condition', (s) => { s.events[2]!.trigger.when[1] = { type: 'trust', a: 'KAZ', b: 'IRN', below: 70 }; }, 'unknown-delegation', 'events[2].trigger.when[1].b'],
  ['a trust condition on one delegation', (s) => { s.events[2]!.trigger.when[1] = { type: 'trust', a: 'KAZ', b: 'KAZ', below: 70 }; }, 'self-trust', 'events[2].trigger.when[1].b'],
  ['a trust effect on one delegation', (s) => { s.events[0]!.effects[1] = { type: 'trust', a: 'TJK', b: 'TJK', delta: 2 }; }, 'self-trust', 'events[0].effects[1].b'],
  ['an unknown delegation in an objective', (s) => { d(s, 'TJK').objectives[0]!.goal = { type: 'trust-at-least', with: 'KGX', value: 60 }; }, 'unknown-delegation', 'delegations[2].objectives[0].goal.with'],
  ['an objective about trust in itself', (s) => { d(s, 'TJK').objectives[0]!.goal = { type: 'trust-at-least', with: 'TJK', value: 60 }; }, 'self-trust', 'delegations[2].objectives[0].goal.with'],
  ['an unknown prerequisite', (s) => { m(s, 'exercise-observers').requires = ['info-exchang']; }, 'unknown-measure', 'measures[1].requires[0]'],
  ['an unknown measure in a red line', (s) => { d(s, 'KAZ').profile.redLines[0] = { type: 'measure', measure: 'nope', acceptsWeakened: false }; }, 'unknown-measure', 'delegations[0].profile.redLines[0].measure'],
  ['an unknown measure in an objective', (s) => { d(s, 'KAZ').objectives[1]!.goal = { type: 'measure-implemented', measure: 'nope' }; }, 'unknown-measure', 'delegations[0].objectives[1].goal.measure'],
  ['an unknown measure in a condition', (s) => { s.events[1]!.trigger.when[0] = { type: 'measure-adopted', measure: 'nope', value: true }; }, 'unknown-measure', 'events[1].trigger.when[0].measure'],
  ['an unknown measure in an effect', (s) => { s.events[1]!.effects[0] = { type: 'measure-availability', measure: 'nope', available: true }; }, 'unknown-measure', 'events[1].effects[0].measure'],
  ['an unknown flashpoint in a red line', (s) => { d(s, 'KGZ').profile.redLines[0] = { type: 'fact-finding', flashpoint: 'nope' }; }, 'unknown-flashpoint', 'delegations[1].profile.redLines[0].flashpoint'],
  ['an unknown flashpoint in an objective', (s) => { d(s, 'KGZ').objectives[0]!.goal = { type: 'tension-below', flashpoint: 'nope', value: 30 }; }, 'unknown-flashpoint', 'delegations[1].objectives[0].goal.flashpoint'],
  ['an unknown flashpoint in a condition', (s) => { s.events[0]!.trigger.when[0] = { type: 'tension', flashpoint: 'nope', atLeast: 30 }; }, 'unknown-flashpoint', 'events[0].trigger.when[0].flashpoint'],
  ['an unknown cluster in a condition', (s) => { s.events[2]!.trigger.when[2] = { type: 'cluster-agreed', cluster: 'nope', value: true }; }, 'unknown-cluster', 'events[2].trigger.when[2].cluster'],
  ['an unknown measure as a cluster prerequisite', (s) => { s.transformation.clusters[1]!.requires = ['nope']; }, 'unknown-measure', 'transformation.clusters[1].requires[0]'],
  ['a cluster as a cluster prerequisite (clusters wait for measures)', (s) => { s.transformation.clusters[1]!.requires = ['charter-text']; }, 'unknown-measure', 'transformation.clusters[1].requires[0]'],
  ['an unknown corridor in an objective', (s) => { d(s, 'KGZ').objectives[1]!.goal = { type: 'corridor-built', corridor: 'nope' }; }, 'unknown-corridor', 'delegations[1].objectives[1].goal.corridor'],
  ['a summit before round 1', (s) => { s.calendar.summitRounds = [0]; }, 'round-out-of-range', 'calendar.summitRounds[0]'],
  ['a summit after the last round', (s) => { s.calendar.summitRounds = [2, 5]; }, 'round-out-of-range', 'calendar.summitRounds[1]'],
  ['a measure prerequisite cycle', (s) => { m(s, 'info-exchange').requires = ['exercise-observers']; }, 'requires-cycle', 'measures[0].requires[0]'],
  ['a measure requiring itself', (s) => { m(s, 'youth-exchange').requires = ['youth-exchange']; }, 'requires-cycle', 'measures[6].requires[0]'],
  ['players min above max', (s) => { s.meta.players = { min: 9, max: 8 }; }, 'players-range', 'meta.players.min'],
  ['fewer than two members that play', (s) => { d(s, 'KGZ').player = false; d(s, 'TJK').role = 'observer'; }, 'too-few-players', 'delegations'],
  ['more dimensions than have measures', (s) => { s.rules.charter.minDimensions = 5; s.measures = s.measures.filter((x) => x.dimension !== 'human'); }, 'charter-unreachable', 'rules.charter.minDimensions'],
  ['more implementations than measures', (s) => { s.rules.charter.minImplemented = 8; }, 'charter-unreachable', 'rules.charter.minImplemented'],
  ['a cohesion threshold of 100', (s) => { s.rules.charter.minCohesion = 100; }, 'charter-unreachable', 'rules.charter.minCohesion'],
  ['clusters without a summit', (s) => { s.calendar.summitRounds = []; }, 'charter-unreachable', 'calendar.summitRounds'],
  ['a debrief question on a missing objective', (s) => { s.debrief.questions[1]!.objective = 2; }, 'objective-index', 'debrief.questions[1].objective'],
  ['stages not increasing', (s) => { s.rules.stages = { strained: 60, crisis: 60, conflict: 85 }; }, 'stages-order', 'rules.stages.crisis'],
  ['an event ending before it starts', (s) => { s.events[0]!.trigger.toRound = 1; }, 'event-rounds', 'events[0].trigger.toRound'],
  ['an event after the calendar', (s) => { s.events[1]!.trigger.fromRound = 6; }, 'round-out-of-range', 'events[1].trigger.fromRound'],
  ['an event ending after the calendar', (s) => { s.events[0]!.trigger.toRound = 9; }, 'round-out-of-range', 'events[0].trigger.toRound'],
  ['a condition that can never hold', (s) => { s.events[1]!.trigger.when[1] = { type: 'cohesion', atLeast: 60, below: 60 }; }, 'condition-never-true', 'events[1].trigger.when[1].below'],
  ['an objective needing more measures than exist', (s) => { d(s, 'TJK').objectives[1]!.goal = { type: 'implemented-in-dimension', dimension: 'threats', count: 2 }; }, 'objective-unreachable', 'delegations[2].objectives[1].goal.count'],
];

const WARNINGS: [string, Mutation, string, string][] = [
  ['an observer with a red line', (s) => { d(s, 'TKM').profile.redLines = [{ type: 'energy-bloc-under-cica' }]; }, 'red-line-inert', 'delegations[3].profile.redLines[0]'],
  ['a non-playing member with a red line', (s) => { d(s, 'KGZ').player = false; s.calendar.chairs = ['KAZ', 'TJK']; d(s, 'KGZ').profile.redLines = [{ type: 'military-while-crisis' }]; }, 'red-line-inert', 'delegations[1].profile.redLines[0]'],
  ['a non-playing delegation with objectives', (s) => { d(s, 'KGZ').player = false; s.calendar.chairs = ['KAZ', 'TJK']; }, 'objective-inert', 'delegations[1].objectives'],
  ['an observer objective to implement a measure', (s) => { d(s, 'TKM').objectives[0]!.goal = { type: 'measure-implemented', measure: 'info-exchange' }; }, 'objective-never-met', 'delegations[3].objectives[0].goal'],
  ['a charter objective without a charter track', (s) => { s.transformation.enabled = false; }, 'objective-never-met', 'delegations[0].objectives[0].goal'],
  ['a bloc objective with the energy track off', (s) => { s.energy.enabled = false; }, 'objective-never-met', 'delegations[3].objectives[0].goal'],
  ['an observer party to a dispute measures would ease', (s) => { s.flashpoints[0]!.parties.push('TKM'); s.measures[0]!.effects.tension = 5; }, 'dispute-relief-impossible', 'flashpoints[0].parties[2]'],
  ['a text without Russian', (s) => { s.meta.title = 'Fergana'; }, 'missing-russian', 'meta.title'],
  ['a Russian text left empty', (s) => { s.events[0]!.effects[2] = { type: 'message', text: { en: 'Hi', ru: '' } }; }, 'missing-russian', 'events[0].effects[2].text'],
  ['a delegation that plays without objectives', (s) => { d(s, 'TKM').objectives = []; }, 'no-objectives', 'delegations[3]'],
  ['a measure that requires an unavailable one', (s) => { m(s, 'exercise-observers').requires = ['youth-exchange']; s.events[1]!.effects.shift(); }, 'measure-untableable', 'measures[1]'],
  ['an unavailable measure no event unlocks', (s) => { s.events[1]!.effects.shift(); }, 'measure-untableable', 'measures[6]'],
  ['a bloc without enough producers', (s) => { d(s, 'TKM').player = false; }, 'bloc-unreachable', 'energy'],
  ['a bloc measure with the energy track off', (s) => { s.energy.enabled = false; }, 'energy-disabled', 'measures[4].energyBloc'],
  ['a condition with no threshold', (s) => { s.events[1]!.trigger.when[1] = { type: 'cohesion' }; }, 'condition-without-threshold', 'events[1].trigger.when[1]'],
  ['a charter track with nothing in it', (s) => { s.transformation.clusters = []; s.calendar.summitRounds = []; s.events[2]!.trigger.when.pop(); }, 'charter-idle', 'transformation'],
];

function findings(mutate: Mutation) {
  const s = fixtureScenario();
  mutate(s);
  return checkScenario(s).map((i) => ({ code: i.code, path: formatPath(i.path), severity: i.severity }));
}

describe('checkScenario', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(checkScenario(fixtureScenario())).toEqual([]);
  });

  it.each(ERRORS)('reports %s as an error', (_, mutate, code, path) => {
    expect(findings(mutate)).toContainEqual({ code, path, severity: 'error' });
  });

  it.each(WARNINGS)('warns about %s', (_, mutate, code, path) => {
    const found = findings(mutate);
    expect(found).toContainEqual({ code, path, severity: 'warning' });
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('suggests the closest id for an unknown one', () => {
    const s = fixtureScenario();
    s.calendar.chairs[1] = 'KZG';
    expect(checkScenario(s)[0]!.message).toBe(
      'calendar.chairs[1] names "KZG", which is not a delegation in this scenario (see delegations); did you mean KGZ?',
    );
  });

  it.each([
    ['a typo', 'fergana-bordr'],
    ['the words in another order', 'border-fergana'],
    ['one word of it', 'fergana'],
  ])('suggests a flashpoint id for %s', (_, typed) => {
    const s = fixtureScenario();
    s.events[0]!.effects[0] = { type: 'tension', flashpoint: typed, delta: 5 };
    expect(checkScenario(s).find((i) => i.code === 'unknown-flashpoint')!.message).toContain('did you mean fergana-border?');
  });

  it('suggests a measure id for a prerequisite with the words swapped', () => {
    const s = fixtureScenario();
    s.measures[1]!.requires = ['exchange-info'];
    expect(checkScenario(s).find((i) => i.code === 'unknown-measure')!.message).toContain('did you mean info-exchange?');
  });

  it('gives no "can never be tabled" warning after a duplicate measure id', () => {
    const s = fixtureScenario();
    // The author copied a measure and forgot to change its id; the copy is not available.
    s.measures.push({ ...s.measures[0]!, available: false });
    const found = checkScenario(s);
    expect(found.map((i) => i.code)).toContain('duplicate-id');
    expect(found.filter((i) => i.code === 'measure-untableable')).toEqual([]);
  });

  it('names a cycle in order', () => {
    const s = fixtureScenario();
    s.measures[0]!.requires = ['energy-partnership'];
    s.measures[3]!.requires = ['exercise-observers'];
    const cycle = checkScenario(s).find((i) => i.code === 'requires-cycle');
    expect(cycle?.message).toBe(
      'measures require each other in a cycle: info-exchange → energy-partnership → transport-corridors → exercise-observers → info-exchange; none of them could ever be adopted',
    );
  });

  it('skips the charter thresholds when the transformation track is off', () => {
    const s = fixtureScenario();
    s.transformation.enabled = false;
    s.rules.charter.minCohesion = 100;
    s.calendar.summitRounds = [];
    // KAZ's charter objective can then never be met: the only finding left.
    expect(checkScenario(s).map((i) => i.code)).toEqual(['objective-never-met']);
  });
});

describe('findCycles', () => {
  it.each([
    ['no edges', {}, []],
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a self-loop', { a: ['a'] }, [['a', 'a']]],
    ['a two-cycle, reported once', { a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
    ['two separate cycles', { a: ['b'], b: ['a'], c: ['d'], d: ['c'] }, [['a', 'b', 'a'], ['c', 'd', 'c']]],
    ['edges to unknown ids', { a: ['zzz'] }, []],
  ] as [string, Record<string, string[]>, string[][]][])('%s', (_, graph, cycles) => {
    expect(findCycles(new Map(Object.entries(graph)))).toEqual(cycles);
  });
});

import { describe, expect, it } from 'vitest';
import { createGame, trustOf } from '../../src/engine';
import { NO_LAYERS } from '../../src/map/model';
import { buildMapModel } from '../../src/ui/map-model';
import { Driver } from '../engine/driver';
import { scenario } from './support';

describe('buildMapModel', () => {
  const game = createGame(scenario, 3);

  it('names every delegation in the player language, with its role and map id', () => {
    const model = buildMapModel({ scenario, game, lang: 'ru', selected: null, layers: NO_LAYERS });
    expect(model.countries).toHaveLength(scenario.delegations.length);
    expect(model.countries.find((c) => c.delegationId === 'OOO')).toEqual({ mapId: '005', delegationId: 'OOO', name: 'OOO', label: 'OOO', role: 'observer' });
  });

  it('labels a delegation with a short name where the catalogue has one, in the player language', () => {
    const usa = { ...scenario, delegations: scenario.delegations.map((d, i) => (i === 0 ? { ...d, id: 'USA', name: { en: 'United States', ru: 'Соединённые Штаты Америки' } } : d)) };
    const ru = buildMapModel({ scenario: usa, game, lang: 'ru', selected: null, layers: NO_LAYERS }).countries.find((c) => c.delegationId === 'USA');
    expect(ru).toMatchObject({ name: 'Соединённые Штаты Америки', label: 'США' });
    const en = buildMapModel({ scenario: usa, game, lang: 'en', selected: null, layers: NO_LAYERS }).countries.find((c) => c.delegationId === 'USA');
    expect(en).toMatchObject({ name: 'United States', label: 'USA' });
  });

  it('gives trust toward the selected delegation, and none without a selection', () => {
    const model = buildMapModel({ scenario, game, lang: 'en', selected: 'BBB', layers: NO_LAYERS });
    expect(model.selected).toBe('BBB');
    expect(model.trustToward.CCC).toBe(trustOf(game, 'CCC', 'BBB'));
    expect(model.trustToward.BBB).toBeUndefined();
    expect(buildMapModel({ scenario, game, lang: 'en', selected: null, layers: NO_LAYERS }).trustToward).toEqual({});
    expect(buildMapModel({ scenario, game, lang: 'en', selected: 'ZZZ', layers: NO_LAYERS }).selected).toBeNull();
  });

  it('shows flashpoints with their stage, the chair, memberships and capitals', () => {
    const model = buildMapModel({ scenario, game, lang: 'en', selected: null, layers: NO_LAYERS });
    expect(model.flashpoints).toEqual([{ id: 'fp', name: 'B-C', parties: ['BBB', 'CCC'], stage: game.flashpoints.fp!.stage, tension: game.flashpoints.fp!.tension }]);
    expect(model.chair).toBe(game.chair);
    expect(model.capitals.AAA).toEqual({ lat: 40, lon: 70 });
    expect(model.memberships.AAA).toEqual([]);
  });

  it('draws corridors as planned until one is sponsored, and the bloc members', () => {
    const before = buildMapModel({ scenario, game, lang: 'en', selected: null, layers: NO_LAYERS });
    expect(before.energy).toEqual({ members: [], corridors: [{ id: 'c1', name: 'A-B', route: ['AAA', 'BBB'], built: false }] });
    const d = new Driver(scenario, 3)
      .act({ type: 'energy.found', by: 'AAA' })
      .act({ type: 'energy.join', by: 'BBB' })
      .act({ type: 'energy.join', by: 'CCC' })
      .act({ type: 'energy.corridor', by: 'AAA', corridor: 'c1' });
    const after = buildMapModel({ scenario, game: d.state, lang: 'en', selected: null, layers: NO_LAYERS });
    expect(after.energy.members).toEqual(['AAA', 'BBB', 'CCC']);
    expect(after.energy.corridors[0]!.built).toBe(true);
  });

  it('is plain JSON', () => {
    const model = buildMapModel({ scenario, game, lang: 'en', selected: 'AAA', layers: NO_LAYERS });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

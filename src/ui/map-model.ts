/**
 * Builds the map scene's `MapModel` from a game snapshot: what the map shows is always derived
 * from the game, never stored apart from it.
 */
import { indexScenario, trustOf, type GameState } from '../engine';
import type { MapCountry, MapLayers, MapModel } from '../map/model';
import { mapKeyOf, type Scenario } from '../scenario/schema';
import { isMessageKey, translator } from '../i18n';
import { localize, type Language } from '../scenario/text';

export interface MapModelInput {
  scenario: Scenario;
  game: GameState;
  lang: Language;
  selected: string | null;
  layers: MapLayers;
}

export function buildMapModel({ scenario, game, lang, selected, layers }: MapModelInput): MapModel {
  const idx = indexScenario(scenario);
  const t = translator(lang);
  const countries: MapCountry[] = scenario.delegations.map((d) => {
    const short = `map.short.${d.id}`;
    const name = localize(d.name, lang);
    return { mapId: mapKeyOf(d), delegationId: d.id, name, label: isMessageKey(short) ? t(short) : name, role: d.role };
  });
  const trustToward: Record<string, number> = {};
  if (selected && idx.delegation.has(selected)) {
    for (const d of scenario.delegations) if (d.id !== selected) trustToward[d.id] = trustOf(game, d.id, selected);
  }
  const built = new Set(game.energy.corridors.map((c) => c.id));
  const memberships: Record<string, readonly string[]> = {};
  const capitals: Record<string, { lat: number; lon: number }> = {};
  for (const d of scenario.delegations) {
    memberships[d.id] = d.memberships;
    capitals[d.id] = { lat: d.capital.lat, lon: d.capital.lon };
  }
  return {
    countries,
    selected: selected && idx.delegation.has(selected) ? selected : null,
    layers,
    trustToward,
    flashpoints: scenario.flashpoints.map((f) => {
      const s = game.flashpoints[f.id]!;
      return { id: f.id, name: localize(f.name, lang), parties: f.parties, stage: s.stage, tension: s.tension };
    }),
    energy: {
      members: game.energy.members,
      corridors: scenario.energy.enabled
        ? scenario.energy.corridors.map((c) => ({ id: c.id, name: localize(c.name, lang), route: c.route, built: built.has(c.id) }))
        : [],
    },
    memberships,
    chair: game.chair,
    capitals,
  };
}

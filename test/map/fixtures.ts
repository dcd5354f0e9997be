/** Shared fixtures for the map tests: the real asset, parsed once, and lookups over it. */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMapAsset, type CountryShape, type MapAsset } from '../../src/map/asset';
import { CICA_STATES } from '../../src/map/cica-states';
import { buildHitIndex, hitTestCountry } from '../../src/map/geometry';
import type { ClassifySpot } from '../../src/map/markers';
import { EMPTY_MAP_MODEL, type MapModel } from '../../src/map/model';
import { createProjector } from '../../src/map/projection';

export const ASSET_PATH = fileURLToPath(new URL('../../assets/map/asia.json', import.meta.url));
export const assetBytes = (): number => statSync(ASSET_PATH).size;

function load(): MapAsset {
  const result = parseMapAsset(JSON.parse(readFileSync(ASSET_PATH, 'utf8')));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export const asset = load();
export const projector = createProjector(asset.projection);
export const shapes: ReadonlyMap<string, CountryShape> = new Map(asset.countries.map((c) => [c.id, c]));
export const hitIndex = buildHitIndex(asset.countries);
export const FRAME = [0, 0, asset.frame.width, asset.frame.height] as const;

const delegationMapIds = new Set(CICA_STATES.map((s) => s.mapId));
/** What lies at a point, as the scene tells the marker layout. */
export const classify: ClassifySpot = (x, y, own) => {
  const id = hitTestCountry(hitIndex, x, y);
  if (id === null) return 'sea';
  if (id === own) return 'own';
  return delegationMapIds.has(id) ? 'delegation' : 'context';
};

/** A model with every CICA state, roles and capitals; layers off. */
export function cicaModel(overrides: Partial<MapModel> = {}): MapModel {
  return {
    ...EMPTY_MAP_MODEL,
    countries: CICA_STATES.map((s) => ({ mapId: s.mapId, delegationId: s.delegationId, name: s.name, role: s.role })),
    capitals: Object.fromEntries(CICA_STATES.map((s) => [s.delegationId, s.capital])),
    ...overrides,
  };
}

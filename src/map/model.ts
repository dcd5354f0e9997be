/**
 * `MapModel`: the contract between the game (flow and HTML UI) and the map scene.
 *
 * The game builds one plain, JSON-serialisable object from its snapshot and passes it to
 * `MapScene.setModel`. The scene only draws it: it never changes the model and never decides
 * anything. When the player clicks a country the scene emits `country-select`; the game
 * updates its state and sends a new model with `selected` set. Send a fresh object whenever
 * something changes; the scene compares by value and redraws only the layers that changed.
 *
 * Ids: `delegationId` is the scenario's ISO 3166-1 alpha-3 code ("KAZ"); `mapId` is the
 * scenario's `mapId`, the Natural Earth feature id ("398"). All strings the player reads are
 * already localised (`name`) or are message keys (see legend.ts): the map holds no English.
 */
import type { Stage } from '../scenario/schema';
import type { LatLon } from './projection';

export type { Stage as FlashpointStage } from '../scenario/schema';

/** How a country takes part in CICA, which sets its base colour. */
export const MAP_ROLES = ['member', 'observer', 'other'] as const;
export type MapRole = (typeof MAP_ROLES)[number];

/** Organisations the membership layer can highlight (the seed article's three partners). */
export const MEMBERSHIP_LAYERS = ['SCO', 'ASEAN', 'OIC'] as const;
export type MembershipLayer = (typeof MEMBERSHIP_LAYERS)[number];

/** One country shape the game wants to name or colour. */
export interface MapCountry {
  /** Natural Earth id of the shape, as in the scenario's `mapId` ("398"). */
  readonly mapId: string;
  /** The delegation this shape stands for; null for context countries with no seat. */
  readonly delegationId: string | null;
  /** Localised display name, used for labels. */
  readonly name: string;
  /** A shorter localised label where the full name is long ("США"); the name otherwise. */
  readonly label?: string;
  readonly role: MapRole;
}

/** A dispute drawn as a marker whose colour and shape show its stage. */
export interface MapFlashpoint {
  readonly id: string;
  /** Localised name (for the game's own tooltips; the scene does not print it). */
  readonly name: string;
  /** Delegations involved; the marker sits on their shared border when they have one. */
  readonly parties: readonly string[];
  readonly stage: Stage;
  /** 0-100; scales the marker a little within its stage. */
  readonly tension: number;
  /** Optional exact place (a maritime dispute has no land border to sit on). */
  readonly location?: LatLon;
}

/** A planned or built energy corridor, drawn as great-circle arcs between capitals. */
export interface MapCorridor {
  readonly id: string;
  readonly name: string;
  /** Delegations along the route, in order. */
  readonly route: readonly string[];
  /** Built corridors are drawn solid, proposed ones dashed. Defaults to false. */
  readonly built?: boolean;
}

/** Which overlays are on. The fill shows one theme at a time; see `fillTheme`. */
export interface MapLayers {
  /** Colour delegations by their trust toward the selected delegation. */
  readonly trust: boolean;
  /** Flashpoint markers. */
  readonly flashpoints: boolean;
  /** Energy bloc members (badges at capitals) and corridors. */
  readonly energy: boolean;
  /** Highlight the members of one organisation, or none. */
  readonly memberships: MembershipLayer | null;
  /** A star at the chair's capital. */
  readonly chair: boolean;
}

/** Everything the map scene draws. */
export interface MapModel {
  /**
   * The shapes the game names: normally every delegation of the scenario. Shapes in the
   * asset but not listed here are drawn as context ('other') under their asset name.
   */
  readonly countries: readonly MapCountry[];
  /** The selected delegation (outlined; the reference for the trust layer), or null. */
  readonly selected: string | null;
  readonly layers: MapLayers;
  /** Trust of each delegation toward `selected`, 0-100. Missing entries show as "no data". */
  readonly trustToward: Readonly<Record<string, number>>;
  readonly flashpoints: readonly MapFlashpoint[];
  readonly energy: {
    /** Delegations in the Energy Security Partnership. */
    readonly members: readonly string[];
    readonly corridors: readonly MapCorridor[];
  };
  /** Organisation codes per delegation ("SCO", "ASEAN", "OIC", ...), for the membership layer. */
  readonly memberships: Readonly<Record<string, readonly string[]>>;
  /** The delegation chairing this year, or null. */
  readonly chair: string | null;
  /** Capital of each delegation: anchors corridors, the chair star and edge markers. */
  readonly capitals: Readonly<Record<string, LatLon>>;
}

/** All layers off: the political map by role only. */
export const NO_LAYERS: MapLayers = { trust: false, flashpoints: false, energy: false, memberships: null, chair: false };

/** A model with nothing in it; the scene shows plain geography until the game sends one. */
export const EMPTY_MAP_MODEL: MapModel = {
  countries: [],
  selected: null,
  layers: NO_LAYERS,
  trustToward: {},
  flashpoints: [],
  energy: { members: [], corridors: [] },
  memberships: {},
  chair: null,
  capitals: {},
};

/** The fill theme in force: trust needs a selection; otherwise a membership layer; else roles. */
export type FillTheme = { readonly kind: 'trust'; readonly toward: string } | { readonly kind: 'membership'; readonly org: MembershipLayer } | { readonly kind: 'role' };

/**
 * Decides which theme colours the countries. Only one fill can be read at a time, so trust
 * (when a delegation is selected) wins over memberships; memberships then show as outlines.
 */
export function fillTheme(model: Pick<MapModel, 'layers' | 'selected'>): FillTheme {
  if (model.layers.trust && model.selected !== null) return { kind: 'trust', toward: model.selected };
  if (model.layers.memberships !== null) return { kind: 'membership', org: model.layers.memberships };
  return { kind: 'role' };
}

/** Lookups the scene needs, built once per model. */
export interface ModelIndex {
  readonly byMapId: ReadonlyMap<string, MapCountry>;
  readonly byDelegation: ReadonlyMap<string, MapCountry>;
}

/** Indexes the model's countries by map id and by delegation id. */
export function indexModel(model: MapModel): ModelIndex {
  const byMapId = new Map<string, MapCountry>();
  const byDelegation = new Map<string, MapCountry>();
  for (const c of model.countries) {
    byMapId.set(c.mapId, c);
    if (c.delegationId !== null) byDelegation.set(c.delegationId, c);
  }
  return { byMapId, byDelegation };
}

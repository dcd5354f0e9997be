/**
 * The map projection, shared by the asset builder (`scripts/prepare-map.ts`) and the game, so
 * that a capital's latitude and longitude land on the same spot as the country drawn from the
 * asset. Pure TypeScript over d3-geo: no Phaser, no DOM.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';

/** A point in map (world) units: x to the right, y down. */
export type MapPoint = readonly [x: number, y: number];

/** A geographic position in degrees (north and east positive). */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** The parameters that fully describe the projection; the asset stores them next to the rings. */
export interface ProjectionParams {
  readonly type: 'conicEqualArea';
  /** Standard parallels in degrees. */
  readonly parallels: readonly [number, number];
  /** d3 rotation [lambda, phi] in degrees (lambda = minus the central meridian). */
  readonly rotate: readonly [number, number];
  /** d3 scale: map units per radian. */
  readonly scale: number;
  /** d3 translate: where the projection's origin lands, in map units. */
  readonly translate: readonly [number, number];
}

/** The logical size of the map frame in map units; every view is fitted to this rectangle. */
export const MAP_FRAME = { width: 2000, height: 1300 } as const;

/**
 * How far beyond the frame the asset keeps geography, in map units. Wide screens show more
 * neighbouring land instead of empty bars, yet the frame itself is what the camera fits. The
 * vertical margin is deep because the map's column is taller than wide at 1280 x 720 and at
 * 1920 x 1080 (about 0.75 to 0.85 of the frame's aspect): the Arctic coast above and the Indian
 * Ocean below fill what were empty bands.
 */
export const MAP_MARGIN = { x: 360, y: 720 } as const;

/**
 * Points that must be visible, in [lon, lat]: western Belarus and Ukraine, Egypt's western
 * border, Türkiye, Japan's Hokkaido and Kurils, Indonesia's western tip and Papua, and a point
 * in Siberia so that the frame keeps a band of Russia above Kazakhstan and Mongolia.
 */
export const FRAME_ANCHORS: ReadonlyArray<readonly [number, number]> = [
  [23.2, 53.5], [22.1, 48.4], [25, 22], [25, 31.5], [26, 40],
  [141, -9.5], [125, -10.5], [95, 5.6], [145.8, 43.4], [148, 45.5], [106, -6.8], [85, 58],
];

/** Padding kept between the anchors and the frame's edge, in map units. */
export const FRAME_PADDING = 40;

/**
 * Albers (conic equal-area) centred on 85°E with standard parallels 15°N and 50°N: equal
 * area matters in a game about states, so that no country looks larger than it is; the
 * parallels bracket the CICA membership from Sri Lanka to Kazakhstan.
 */
export const BASE_PROJECTION = { type: 'conicEqualArea', parallels: [15, 50], rotate: [-85, 0] } as const;

/** Mean Earth radius in kilometres, to turn the equal-area units into square kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

/** Builds the d3 projection from stored parameters (no clipping to the frame). */
export function d3Projection(params: ProjectionParams): GeoProjection {
  return geoConicEqualArea()
    .parallels([params.parallels[0], params.parallels[1]])
    .rotate([params.rotate[0], params.rotate[1]])
    .scale(params.scale)
    .translate([params.translate[0], params.translate[1]]);
}

/**
 * Fits the base projection to the frame anchors. The asset builder calls this once and stores
 * the result; the game never refits, it reads the stored scale and translate.
 */
export function fitProjection(): ProjectionParams {
  const p = geoConicEqualArea()
    .parallels([BASE_PROJECTION.parallels[0], BASE_PROJECTION.parallels[1]])
    .rotate([BASE_PROJECTION.rotate[0], BASE_PROJECTION.rotate[1]])
    .fitExtent(
      [[FRAME_PADDING, FRAME_PADDING], [MAP_FRAME.width - FRAME_PADDING, MAP_FRAME.height - FRAME_PADDING]],
      { type: 'MultiPoint', coordinates: FRAME_ANCHORS.map(([lon, lat]) => [lon, lat]) },
    );
  const [tx, ty] = p.translate();
  return { ...BASE_PROJECTION, scale: p.scale(), translate: [tx, ty] };
}

/** Projects and inverts between geographic and map coordinates with one set of parameters. */
export interface Projector {
  readonly params: ProjectionParams;
  /** Degrees to map units; null only for points the projection cannot place. */
  project(at: LatLon): MapPoint | null;
  /** Map units back to degrees; null outside the projection's domain. */
  invert(x: number, y: number): LatLon | null;
  /** Square kilometres per square map unit (constant: the projection is equal-area). */
  readonly km2PerUnit2: number;
}

/** Creates a projector from the parameters stored in the asset. */
export function createProjector(params: ProjectionParams): Projector {
  const p = d3Projection(params);
  const kmPerUnit = EARTH_RADIUS_KM / params.scale;
  return {
    params,
    project({ lat, lon }) {
      const xy = p([lon, lat]);
      return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? [xy[0], xy[1]] : null;
    },
    invert(x, y) {
      const ll = p.invert?.([x, y]);
      return ll && Number.isFinite(ll[0]) && Number.isFinite(ll[1]) ? { lat: ll[1], lon: ll[0] } : null;
    },
    km2PerUnit2: kmPerUnit * kmPerUnit,
  };
}

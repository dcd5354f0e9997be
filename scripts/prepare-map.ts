/**
 * Builds `assets/map/asia.json` from Natural Earth 1:50m (world-atlas countries-50m.json).
 *
 *   npx tsx scripts/prepare-map.ts
 *
 * Steps: decode the topology's shared arcs; simplify each arc once in projected units (so the
 * two countries on either side of a border keep exactly the same line); rebuild features;
 * project them with the conic equal-area projection of `src/map/projection.ts`, clipped to the
 * frame plus a margin; drop islands too small to see (never a country's largest piece); round
 * to 0.1 map units; and store rings, boxes, centroids, anchors and areas per country.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoStream, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_ASSET_VERSION, type CountryShape, type MapAsset } from '../src/map/asset';
import { interiorAnchor, pointInRing, ringDepths, ringsArea, ringsBBox, ringsCentroid, ringSignedArea, segmentDistanceSq } from '../src/map/geometry';
import { CICA_STATES } from '../src/map/cica-states';
import { createProjector, d3Projection, fitProjection, MAP_FRAME, MAP_MARGIN, type MapPoint, type ProjectionParams } from '../src/map/projection';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
const TARGET = resolve(ROOT, 'assets/map/asia.json');

/** Douglas-Peucker tolerance in map units (about a quarter of a screen pixel at the default zoom). */
const SIMPLIFY_TOLERANCE = 0.4;
/**
 * Islands smaller than this (square map units, about 130 km²) are dropped, unless one is its
 * country's largest piece or holds a CICA capital: no country disappears this way.
 */
const MIN_RING_AREA = 3;
/** Whole territories smaller than this (about 10 km²: Vatican, Monaco) add nothing at this scale. */
const MIN_COUNTRY_AREA = 0.25;
const DECIMALS = 10;

type Position = [number, number];

/** Decodes the quantised, delta-encoded arcs into absolute [lon, lat] positions. */
function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx!, dy!] as Position;
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

/** Douglas-Peucker over projected points; returns the indices to keep (ends always kept). */
function simplifyIndices(points: Position[], tolerance: number): number[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    let maxD = -1, index = -1;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistanceSq(points[i]![0], points[i]![1], ax, ay, bx, by);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out: number[] = [];
  keep.forEach((k, i) => k && out.push(i));
  return out;
}

/** Simplifies every shared arc once, in projected units, returning arcs in [lon, lat]. */
function simplifyArcs(arcs: Position[][], params: ProjectionParams): Position[][] {
  const project = d3Projection(params);
  return arcs.map((arc) => {
    const projected = arc.map((p) => (project(p) ?? [NaN, NaN]) as Position);
    if (projected.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return arc;
    const kept = simplifyIndices(projected, SIMPLIFY_TOLERANCE);
    // A closed arc (a whole island) cut below a triangle would turn inside out on the sphere.
    const closed = arc.length > 1 && arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
    return closed && kept.length < 4 ? arc : kept.map((i) => arc[i]!);
  });
}

/** Collects the rings a clipped polygon stream emits. */
function ringCollector(): { stream: GeoStream; rings: number[][] } {
  const rings: number[][] = [];
  let current: number[] | null = null;
  const stream: GeoStream = {
    point(x, y) {
      current?.push(x, y);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current) rings.push(current);
      current = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  return { stream, rings };
}

/** Rounds to 0.1 units and removes repeated and closing points; null if nothing is left. */
function roundRing(ring: number[]): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < ring.length; i += 2) {
    const x = Math.round(ring[i]! * DECIMALS) / DECIMALS;
    const y = Math.round(ring[i + 1]! * DECIMALS) / DECIMALS;
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out.length >= 6 && ringSignedArea(out) !== 0 ? out : null;
}

/**
 * Keeps rings big enough to see, always including the largest one and any holding a capital
 * (Abu Dhabi stands on an island smaller than the threshold).
 */
function dropSpecks(rings: number[][], capitals: readonly MapPoint[]): number[][] {
  if (rings.length === 0) return rings;
  const areas = rings.map((r) => Math.abs(ringSignedArea(r)));
  const largest = areas.indexOf(Math.max(...areas));
  return rings.filter((ring, i) => i === largest || areas[i]! >= MIN_RING_AREA || capitals.some(([x, y]) => pointInRing(ring, x, y)));
}

/**
 * Moves every country that fills another's hole (an enclave) to just after that country, so
 * painting in list order covers the host's fill with the enclave's.
 */
function paintEnclavesLast(countries: CountryShape[]): void {
  for (const host of [...countries]) {
    const depths = ringDepths(host.rings);
    host.rings.forEach((hole, r) => {
      if (depths[r]! % 2 === 0) return;
      const inside = countries.filter((c) => c !== host && c.rings.some((ring) => pointInRing(hole, ...interiorAnchor([ring]))));
      for (const enclave of inside) {
        const at = countries.indexOf(enclave);
        if (at < countries.indexOf(host)) {
          countries.splice(at, 1);
          countries.splice(countries.indexOf(host) + 1, 0, enclave);
        }
      }
    });
  }
}

const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const round1 = (v: number) => Math.round(v * DECIMALS) / DECIMALS;

function main(): void {
  const topology = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const params = fitProjection();
  const extent = [-MAP_MARGIN.x, -MAP_MARGIN.y, MAP_FRAME.width + MAP_MARGIN.x, MAP_FRAME.height + MAP_MARGIN.y] as const;
  const simplified: Topology = { ...topology, transform: undefined, arcs: simplifyArcs(decodeArcs(topology), params) };
  const projector = createProjector(params);
  const capitals = CICA_STATES.map((s) => projector.project(s.capital)).filter((p): p is MapPoint => p !== null);
  const clipped = d3Projection(params).clipExtent([[extent[0], extent[1]], [extent[2], extent[3]]]);

  // Natural Earth gives some pieces the same code (Australia and Ashmore and Cartier Is.).
  const byId = new Map<string, { name: string; rings: number[][]; area: number }>();
  for (const geometry of topology.objects.countries.geometries) {
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? 'unnamed';
    const id = geometry.id === undefined ? `x-${slug(name)}` : String(geometry.id);
    // Equal-area conics stretch the far south into a band under the Indian Ocean: leave it out.
    if (name === 'Antarctica' || id === '010') continue;
    const sink = ringCollector();
    const simple = feature(simplified, geometry);
    // A feature covering more than a hemisphere was inverted by simplification: use the original.
    geoStream(geoArea(simple) < 2 * Math.PI ? simple : feature(topology, geometry), clipped.stream(sink.stream));
    const rings = dropSpecks(sink.rings.map(roundRing).filter((r): r is number[] => r !== null), capitals);
    const area = rings.length > 0 ? ringsArea(rings) : 0;
    if (area < MIN_COUNTRY_AREA) continue;
    const entry = byId.get(id);
    if (!entry) byId.set(id, { name, rings, area });
    else {
      if (area > entry.area) entry.name = name;
      entry.rings.push(...rings);
      entry.area += area;
    }
  }

  const countries = [...byId.entries()].map(([id, { name, rings }]): CountryShape => {
    const depths = ringDepths(rings);
    const bbox = ringsBBox(rings);
    const [cx, cy] = ringsCentroid(rings, depths);
    const [ax, ay] = interiorAnchor(rings, bbox);
    return {
      id, name, bbox, rings,
      centroid: [round1(cx), round1(cy)],
      anchor: [round1(ax), round1(ay)],
      area: round1(ringsArea(rings, depths)),
    };
  }).sort((a, b) => b.area - a.area || a.id.localeCompare(b.id));
  paintEnclavesLast(countries);
  // The United States lies off the map (only the Aleutians reach the frame): it gets an edge marker.
  const missing = CICA_STATES.filter((s) => s.delegationId !== 'USA' && !byId.has(s.mapId)).map((s) => s.name);
  if (missing.length > 0) throw new Error(`CICA states lost from the map: ${missing.join(', ')}`);

  const asset: MapAsset = { version: MAP_ASSET_VERSION, frame: MAP_FRAME, extent, projection: params, countries };
  // One country per line: compact, yet a regenerated asset still diffs readably.
  const head = JSON.stringify({ ...asset, countries: [] }).replace(/"countries":\[\]\}$/, '"countries":[\n');
  const body = countries.map((c) => JSON.stringify(c)).join(',\n');
  mkdirSync(dirname(TARGET), { recursive: true });
  writeFileSync(TARGET, `${head}${body}\n]}\n`);

  const points = countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
  console.log(`wrote ${TARGET}: ${countries.length} countries, ${points} points, ${(statSync(TARGET).size / 1024).toFixed(1)} KiB`);
}

main();

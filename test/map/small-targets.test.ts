import { describe, expect, it } from 'vitest';
import { CICA_STATES } from '../../src/map/cica-states';
import { hitTestCountry } from '../../src/map/geometry';
import { computeMarkers, layoutMarkers, markersAtZoom } from '../../src/map/markers';
import { minimumTargets, MIN_TARGET_RADIUS_PX, pickAt, SMALL_COUNTRY_PX, SNAP_PX } from '../../src/map/picking';
import { fitZoom } from '../../src/map/view';
import { asset, classify, FRAME, hitIndex, projector, shapes } from './fixtures';

const markers = computeMarkers(CICA_STATES, shapes, projector, asset.frame);
const delegationIds = new Set(CICA_STATES.map((s) => s.mapId));
const isDelegation = (mapId: string) => delegationIds.has(mapId);
const areaOf = (mapId: string) => shapes.get(mapId)?.area ?? Infinity;
const mapIdOf = (id: string) => CICA_STATES.find((s) => s.delegationId === id)!.mapId;
/** The map canvas at 1280 x 720 (about 490 x 585 CSS px) and at 1920 x 1080. */
const ZOOMS = [fitZoom({ width: 486, height: 585 }, FRAME), fitZoom({ width: 1920, height: 1080 }, FRAME)];

function setUp(zoom: number) {
  const placed = layoutMarkers(markersAtZoom(markers, shapes, zoom), zoom, classify);
  const targets = minimumTargets(shapes.values(), zoom, isDelegation, placed);
  const pick = (x: number, y: number) => pickAt(hitIndex, placed, x, y, zoom, isDelegation, targets, areaOf);
  return { placed, targets, pick };
}

describe('minimum targets of small delegations', () => {
  it('gives Jordan, Azerbaijan, Tajikistan, the UAE and the microstates a target on the 1280 px screen', () => {
    const { targets, placed } = setUp(ZOOMS[0]!);
    const covered = new Set([...targets.map((t) => t.id), ...placed.map((m) => m.mapId)]);
    for (const id of ['JOR', 'AZE', 'TJK', 'ARE', 'BHR', 'QAT', 'KWT', 'PSE', 'ISR']) expect(covered.has(mapIdOf(id)), id).toBe(true);
  });

  it.each(ZOOMS)('leaves no delegation smaller on screen than a target without one (zoom %f)', (zoom) => {
    const { targets, placed } = setUp(zoom);
    const covered = new Set([...targets.map((t) => t.id), ...placed.map((m) => m.mapId)]);
    for (const s of CICA_STATES) {
      const shape = shapes.get(s.mapId);
      if (shape && Math.sqrt(shape.area) * zoom < SMALL_COUNTRY_PX) expect(covered.has(s.mapId), s.delegationId).toBe(true);
    }
    for (const t of targets) expect(Math.sqrt(shapes.get(t.id)!.area) * zoom).toBeLessThan(SMALL_COUNTRY_PX);
  });

  it.each(ZOOMS)('gives no target to large countries or to non-delegations (zoom %f)', (zoom) => {
    const ids = new Set(setUp(zoom).targets.map((t) => t.id));
    for (const id of ['CHN', 'RUS', 'KAZ', 'IND', 'IRN']) expect(ids.has(mapIdOf(id)), id).toBe(false);
    for (const id of ids) expect(isDelegation(id)).toBe(true);
  });

  it.each(ZOOMS)('picks each small delegation anywhere within a 24 px target around its anchor (zoom %f)', (zoom) => {
    const { targets, pick } = setUp(zoom);
    expect(2 * MIN_TARGET_RADIUS_PX).toBeGreaterThanOrEqual(24);
    for (const t of targets) {
      // Points on a ring well inside the target, in eight directions.
      for (let k = 0; k < 8; k++) {
        const a = (k / 8) * 2 * Math.PI;
        const r = (MIN_TARGET_RADIUS_PX * 0.5) / zoom;
        const hit = pick(t.x + Math.cos(a) * r, t.y + Math.sin(a) * r)?.mapId;
        expect(hit).toBeDefined();
        const x = t.x + Math.cos(a) * r;
        const y = t.y + Math.sin(a) * r;
        // Only a smaller delegation, or a small one on its own land, keeps the point.
        if (hit !== t.id) expect(areaOf(hit!) < areaOf(t.id) || hitTestCountry(hitIndex, x, y) === hit, `${t.id} lost to ${hit}`).toBe(true);
      }
    }
  });

  it('keeps a larger neighbour selectable on its own land away from the small one', () => {
    const zoom = ZOOMS[0]!;
    const { pick } = setUp(zoom);
    const [x, y] = shapes.get(mapIdOf('IRN'))!.anchor;
    expect(pick(x, y)?.mapId).toBe(mapIdOf('IRN'));
  });

  it('snaps a click just off a coast, or on non-delegation land beside a delegation, to that delegation', () => {
    const zoom = ZOOMS[1]!;
    const { pick } = setUp(zoom);
    const sri = shapes.get(mapIdOf('LKA'))!;
    // Just west of Sri Lanka's western tip, in the sea.
    const y = sri.anchor[1];
    const x = sri.bbox[0] - (SNAP_PX * 0.5) / zoom;
    expect(pick(x, y)?.mapId).toBe(mapIdOf('LKA'));
  });
});

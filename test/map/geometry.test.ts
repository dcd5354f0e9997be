import { describe, expect, it } from 'vitest';
import {
  buildHitIndex, hitTestCircles, hitTestCountry, interiorAnchor, nearestCountryWithin, pointInRings, ringDepths,
  ringsArea, ringsBBox, ringsCentroid, ringSignedArea,
} from '../../src/map/geometry';

const square = (x: number, y: number, size: number, clockwise = true): number[] =>
  clockwise ? [x, y, x + size, y, x + size, y + size, x, y + size] : [x, y, x, y + size, x + size, y + size, x + size, y];

describe('rings', () => {
  const outer = square(0, 0, 10);
  const hole = square(3, 3, 4);

  it('measures signed area by winding', () => {
    expect(ringSignedArea(square(0, 0, 2))).toBe(4);
    expect(ringSignedArea(square(0, 0, 2, false))).toBe(-4);
  });

  it.each([true, false])('reads holes by the even-odd rule whatever the winding (hole clockwise: %s)', (cw) => {
    const rings = [outer, square(3, 3, 4, cw)];
    expect(pointInRings(rings, 1, 1)).toBe(true);
    expect(pointInRings(rings, 5, 5)).toBe(false);
    expect(pointInRings(rings, 11, 5)).toBe(false);
    expect(ringDepths(rings)).toEqual([0, 1]);
    expect(ringsArea(rings)).toBe(100 - 16);
  });

  it('does not count islands touching at one point as nested', () => {
    const a = [0, 0, 4, 0, 4, 4, 0, 4];
    const b = [4, 4, 8, 4, 8, 8, 4, 8];
    expect(ringDepths([a, b])).toEqual([0, 0]);
    expect(ringsArea([a, b])).toBe(32);
  });

  it('finds the centroid of a ring with a hole', () => {
    const [cx, cy] = ringsCentroid([outer, hole]);
    expect(cx).toBeCloseTo(5);
    expect(cy).toBeCloseTo(5);
  });

  it('puts the anchor of a C shape inside it, where its centroid is not', () => {
    // A "C": a 30x30 square with the middle-right cut out.
    const c = [0, 0, 30, 0, 30, 10, 10, 10, 10, 20, 30, 20, 30, 30, 0, 30];
    const [cx, cy] = ringsCentroid([c]);
    expect(pointInRings([c], cx + 8, cy)).toBe(false);
    const [ax, ay] = interiorAnchor([c]);
    expect(pointInRings([c], ax, ay)).toBe(true);
    expect(ringsBBox([c])).toEqual([0, 0, 30, 30]);
  });
});

describe('hit-testing', () => {
  const shapes = [
    { id: 'big', bbox: [0, 0, 100, 100] as const, area: 10000 - 400, rings: [square(0, 0, 100), square(40, 40, 20)] },
    { id: 'enclave', bbox: [40, 40, 60, 60] as const, area: 400, rings: [square(40, 40, 20)] },
    { id: 'island', bbox: [200, 0, 210, 10] as const, area: 100, rings: [square(200, 0, 10)] },
  ];
  const index = buildHitIndex(shapes, 16);

  it.each([[10, 10, 'big'], [50, 50, 'enclave'], [205, 5, 'island'], [150, 50, null], [-5, -5, null], [1000, 1000, null]])(
    'finds what lies at (%d, %d)',
    (x, y, id) => expect(hitTestCountry(index, x, y)).toBe(id),
  );

  it('snaps a point just off a coast to that country', () => {
    expect(nearestCountryWithin(index, 212, 5, 3)).toBe('island');
    expect(nearestCountryWithin(index, 220, 5, 3)).toBeNull();
  });

  it('picks the nearest of overlapping circles', () => {
    const circles = [{ id: 'a', x: 0, y: 0, radius: 10 }, { id: 'b', x: 8, y: 0, radius: 10 }];
    expect(hitTestCircles(circles, 5, 0)?.id).toBe('b');
    expect(hitTestCircles(circles, 1, 0)?.id).toBe('a');
    expect(hitTestCircles(circles, 30, 0)).toBeNull();
  });
});

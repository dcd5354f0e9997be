import { describe, expect, it } from 'vitest';
import { indexModel, NO_LAYERS, type MapFlashpoint } from '../../src/map/model';
import { corridorPath, dashPolyline, delegationPoint, flashpointPoint, planOverlays, type OverlayContext } from '../../src/map/overlays';
import { placeLabels } from '../../src/map/labels';
import { cicaModel, projector, shapes } from './fixtures';

const model = cicaModel();
const ctx: OverlayContext = { projector, shapes, index: indexModel(model), capitals: model.capitals };
const vertexOf = (mapId: string, x: number, y: number) => shapes.get(mapId)!.rings.some((r) => r.some((v, i) => i % 2 === 0 && v === x && r[i + 1] === y));

describe('overlays', () => {
  it('puts a flashpoint between neighbours on their shared border', () => {
    const fp: MapFlashpoint = { id: 'kashmir', name: 'Kashmir', parties: ['IND', 'PAK'], stage: 'crisis', tension: 70 };
    const [x, y] = flashpointPoint(fp, ctx)!;
    expect(vertexOf('356', x, y) && vertexOf('586', x, y)).toBe(true);
  });

  it('puts a flashpoint between non-neighbours between their capitals, or where it is told', () => {
    const fp: MapFlashpoint = { id: 'x', name: 'x', parties: ['ISR', 'IRN'], stage: 'strained', tension: 50 };
    const [x] = flashpointPoint(fp, ctx)!;
    expect(x).toBeGreaterThan(delegationPoint('ISR', ctx)![0]);
    expect(x).toBeLessThan(delegationPoint('IRN', ctx)![0]);
    const sea = flashpointPoint({ ...fp, location: { lat: 12, lon: 114 } }, ctx)!;
    expect(sea).toEqual(projector.project({ lat: 12, lon: 114 }));
  });

  it('runs a corridor from the first capital to the last', () => {
    const path = corridorPath(['KAZ', 'AZE', 'TUR'], ctx);
    const [first, last] = [path[0]!, path.at(-1)!];
    expect(first).toEqual(projector.project(model.capitals.KAZ!));
    expect(last[0]).toBeCloseTo(projector.project(model.capitals.TUR!)![0]);
    expect(path.length).toBeGreaterThan(10);
  });

  it('cuts dashes of the asked length', () => {
    const dashes = dashPolyline([[0, 0], [10, 0], [10, 10]], 3, 2);
    expect(dashes[0]).toEqual([[0, 0], [3, 0]]);
    expect(dashes[1]).toEqual([[5, 0], [8, 0]]);
    expect(dashes[2]).toEqual([[10, 0], [10, 3]]);
    expect(dashes).toHaveLength(4);
    const drawn = dashes.reduce((s, d) => s + d.slice(1).reduce((t, p, i) => t + Math.hypot(p[0] - d[i]![0], p[1] - d[i]![1]), 0), 0);
    expect(drawn).toBeCloseTo(12);
  });

  it('places only the layers that are on, and sends off-map states to their edge marker', () => {
    const m = cicaModel({ chair: 'USA', energy: { members: ['KAZ'], corridors: [] }, flashpoints: [] });
    const off = planOverlays(m, ctx);
    expect(off).toEqual({ flashpoints: [], corridors: [], energyBadges: [], chair: null });
    const on = planOverlays({ ...m, layers: { ...NO_LAYERS, chair: true, energy: true } }, { ...ctx, edgeMarkers: new Map([['USA', [1966, 400]]]) });
    expect(on.chair).toEqual({ delegationId: 'USA', x: 1966, y: 400 });
    expect(on.energyBadges).toHaveLength(1);
  });
});

describe('labels', () => {
  const label = (id: string, x: number, priority: number, roomWidth = 1000) => ({ id, x, y: 0, width: 60, height: 14, roomWidth, priority });

  it('keeps labels from overlapping, larger countries first', () => {
    const shown = placeLabels([label('small', 10, 1), label('big', 0, 10), label('far', 500, 5)], 1);
    expect([...shown.keys()].sort()).toEqual(['big', 'far']);
  });

  it('hides a label wider than its country until the zoom gives it room', () => {
    expect(placeLabels([label('narrow', 0, 1, 20)], 1).size).toBe(0);
    expect(placeLabels([label('narrow', 0, 1, 20)], 3).size).toBe(1);
    expect(placeLabels([{ ...label('marker', 0, 1, 0), always: true }], 1).size).toBe(1);
  });
});

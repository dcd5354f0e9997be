import { describe, expect, it } from 'vitest';
import { legendMessageKeys, mapLegend, STAGE_SYMBOLS } from '../../src/map/legend';
import { NO_LAYERS, type MapLayers } from '../../src/map/model';
import { ROLE_COLORS, STAGE_COLORS, TRUST_SCALE } from '../../src/map/palette';

const layers = (over: Partial<MapLayers>): MapLayers => ({ ...NO_LAYERS, ...over });

describe('mapLegend', () => {
  it('explains the roles when no theme is on', () => {
    const [roles, ...rest] = mapLegend({ selected: null, layers: NO_LAYERS });
    expect(rest).toEqual([]);
    expect(roles!.id).toBe('roles');
    expect(roles!.entries.map((e) => [e.key, e.color])).toEqual([
      ['map.legend.role.member', ROLE_COLORS.member],
      ['map.legend.role.observer', ROLE_COLORS.observer],
      ['map.legend.role.other', ROLE_COLORS.other],
    ]);
  });

  it('shows the trust scale only with a selected delegation', () => {
    expect(mapLegend({ selected: null, layers: layers({ trust: true }) })[0]!.id).toBe('roles');
    const [trust] = mapLegend({ selected: 'KAZ', layers: layers({ trust: true }) });
    expect(trust!.id).toBe('trust');
    expect(trust!.gradient).toEqual(TRUST_SCALE);
    expect(trust!.entries.map((e) => e.key)).toContain('map.legend.trust.none');
  });

  it('shows memberships as fills alone and as outlines under trust', () => {
    const alone = mapLegend({ selected: null, layers: layers({ memberships: 'ASEAN' }) });
    expect(alone.map((s) => s.id)).toEqual(['roles', 'memberships']);
    expect(alone[1]!.entries.map((e) => e.symbol)).toEqual(['fill', 'fill']);
    expect(alone[1]!.titleParams).toEqual({ org: 'ASEAN' });
    const withTrust = mapLegend({ selected: 'KAZ', layers: layers({ trust: true, memberships: 'ASEAN' }) });
    expect(withTrust[1]!.entries.map((e) => e.symbol)).toEqual(['outline']);
  });

  it('lists flashpoint stages with the shape and colour the map draws', () => {
    const section = mapLegend({ selected: null, layers: layers({ flashpoints: true }) }).find((s) => s.id === 'flashpoints')!;
    expect(section.entries.map((e) => [e.key, e.color, e.symbol])).toEqual([
      ['map.legend.flashpoint.stable', STAGE_COLORS.stable, STAGE_SYMBOLS.stable],
      ['map.legend.flashpoint.strained', STAGE_COLORS.strained, STAGE_SYMBOLS.strained],
      ['map.legend.flashpoint.crisis', STAGE_COLORS.crisis, STAGE_SYMBOLS.crisis],
      ['map.legend.flashpoint.conflict', STAGE_COLORS.conflict, STAGE_SYMBOLS.conflict],
    ]);
    expect(new Set(Object.values(STAGE_SYMBOLS)).size).toBe(4);
  });

  it('adds energy and chair sections when those layers are on', () => {
    const ids = mapLegend({ selected: null, layers: layers({ energy: true, chair: true }) }).map((s) => s.id);
    expect(ids).toEqual(['roles', 'energy', 'chair']);
  });

  it('speaks only in message keys', () => {
    const keys = legendMessageKeys();
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(key).toMatch(/^map\.legend\.[a-z]+\.[a-zA-Z]+$/);
  });
});

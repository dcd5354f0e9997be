import { describe, expect, it } from 'vitest';
import { planFills } from '../../src/map/fills';
import { fillTheme, indexModel, NO_LAYERS } from '../../src/map/model';
import { MEMBERSHIP_COLORS, membershipFill, MUTED_COLOR, ROLE_COLORS, SELF_COLOR, trustColor } from '../../src/map/palette';
import { asset, cicaModel } from './fixtures';

const ids = asset.countries.map((c) => c.id);
const plan = (model: ReturnType<typeof cicaModel>) => planFills(model, indexModel(model), ids);

describe('fills', () => {
  it('colours by role by default, context countries as others', () => {
    const p = plan(cicaModel());
    expect(p.fills.get('398')).toBe(ROLE_COLORS.member);
    expect(p.fills.get('392')).toBe(ROLE_COLORS.observer);
    expect(p.fills.get('408')).toBe(ROLE_COLORS.other);
    expect(p.fills.size).toBe(ids.length);
    expect(p.selectedMapId).toBeNull();
  });

  it('colours trust toward the selected delegation, with itself and missing data apart', () => {
    const model = cicaModel({ selected: 'KAZ', layers: { ...NO_LAYERS, trust: true }, trustToward: { CHN: 80, RUS: 20 } });
    const p = plan(model);
    expect(fillTheme(model)).toEqual({ kind: 'trust', toward: 'KAZ' });
    expect(p.fills.get('156')).toBe(trustColor(80));
    expect(p.fills.get('643')).toBe(trustColor(20));
    expect(p.fills.get('398')).toBe(SELF_COLOR);
    expect(p.fills.get('356')).toBe(MUTED_COLOR);
    expect(p.fills.get('408')).toBe(ROLE_COLORS.other);
    expect(p.selectedMapId).toBe('398');
  });

  it('falls back to roles when trust is on but nothing is selected', () => {
    const model = cicaModel({ layers: { ...NO_LAYERS, trust: true } });
    expect(fillTheme(model)).toEqual({ kind: 'role' });
  });

  it('fills organisation members, or outlines them under the trust theme', () => {
    const memberships = { CHN: ['SCO'], THA: ['ASEAN'] };
    const alone = plan(cicaModel({ memberships, layers: { ...NO_LAYERS, memberships: 'SCO' } }));
    expect(alone.fills.get('156')).toBe(membershipFill('SCO'));
    expect(alone.fills.get('764')).toBe(MUTED_COLOR);
    expect(alone.outlines).toEqual([]);
    const withTrust = plan(cicaModel({ memberships, selected: 'KAZ', layers: { ...NO_LAYERS, trust: true, memberships: 'SCO' } }));
    expect(withTrust.outlines).toEqual([{ mapId: '156', color: MEMBERSHIP_COLORS.SCO }]);
  });

  it('changes its key exactly when colours change', () => {
    const a = plan(cicaModel({ selected: 'KAZ', layers: { ...NO_LAYERS, trust: true }, trustToward: { CHN: 80 } }));
    const same = plan(cicaModel({ selected: 'KAZ', layers: { ...NO_LAYERS, trust: true, flashpoints: true }, trustToward: { CHN: 80 } }));
    const other = plan(cicaModel({ selected: 'KAZ', layers: { ...NO_LAYERS, trust: true }, trustToward: { CHN: 81 } }));
    expect(same.key).toBe(a.key);
    expect(other.key).not.toBe(a.key);
  });
});

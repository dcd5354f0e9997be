import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/scenario/schema';
import {
  borderColor, contrastRatio, hexToInt, hexToRgb, lightness, MAP_COLORS, MEMBERSHIP_COLORS, membershipFill, mix, MUTED_COLOR, OKABE_ITO,
  relativeLuminance, ROLE_COLORS, STAGE_COLORS, TRUST_SCALE, trustColor,
} from '../../src/map/palette';

describe('palette', () => {
  it('parses and mixes colours', () => {
    expect(hexToRgb('#0072B2')).toEqual([0, 114, 178]);
    expect(hexToInt('#0072B2')).toBe(0x0072b2);
    expect(mix('#000000', '#FFFFFF', 0.5)).toBe('#808080');
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });

  it('tells members, observers, others and the sea apart by lightness alone (greyscale, any colour vision)', () => {
    const tones = [ROLE_COLORS.member, MAP_COLORS.sea, ROLE_COLORS.observer, ROLE_COLORS.other].map(lightness);
    for (let i = 0; i < tones.length; i++) {
      for (let j = i + 1; j < tones.length; j++) expect(Math.abs(tones[i]! - tones[j]!)).toBeGreaterThanOrEqual(7);
    }
    // Members stand out most: darkest of the land colours.
    expect(lightness(ROLE_COLORS.member)).toBeLessThan(lightness(ROLE_COLORS.observer));
    expect(lightness(ROLE_COLORS.observer)).toBeLessThan(lightness(ROLE_COLORS.other));
  });

  it('makes trust a scale whose lightness rises steadily from low to high', () => {
    const steps = Array.from({ length: 21 }, (_, i) => relativeLuminance(trustColor(i * 5)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    expect(lightness(trustColor(100)) - lightness(trustColor(0))).toBeGreaterThan(60);
    expect(trustColor(-20)).toBe(trustColor(0));
    expect(trustColor(140)).toBe(trustColor(100));
    expect(trustColor(0)).toBe(TRUST_SCALE[0]);
  });

  it('keeps trust colours off the sea: every one differs from it in lightness or hue', () => {
    for (let v = 0; v <= 100; v += 5) {
      const [r, g, b] = hexToRgb(trustColor(v));
      const [sr, sg, sb] = hexToRgb(MAP_COLORS.sea);
      const far = Math.abs(lightness(trustColor(v)) - lightness(MAP_COLORS.sea)) > 12 || Math.hypot(r - sr, g - sg, b - sb) > 90;
      expect(far).toBe(true);
    }
  });

  it('uses Okabe-Ito colours for stages and organisations, each distinct', () => {
    const okabe = new Set<string>(Object.values(OKABE_ITO));
    for (const c of [...Object.values(STAGE_COLORS), ...Object.values(MEMBERSHIP_COLORS)]) expect(okabe.has(c)).toBe(true);
    expect(new Set(STAGES.map((s) => STAGE_COLORS[s])).size).toBe(STAGES.length);
    expect(new Set(Object.values(MEMBERSHIP_COLORS)).size).toBe(3);
  });

  it('keeps label text readable on its halo and markers visible on every land colour', () => {
    expect(contrastRatio(MAP_COLORS.labelText, MAP_COLORS.labelHalo)).toBeGreaterThanOrEqual(7);
    for (const fill of [...Object.values(ROLE_COLORS), MUTED_COLOR, trustColor(100)]) {
      expect(contrastRatio(MAP_COLORS.markerStroke, fill)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(MAP_COLORS.selection, fill)).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws borders light between dark trust fills and grey elsewhere', () => {
    expect(borderColor(trustColor(10), trustColor(30))).toBe(MAP_COLORS.borderOnDark);
    expect(borderColor(ROLE_COLORS.member, ROLE_COLORS.other)).toBe(MAP_COLORS.border);
    expect(borderColor(ROLE_COLORS.other, ROLE_COLORS.other)).toBe(MAP_COLORS.border);
  });

  it('sets organisation members apart from non-members', () => {
    for (const org of ['SCO', 'ASEAN', 'OIC'] as const) {
      expect(Math.abs(lightness(membershipFill(org)) - lightness(MUTED_COLOR))).toBeGreaterThanOrEqual(5);
    }
  });
});

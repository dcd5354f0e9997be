/**
 * Map colours, chosen to survive colour-vision deficiencies: roles differ in lightness (they
 * read in greyscale), trust uses cividis (built to be readable with any colour vision, with
 * lightness rising steadily), and categories use the Okabe-Ito set. Marker shapes repeat
 * what colour says (see legend.ts), so no layer relies on hue alone.
 */
import type { MapRole, MembershipLayer } from './model';
import type { Stage } from '../scenario/schema';

/** Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable by all. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** The sea, land by role, and line colours. */
export const MAP_COLORS = {
  /** A calm, desaturated blue, lighter than every trust colour but the top ones. */
  sea: '#B2C8D5',
  /** Beyond the prepared geography (very wide screens). */
  background: '#98B0C0',
  coast: '#6F8FA3',
  border: '#6F6A60',
  /** Borders over dark trust colours. */
  borderOnDark: '#F4F1EA',
  selection: '#111111',
  selectionHalo: '#FFFFFF',
  hover: '#1F4E79',
  labelText: '#1E1E1E',
  labelHalo: '#FFFFFF',
  markerStroke: '#1E1E1E',
} as const;

/** Base fills: members darkest, observers lighter, others palest (L* 71, 87, 95; the sea 79). */
export const ROLE_COLORS: Readonly<Record<MapRole, string>> = {
  member: '#D4A655',
  observer: '#EED9A8',
  other: '#F3F1EC',
};

/** Delegations outside the highlighted organisation, and delegations without trust data. */
export const MUTED_COLOR = '#D9D5CB';
/** The selected delegation under the trust theme (it has no trust toward itself). */
export const SELF_COLOR = '#FFFFFF';

/** Cividis (Nuñez, Anderton & Renslow 2018), low to high, without its near-black first step. */
export const TRUST_SCALE: readonly string[] = [
  '#123570', '#3B496C', '#575D6D', '#707173', '#8A8678', '#A59C74', '#C3B369', '#E1CC55', '#FEE838',
];

/** Flashpoint stages, calm to violent (shape and size also change by stage). */
export const STAGE_COLORS: Readonly<Record<Stage, string>> = {
  stable: OKABE_ITO.bluishGreen,
  strained: OKABE_ITO.yellow,
  crisis: OKABE_ITO.orange,
  conflict: OKABE_ITO.vermillion,
};

/** One Okabe-Ito colour per organisation. */
export const MEMBERSHIP_COLORS: Readonly<Record<MembershipLayer, string>> = {
  SCO: OKABE_ITO.blue,
  ASEAN: OKABE_ITO.bluishGreen,
  OIC: OKABE_ITO.orange,
};

export const ENERGY_COLOR = OKABE_ITO.reddishPurple;
export const CHAIR_COLOR = OKABE_ITO.yellow;

/** Parses "#RRGGBB" into 0-255 channels. */
export function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** "#RRGGBB" as the 0xRRGGBB number Phaser takes. */
export function hexToInt(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

const toHex = (rgb: readonly number[]): string =>
  `#${rgb.map((c) => Math.round(Math.max(0, Math.min(255, c))).toString(16).padStart(2, '0')).join('').toUpperCase()}`;

/** Linear blend of two colours in sRGB, t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ca = hexToRgb(a);
  const cb = hexToRgb(b);
  return toHex(ca.map((c, i) => c + (cb[i]! - c) * t));
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** CIE L* (perceived lightness, 0-100) of a colour. */
export function lightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** The trust colour for 0-100 (clamped), interpolated along the cividis steps. */
export function trustColor(value: number): string {
  const t = (Math.max(0, Math.min(100, value)) / 100) * (TRUST_SCALE.length - 1);
  const i = Math.min(Math.floor(t), TRUST_SCALE.length - 2);
  return mix(TRUST_SCALE[i]!, TRUST_SCALE[i + 1]!, t - i);
}

/** The fill for members of a highlighted organisation: its colour softened toward the land. */
export function membershipFill(org: MembershipLayer): string {
  return mix(MEMBERSHIP_COLORS[org], '#FFFFFF', 0.35);
}

/**
 * The border colour for a line between two fills: the usual grey, or a light line when that
 * reads better against both (between two dark trust colours, where grey disappears).
 */
export function borderColor(fillA: string, fillB: string): string {
  const reads = (line: string) => Math.min(contrastRatio(line, fillA), contrastRatio(line, fillB));
  return reads(MAP_COLORS.borderOnDark) > reads(MAP_COLORS.border) ? MAP_COLORS.borderOnDark : MAP_COLORS.border;
}

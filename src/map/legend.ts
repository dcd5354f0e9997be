/**
 * Legend entries for the HTML UI. The map draws no legend itself: the UI renders these
 * sections next to the canvas, translating the message keys (`map.legend.*`) with i18n.
 * Symbols name the shape the scene draws, so a legend can repeat it (shape carries meaning
 * as well as colour, for readers with colour-vision deficiencies).
 */
import { fillTheme, MAP_ROLES, type MapModel } from './model';
import {
  CHAIR_COLOR, ENERGY_COLOR, MEMBERSHIP_COLORS, membershipFill, MUTED_COLOR, ROLE_COLORS,
  SELF_COLOR, STAGE_COLORS, TRUST_SCALE, trustColor,
} from './palette';
import { STAGES, type Stage } from '../scenario/schema';

/** The shapes a legend swatch can take. */
export const LEGEND_SYMBOLS = ['fill', 'outline', 'circle', 'ring', 'triangle', 'burst', 'diamond', 'star', 'line', 'dashed-line'] as const;
export type LegendSymbol = (typeof LEGEND_SYMBOLS)[number];

/** Marker shape per flashpoint stage: rising alarm in shape as well as colour. */
export const STAGE_SYMBOLS: Readonly<Record<Stage, LegendSymbol>> = {
  stable: 'circle',
  strained: 'ring',
  crisis: 'triangle',
  conflict: 'burst',
};

/** One row of a legend. */
export interface LegendEntry {
  /** Message key, e.g. 'map.legend.trust.low'. */
  readonly key: string;
  /** Interpolation values for the message (an organisation code, a number). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** "#RRGGBB". */
  readonly color: string;
  readonly symbol: LegendSymbol;
}

export type LegendSectionId = 'roles' | 'trust' | 'memberships' | 'flashpoints' | 'energy' | 'chair';

/** A titled group of rows for one layer. */
export interface LegendSection {
  readonly id: LegendSectionId;
  readonly titleKey: string;
  readonly titleParams?: Readonly<Record<string, string | number>>;
  readonly entries: readonly LegendEntry[];
  /** For continuous scales: colours from low to high, for a CSS linear-gradient. */
  readonly gradient?: readonly string[];
}

const rolesSection = (): LegendSection => ({
  id: 'roles',
  titleKey: 'map.legend.role.title',
  entries: MAP_ROLES.map((role) => ({ key: `map.legend.role.${role}`, color: ROLE_COLORS[role], symbol: 'fill' as const })),
});

const trustSection = (): LegendSection => ({
  id: 'trust',
  titleKey: 'map.legend.trust.title',
  gradient: TRUST_SCALE,
  entries: [
    { key: 'map.legend.trust.low', params: { value: 0 }, color: trustColor(0), symbol: 'fill' },
    { key: 'map.legend.trust.mid', params: { value: 50 }, color: trustColor(50), symbol: 'fill' },
    { key: 'map.legend.trust.high', params: { value: 100 }, color: trustColor(100), symbol: 'fill' },
    { key: 'map.legend.trust.self', color: SELF_COLOR, symbol: 'outline' },
    { key: 'map.legend.trust.none', color: MUTED_COLOR, symbol: 'fill' },
  ],
});

/**
 * The legend for the layers now shown, in drawing order (fill first, then markers). The trust
 * section needs a selected delegation, as the trust layer itself does.
 */
export function mapLegend(model: Pick<MapModel, 'layers' | 'selected'>): LegendSection[] {
  const theme = fillTheme(model);
  const sections: LegendSection[] = [theme.kind === 'trust' ? trustSection() : rolesSection()];
  const org = model.layers.memberships;
  if (org !== null) {
    sections.push({
      id: 'memberships',
      titleKey: 'map.legend.membership.title',
      titleParams: { org },
      entries: theme.kind === 'membership'
        ? [
          { key: 'map.legend.membership.member', params: { org }, color: membershipFill(org), symbol: 'fill' },
          { key: 'map.legend.membership.nonMember', params: { org }, color: MUTED_COLOR, symbol: 'fill' },
        ]
        : [{ key: 'map.legend.membership.member', params: { org }, color: MEMBERSHIP_COLORS[org], symbol: 'outline' }],
    });
  }
  if (model.layers.flashpoints) {
    sections.push({
      id: 'flashpoints',
      titleKey: 'map.legend.flashpoint.title',
      entries: STAGES.map((stage) => ({ key: `map.legend.flashpoint.${stage}`, color: STAGE_COLORS[stage], symbol: STAGE_SYMBOLS[stage] })),
    });
  }
  if (model.layers.energy) {
    sections.push({
      id: 'energy',
      titleKey: 'map.legend.energy.title',
      entries: [
        { key: 'map.legend.energy.member', color: ENERGY_COLOR, symbol: 'diamond' },
        { key: 'map.legend.energy.built', color: ENERGY_COLOR, symbol: 'line' },
        { key: 'map.legend.energy.planned', color: ENERGY_COLOR, symbol: 'dashed-line' },
      ],
    });
  }
  if (model.layers.chair) {
    sections.push({ id: 'chair', titleKey: 'map.legend.chair.title', entries: [{ key: 'map.legend.chair.chair', color: CHAIR_COLOR, symbol: 'star' }] });
  }
  return sections;
}

/** Every message key the legend can produce, for i18n completeness tests. */
export function legendMessageKeys(): string[] {
  const keys = new Set<string>();
  const all = mapLegend({ selected: 'X', layers: { trust: true, flashpoints: true, energy: true, memberships: 'SCO', chair: true } });
  const noTrust = mapLegend({ selected: null, layers: { trust: false, flashpoints: false, energy: false, memberships: 'SCO', chair: false } });
  for (const s of [...all, ...noTrust]) {
    keys.add(s.titleKey);
    for (const e of s.entries) keys.add(e.key);
  }
  return [...keys].sort();
}

/**
 * Which colour each country gets under the fill theme in force (see `fillTheme`), plus the
 * outlines drawn with the fills. The scene bakes this plan into a texture, so it compares
 * plans by `key` and rebakes only when the colours really change.
 */
import { fillTheme, type MapModel, type ModelIndex } from './model';
import { MEMBERSHIP_COLORS, membershipFill, MUTED_COLOR, ROLE_COLORS, SELF_COLOR, trustColor } from './palette';

/** A coloured outline around one country (organisation members under the trust theme). */
export interface OutlineSpec {
  readonly mapId: string;
  readonly color: string;
}

/** The colours of one bake. */
export interface FillPlan {
  /** "#RRGGBB" per map id, for every id asked for. */
  readonly fills: ReadonlyMap<string, string>;
  readonly outlines: readonly OutlineSpec[];
  /** The selected delegation's shape, outlined on top of everything. */
  readonly selectedMapId: string | null;
  /** A string that changes exactly when the plan does. */
  readonly key: string;
}

/** Plans the fills of the given shapes (normally every country in the asset). */
export function planFills(model: MapModel, index: ModelIndex, mapIds: readonly string[]): FillPlan {
  const theme = fillTheme(model);
  const fills = new Map<string, string>();
  const outlines: OutlineSpec[] = [];
  const org = model.layers.memberships;
  for (const mapId of mapIds) {
    const country = index.byMapId.get(mapId);
    const delegation = country?.delegationId ?? null;
    let color: string = ROLE_COLORS[country?.role ?? 'other'];
    if (delegation !== null && theme.kind === 'trust') {
      const trust = model.trustToward[delegation];
      color = delegation === theme.toward ? SELF_COLOR : trust === undefined ? MUTED_COLOR : trustColor(trust);
    } else if (delegation !== null && theme.kind === 'membership') {
      color = (model.memberships[delegation] ?? []).includes(theme.org) ? membershipFill(theme.org) : MUTED_COLOR;
    }
    fills.set(mapId, color);
    if (theme.kind === 'trust' && org !== null && delegation !== null && (model.memberships[delegation] ?? []).includes(org)) {
      outlines.push({ mapId, color: MEMBERSHIP_COLORS[org] });
    }
  }
  const selectedMapId = model.selected === null ? null : index.byDelegation.get(model.selected)?.mapId ?? null;
  const key = JSON.stringify([[...fills.entries()], outlines, selectedMapId]);
  return { fills, outlines, selectedMapId, key };
}

/**
 * Checks that every id is defined once and every reference names something the scenario
 * defines: delegations, measures, flashpoints, clusters and corridors.
 */
import { formatPath } from './issues';
import type { Condition, Effect, Goal, RedLine } from './schema';
import { distinctPair, error, isPlayer, ref, uniqueEntries, uniqueIds, type CheckContext } from './semantic-context';

export function checkIds(ctx: CheckContext): void {
  const { s } = ctx;
  uniqueIds(ctx, s.delegations, ['delegations']);
  uniqueIds(ctx, s.measures, ['measures']);
  uniqueIds(ctx, s.flashpoints, ['flashpoints']);
  uniqueIds(ctx, s.events, ['events']);
  uniqueIds(ctx, s.transformation.clusters, ['transformation', 'clusters']);
  uniqueIds(ctx, s.energy.corridors, ['energy', 'corridors']);
  s.delegations.forEach((d, i) => uniqueIds(ctx, d.objectives, ['delegations', i, 'objectives']));
}

export function checkCalendarRefs(ctx: CheckContext): void {
  ctx.s.calendar.chairs.forEach((id, i) => {
    const path = ['calendar', 'chairs', i];
    if (!ref(ctx, 'delegation', path, id)) return;
    const d = ctx.s.delegations.find((x) => x.id === id)!;
    const params = { path: formatPath(path), id };
    if (d.role !== 'member') {
      error(ctx, path, 'chair-not-player', `${formatPath(path)} is ${id}, an observer; only a member that plays can chair a round`, { params, variant: 'observer' });
    } else if (!isPlayer(d)) {
      const message = `${formatPath(path)} is ${id}, which has player: false; only a member that plays can chair a round`;
      error(ctx, path, 'chair-not-player', message, { params, variant: 'not-playing' });
    }
  });
}

export function checkTrustRefs(ctx: CheckContext): void {
  const { s } = ctx;
  s.delegations.forEach((d, i) => {
    for (const [other, value] of Object.entries(d.trust)) {
      const path = ['delegations', i, 'trust', other];
      if (other === d.id) {
        const params = { path: formatPath(path), id: d.id };
        error(ctx, path, 'self-trust', `${formatPath(path)} sets ${d.id}'s trust in itself; trust is always between two different delegations`, { params });
        continue;
      }
      if (!ref(ctx, 'delegation', path, other)) continue;
      const j = s.delegations.findIndex((x) => x.id === other);
      const back = s.delegations[j]?.trust[d.id];
      // Trust is one value per pair: report the pair once, at the later of the two entries.
      if (j < i && back !== undefined && back !== value) {
        const there = formatPath(['delegations', j, 'trust', d.id]);
        const params = { path: formatPath(path), value: String(value), other: there, back: String(back) };
        const message = `${formatPath(path)} is ${value} but ${there} is ${back}; trust is mutual, so give the pair once (or the same value twice)`;
        error(ctx, path, 'trust-conflict', message, { params });
      }
    }
  });
}

function checkRedLine(ctx: CheckContext, line: RedLine, path: (string | number)[]): void {
  if (line.type === 'measure') ref(ctx, 'measure', [...path, 'measure'], line.measure);
  if (line.type === 'fact-finding') ref(ctx, 'flashpoint', [...path, 'flashpoint'], line.flashpoint);
}

function checkGoal(ctx: CheckContext, goal: Goal, path: (string | number)[], self: string): void {
  switch (goal.type) {
    case 'measure-adopted':
    case 'measure-not-adopted':
    case 'measure-implemented':
      ref(ctx, 'measure', [...path, 'measure'], goal.measure);
      break;
    case 'tension-below':
      ref(ctx, 'flashpoint', [...path, 'flashpoint'], goal.flashpoint);
      break;
    case 'corridor-built':
      ref(ctx, 'corridor', [...path, 'corridor'], goal.corridor);
      break;
    case 'trust-at-least':
      if (ref(ctx, 'delegation', [...path, 'with'], goal.with)) distinctPair(ctx, [...path, 'with'], self, goal.with);
      break;
    case 'implemented-in-dimension': {
      const available = ctx.s.measures.filter((m) => m.dimension === goal.dimension).length;
      if (goal.count > available) {
        const where = formatPath([...path, 'count']);
        const params = { path: where, count: goal.count, dimension: goal.dimension, available };
        error(ctx, [...path, 'count'], 'objective-unreachable', `${where} asks for ${goal.count} ${goal.count === 1 ? 'measure' : 'measures'} in the ${goal.dimension} dimension, but the scenario has only ${available}`, { params });
      }
      break;
    }
    default:
      break;
  }
}

export function checkDelegationRefs(ctx: CheckContext): void {
  ctx.s.delegations.forEach((d, i) => {
    d.profile.redLines.forEach((line, k) => checkRedLine(ctx, line, ['delegations', i, 'profile', 'redLines', k]));
    d.objectives.forEach((o, k) => checkGoal(ctx, o.goal, ['delegations', i, 'objectives', k, 'goal'], d.id));
  });
}

export function checkWorldRefs(ctx: CheckContext): void {
  const { s } = ctx;
  s.flashpoints.forEach((f, i) => {
    f.parties.forEach((p, k) => ref(ctx, 'delegation', ['flashpoints', i, 'parties', k], p));
    uniqueEntries(ctx, f.parties, ['flashpoints', i, 'parties'], 'duplicate-party', 'each party is listed once');
  });
  s.measures.forEach((m, i) => {
    m.coordinators.forEach((c, k) => ref(ctx, 'delegation', ['measures', i, 'coordinators', k], c));
    m.requires.forEach((r, k) => ref(ctx, 'measure', ['measures', i, 'requires', k], r));
  });
  s.energy.corridors.forEach((c, i) => {
    c.route.forEach((id, k) => ref(ctx, 'delegation', ['energy', 'corridors', i, 'route', k], id));
    uniqueEntries(ctx, c.route, ['energy', 'corridors', i, 'route'], 'duplicate-party', 'a route passes each delegation once', 'route');
  });
  // A cluster waits for measures to be adopted (the engine looks its prerequisites up among measures).
  s.transformation.clusters.forEach((c, i) => {
    c.requires.forEach((r, k) => ref(ctx, 'measure', ['transformation', 'clusters', i, 'requires', k], r));
  });
}

function checkCondition(ctx: CheckContext, c: Condition, path: (string | number)[]): void {
  switch (c.type) {
    case 'tension':
      ref(ctx, 'flashpoint', [...path, 'flashpoint'], c.flashpoint);
      break;
    case 'trust': {
      const a = ref(ctx, 'delegation', [...path, 'a'], c.a);
      if (ref(ctx, 'delegation', [...path, 'b'], c.b) && a) distinctPair(ctx, [...path, 'b'], c.a, c.b);
      break;
    }
    case 'measure-adopted':
      ref(ctx, 'measure', [...path, 'measure'], c.measure);
      break;
    case 'cluster-agreed':
      ref(ctx, 'cluster', [...path, 'cluster'], c.cluster);
      break;
    default:
      break;
  }
}

function checkEffect(ctx: CheckContext, e: Effect, path: (string | number)[]): void {
  switch (e.type) {
    case 'trust': {
      const a = ref(ctx, 'delegation', [...path, 'a'], e.a);
      if (ref(ctx, 'delegation', [...path, 'b'], e.b) && a) distinctPair(ctx, [...path, 'b'], e.a, e.b);
      break;
    }
    case 'trust-all':
    case 'prestige':
      ref(ctx, 'delegation', [...path, 'delegation'], e.delegation);
      break;
    case 'influence':
      if (e.delegation !== undefined) ref(ctx, 'delegation', [...path, 'delegation'], e.delegation);
      break;
    case 'tension':
      ref(ctx, 'flashpoint', [...path, 'flashpoint'], e.flashpoint);
      break;
    case 'measure-availability':
      ref(ctx, 'measure', [...path, 'measure'], e.measure);
      break;
    default:
      break;
  }
}

export function checkEventRefs(ctx: CheckContext): void {
  ctx.s.events.forEach((ev, i) => {
    ev.trigger.when.forEach((c, k) => checkCondition(ctx, c, ['events', i, 'trigger', 'when', k]));
    ev.effects.forEach((e, k) => checkEffect(ctx, e, ['events', i, 'effects', k]));
  });
}

/**
 * Warnings for content that loads but can never act in a game. Only members that play vote and
 * implement measures: an observer's (or a non-playing member's) red line never forces an
 * objection, its "implement" objectives can never be met, and a dispute with such a party never
 * gets the tension relief that comes when all its parties implement a measure.
 */
import { formatPath } from './issues';
import type { DelegationDef, Goal } from './schema';
import { isPlayer, warn, type CheckContext } from './semantic-context';

const votes = (d: DelegationDef) => d.role === 'member' && isPlayer(d);
const who = (d: DelegationDef) => (d.role === 'observer' ? 'an observer' : 'a member with player: false');

/** Why no game could meet this goal, or null when some game might. */
function neverMet(ctx: CheckContext, d: DelegationDef, goal: Goal): { variant: string; why: string } | null {
  const { s } = ctx;
  switch (goal.type) {
    case 'measure-implemented':
    case 'implemented-in-dimension':
      // Only players get here, so a delegation that does not vote is a playing observer.
      return votes(d) ? null : { variant: 'implements', why: `${d.id} is an observer, and only members that play implement measures` };
    case 'charter-adopted':
      return s.transformation.enabled && s.transformation.clusters.length > 0 && s.calendar.summitRounds.length > 0 ? null
        : { variant: 'charter', why: 'the scenario has no charter track (transformation clusters and a summit round)' };
    case 'bloc-member':
    case 'corridor-built':
      return s.energy.enabled ? null : { variant: 'energy', why: 'energy.enabled is false' };
    case 'tension-below':
      return goal.value > 0 ? null : { variant: 'tension', why: 'tension never goes below 0' };
    default:
      return null;
  }
}

export function checkInert(ctx: CheckContext): void {
  const { s } = ctx;
  s.delegations.forEach((d, i) => {
    if (!votes(d)) {
      d.profile.redLines.forEach((line, k) => {
        // A fact-finding red line is a party's refusal of consent, which a playing observer can give.
        if (line.type === 'fact-finding' && isPlayer(d)) return;
        const path = ['delegations', i, 'profile', 'redLines', k];
        const params = { path: formatPath(path), id: d.id, who: d.role === 'observer' ? 'observer' : 'not-playing' };
        const message = `${formatPath(path)}: ${d.id} is ${who(d)}, which takes no part in decisions, so this red line can never act`;
        warn(ctx, path, 'red-line-inert', message, { params, variant: params.who });
      });
    }
    if (!isPlayer(d) && d.objectives.length > 0) {
      const path = ['delegations', i, 'objectives'];
      const params = { path: formatPath(path), id: d.id };
      warn(ctx, path, 'objective-inert', `${formatPath(path)}: ${d.id} does not play, so its objectives are never scored`, { params });
      return;
    }
    d.objectives.forEach((o, k) => {
      const never = neverMet(ctx, d, o.goal);
      if (!never) return;
      const path = ['delegations', i, 'objectives', k, 'goal'];
      const params = { path: formatPath(path), id: d.id };
      warn(ctx, path, 'objective-never-met', `${formatPath(path)} can never be met: ${never.why}`, { params, variant: never.variant });
    });
  });
  const relief = s.measures.some((m) => m.effects.tension > 0);
  s.flashpoints.forEach((f, i) => {
    if (!relief) return;
    f.parties.forEach((p, k) => {
      const d = s.delegations.find((x) => x.id === p);
      if (!d || votes(d)) return;
      const path = ['flashpoints', i, 'parties', k];
      const params = { path: formatPath(path), id: p, flashpoint: f.id };
      const message = `${formatPath(path)}: ${p} is ${who(d)} and cannot implement measures, so no measure's tension relief ever reaches ${f.id} (it comes when all parties implement)`;
      warn(ctx, path, 'dispute-relief-impossible', message, { params, variant: d.role === 'observer' ? 'observer' : 'not-playing' });
    });
  });
}

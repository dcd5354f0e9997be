/** One paragraph describing a valid scenario, for `npm run scenario -- check`. */
import { DIMENSIONS, type Scenario } from '../../src/scenario/schema';
import { localize } from '../../src/scenario/text';

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function roundsList(rounds: number[]): string {
  if (rounds.length === 0) return 'no summit';
  const words = rounds.length === 1 ? `round ${rounds[0]}` : `rounds ${rounds.slice(0, -1).join(', ')} and ${rounds[rounds.length - 1]}`;
  return `${rounds.length === 1 ? 'summit' : 'summits'} in ${words}`;
}

/** The paragraph: title, delegations, calendar, measures per dimension, events, flashpoints, warnings. */
export function summarizeScenario(file: string, s: Scenario, warnings: number): string {
  const members = s.delegations.filter((d) => d.role === 'member').length;
  const observers = s.delegations.length - members;
  const players = s.delegations.filter((d) => d.player ?? d.role === 'member').length;
  const perDimension = DIMENSIONS.map((d) => `${d} ${s.measures.filter((m) => m.dimension === d).length}`).join(', ');
  const { calendar } = s;
  const last = calendar.startYear + calendar.rounds - 1;
  return [
    `${file}: OK. "${localize(s.meta.title, 'en')}" (${s.meta.id})`,
    `has ${count(s.delegations.length, 'delegation')} (${count(members, 'member')}, ${count(observers, 'observer')}; ${count(players, 'player')}),`,
    `${count(calendar.rounds, 'round')} (${calendar.startYear}${last > calendar.startYear ? `-${last}` : ''}, ${roundsList(calendar.summitRounds)}),`,
    `${count(s.measures.length, 'measure')} (${perDimension}),`,
    `${count(s.events.length, 'event')}, ${count(s.flashpoints.length, 'flashpoint')},`,
    `${count(s.transformation.clusters.length, 'charter cluster')} and ${count(s.energy.corridors.length, 'energy corridor')};`,
    `${count(warnings, 'warning')}.`,
  ].join(' ');
}

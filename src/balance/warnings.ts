/**
 * Plain warnings from a balance run, each naming the scenario field to look at: the figures
 * say what happened, these say what an instructor may want to change.
 */
import type { Scenario } from '../scenario/schema';
import type { BalanceDetail } from './detail';
import { percent } from './stats';

export interface BalanceWarning {
  /** Stable id, also the message key in the catalogue (`balance.warning.<code>`). */
  code: 'too-easy' | 'too-hard' | 'event-never-fires' | 'event-always-round-one' | 'measure-never-tabled' | 'measure-always-adopted'
    | 'objective-always-met' | 'objective-never-met' | 'red-line-never-acts' | 'dispute-no-mediation' | 'never-implements';
  /** The field to look at, as the checker names paths (`events[2].trigger`). */
  field: string;
  message: string;
  params: Record<string, string | number>;
}

/** Shares of games at which a pattern stops being chance and becomes the scenario's shape. */
export const EASY_SHARE = 90;
export const ALWAYS_SHARE = 100;
/** Below this many games "never" and "always" say little. */
export const MIN_GAMES = 5;

export function balanceWarnings(scenario: Scenario, games: number, grades: Record<string, number>, detail: BalanceDetail, players: readonly string[]): BalanceWarning[] {
  const out: BalanceWarning[] = [];
  const add = (code: BalanceWarning['code'], field: string, message: string, params: BalanceWarning['params']) => out.push({ code, field, message, params });
  const a = percent(grades.A ?? 0, games);
  const low = percent((grades.D ?? 0) + (grades.F ?? 0), games);
  if (a >= EASY_SHARE) {
    add('too-easy', 'rules.charter, flashpoints[].drift, delegations[].profile.redLines', `too easy: grade A in ${a}% of games; raise rules.charter thresholds, flashpoint drift, or add red lines`, { percent: a });
  }
  if (low >= EASY_SHARE) add('too-hard', 'rules.charter, flashpoints[].drift, trust.default', `too hard: grade D or F in ${low}% of games; lower rules.charter thresholds or flashpoint drift, or raise trust.default`, { percent: low });
  if (games < MIN_GAMES) return out;
  for (const e of detail.events) {
    if (e.games === 0) add('event-never-fires', `${e.path}.trigger`, `event ${e.id} never fires in ${games} games; look at ${e.path}.trigger (rounds, chance, when)`, { id: e.id, path: `${e.path}.trigger`, games });
    else if (e.firstRound['1'] === games && (scenario.events.find((x) => x.id === e.id)?.trigger.fromRound ?? 1) === 1 && scenario.calendar.rounds > 1) {
      add('event-always-round-one', `${e.path}.trigger.fromRound`, `event ${e.id} fires in round 1 of every game; set ${e.path}.trigger.fromRound if it should come later`, { id: e.id, path: `${e.path}.trigger.fromRound` });
    }
  }
  for (const m of detail.measures) {
    if (m.neverTabled === games) add('measure-never-tabled', m.path, `measure ${m.id} is never tabled in ${games} games; look at ${m.path} (available, requires) and the delegations' interests in its dimension`, { id: m.id, path: m.path, games });
    else if (percent(m.adopted, games) >= ALWAYS_SHARE && m.adoptedRound['1'] === games) {
      add('measure-always-adopted', m.path, `measure ${m.id} is adopted in round 1 of every game; it never needs negotiating: add a red line or requires`, { id: m.id, path: m.path });
    }
  }
  for (const o of detail.objectives.byObjective) {
    if (!o.player) continue;
    if (o.percent >= ALWAYS_SHARE) add('objective-always-met', `${o.path}.goal`, `objective ${o.delegation}/${o.id} is always met; make ${o.path}.goal harder or lower its points`, { id: `${o.delegation}/${o.id}`, path: `${o.path}.goal` });
    else if (o.met === 0) add('objective-never-met', `${o.path}.goal`, `objective ${o.delegation}/${o.id} is never met in ${games} games; look at ${o.path}.goal`, { id: `${o.delegation}/${o.id}`, path: `${o.path}.goal`, games });
  }
  for (const r of detail.redLines) {
    if (r.games === 0) add('red-line-never-acts', r.path, `red line ${r.delegation} ${r.type}${r.subject ? ` ${r.subject}` : ''} never acts in ${games} games; look at ${r.path}`, { id: `${r.delegation} ${r.type}${r.subject ? ` ${r.subject}` : ''}`, path: r.path, games });
  }
  for (const d of detail.disputes) {
    if (d.gamesWithMediation === 0) add('dispute-no-mediation', d.path, `dispute ${d.id} sees no mediation in ${games} games; raise ${d.path}.tension or drift so that it presses`, { id: d.id, path: `${d.path}`, games });
  }
  const implementers = new Set(detail.measures.flatMap((m) => m.implementedBy.map((x) => x.id)));
  scenario.delegations.forEach((d, i) => {
    if (d.role !== 'member' || !players.includes(d.id) || implementers.has(d.id) || scenario.measures.length === 0) return;
    add('never-implements', `delegations[${i}].profile.interests`, `${d.id} never implements a measure in ${games} games; look at delegations[${i}].profile.interests`, { id: d.id, path: `delegations[${i}].profile.interests`, games });
  });
  return out;
}

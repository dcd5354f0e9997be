/** The "what to change" sections of the balance report as plain text lines, for the command line. */
import type { BalanceDetail } from './detail';
import type { BalanceWarning } from './warnings';

const GROUP_AFTER = 4;
const GROUPED: Record<string, string> = {
  'objective-always-met': 'objectives always met; make their goals harder or lower their points',
  'objective-never-met': 'objectives never met; look at their goals',
  'red-line-never-acts': 'red lines that never act; look at each red line',
  'event-never-fires': 'events that never fire; look at their triggers',
  'measure-never-tabled': 'measures never tabled; look at available, requires and the interests in their dimension',
  'dispute-no-mediation': 'disputes that see no mediation; raise their tension or drift',
  'measure-always-adopted': 'measures adopted in round 1 of every game; they never need negotiating: add a red line or requires',
  'never-implements': 'delegations that never implement a measure; look at their interests',
};
const counts = (c: Record<string, number>, label: string) => Object.entries(c).map(([k, v]) => `${label} ${k}: ${v}`).join(', ');
const stages = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
const ids = (xs: ReadonlyArray<{ id: string; games: number }>) => xs.map((x) => `${x.id} ${x.games}`).join(', ');

export function formatDetail(d: BalanceDetail & { warnings: BalanceWarning[] }, games: number): string[] {
  const lines: string[] = [];
  lines.push('events (games in which each fires, and its first round):');
  if (!d.events.length) lines.push('  the scenario has no events');
  for (const e of d.events) {
    lines.push(`  ${e.id}: ${e.games}/${games} games (${e.percent}%)${e.games ? `, ${e.meanTimes} a game; first fired in ${counts(e.firstRound, 'round')}` : ''}`);
  }
  lines.push('measures (games in which each is adopted, blocked at least once, tabled but never adopted, never tabled):');
  for (const m of d.measures) {
    const parts = [`adopted ${m.adopted}${m.adopted ? ` (${counts(m.adoptedRound, 'round')})` : ''}`];
    parts.push(`blocked ${m.blocked}${m.blockedBy.length ? ` (by ${ids(m.blockedBy)})` : ''}`);
    if (m.tabledNotAdopted) parts.push(`tabled but not adopted ${m.tabledNotAdopted}`);
    parts.push(`never tabled ${m.neverTabled}`);
    if (m.implementedBy.length) parts.push(`implemented by ${ids(m.implementedBy)}`);
    lines.push(`  ${m.id}: ${parts.join('; ')}`);
  }
  lines.push('objectives (games in which each is met at the end):');
  for (const o of d.objectives.byObjective) lines.push(`  ${o.delegation}/${o.id}: ${o.met}/${games} (${o.percent}%)${o.player ? '' : ' (does not play)'}`);
  lines.push('red lines (games in which each forces an objection or a refusal):');
  if (!d.redLines.length) lines.push('  no delegation has a red line');
  for (const r of d.redLines) lines.push(`  ${r.delegation} ${r.type}${r.subject ? ` ${r.subject}` : ''}: ${r.games}/${games} games (${r.meanTimes} a game)`);
  lines.push('disputes (mediation actions a game; stage at the end; worst stage reached):');
  if (!d.disputes.length) lines.push('  the scenario has no flashpoints');
  for (const f of d.disputes) {
    const tools = Object.entries(f.mediation).map(([t, n]) => `${t} ${n}`).join(', ') || 'none';
    lines.push(`  ${f.id}: mediation ${tools}; at the end ${stages(f.finalStage)}; worst ${stages(f.peakStage)}`);
  }
  lines.push('warnings (what to change):');
  if (!d.warnings.length) lines.push('  none');
  // Many warnings of one kind read better as one line naming them all.
  const byCode = new Map<string, BalanceWarning[]>();
  for (const w of d.warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  for (const [code, ws] of byCode) {
    if (ws.length <= GROUP_AFTER) for (const w of ws) lines.push(`  - ${w.message} [${w.field}]`);
    else lines.push(`  - ${GROUPED[code] ?? code} (${ws.length}): ${ws.map((w) => w.params.id).join(', ')} [${ws[0]!.field.replace(/\[\d+\]/g, '[]')}]`);
  }
  return lines;
}

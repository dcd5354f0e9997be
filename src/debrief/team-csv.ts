/**
 * The gradebook: one CSV row per delegation played by people, with what a teacher grades on
 * (proposals tabled and adopted, positions taken, pledges kept and broken, mediation, objectives
 * met, final score). Objective columns stay empty where the viewer may not see them yet.
 */
import { chronicleOf, type Action, type DelegationId, type GameState, type Stance } from '../engine';
import type { Debrief } from './build';

export const CSV_COLUMNS = [
  'delegation', 'team', 'tabled', 'adopted', 'support', 'reservation', 'objection', 'abstain',
  'pledges-kept', 'pledges-broken', 'mediation', 'objectives-met', 'objectives', 'score', 'rank',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface TeamRow {
  delegation: DelegationId;
  team: string;
  tabled: number;
  adopted: number;
  positions: Record<Stance, number>;
  pledgesKept: number;
  pledgesBroken: number;
  mediation: number;
  objectivesMet: number | null;
  objectives: number | null;
  score: number;
  rank: number;
}

/** The figures of each team, in the order of `teams`. */
export function teamRows(state: GameState, actions: readonly Action[], debrief: Debrief, teams: readonly DelegationId[], names: Record<DelegationId, string>): TeamRow[] {
  const chronicle = chronicleOf(state);
  return teams.map((d) => {
    // The charter is put on the table by the chair for the Conference, not tabled by the team.
    const proposals = Object.values(state.proposals).filter((p) => p.proposer === d && p.subject.kind !== 'charter');
    const positions: Record<Stance, number> = { support: 0, reservation: 0, objection: 0, abstain: 0 };
    for (const a of actions) if (a.type === 'plenary.position' && a.by === d) positions[a.stance]++;
    const pledges = state.pledges.filter((p) => p.by === d);
    const rankIndex = debrief.ranking.findIndex((r) => r.id === d);
    const score = debrief.ranking[rankIndex];
    return {
      delegation: d,
      team: names[d]?.trim() ?? '',
      tabled: proposals.length,
      adopted: proposals.filter((p) => p.status === 'adopted').length,
      positions,
      pledgesKept: pledges.filter((p) => p.status === 'kept').length,
      pledgesBroken: pledges.filter((p) => p.status === 'broken').length,
      mediation: chronicle.filter((c) => c.kind === 'mediation' && c.by === d).length,
      objectivesMet: score?.revealed ? score.revealed.filter((o) => o.met).length : null,
      objectives: score?.revealed ? score.revealed.length : null,
      score: score?.total ?? 0,
      rank: rankIndex + 1,
    };
  });
}

/** A field as CSV: quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text: a header of `labels` (in the reader's language), then a row per team. */
export function teamCsv(rows: readonly TeamRow[], labels: Record<CsvColumn, string>, delegationName: (id: DelegationId) => string): string {
  const lines = [CSV_COLUMNS.map((c) => csvField(labels[c]))];
  for (const r of rows) {
    lines.push([
      delegationName(r.delegation), r.team, r.tabled, r.adopted, r.positions.support, r.positions.reservation, r.positions.objection,
      r.positions.abstain, r.pledgesKept, r.pledgesBroken, r.mediation, r.objectivesMet, r.objectives, r.score, r.rank,
    ].map(csvField));
  }
  // A byte-order mark so that spreadsheets read the names (Cyrillic too) as UTF-8.
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

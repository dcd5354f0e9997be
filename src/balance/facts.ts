/**
 * What one finished game says about each piece of a scenario's content: which events fired and
 * when, what became of each measure, which objectives were met, which red lines acted, what was
 * done about each dispute. Pure: read from the final state (its chronicle and proposals).
 */
import { chronicleOf, goalMet, type GameState, type ScenarioIndex } from '../engine';
import type { RedLine, Stage } from '../scenario/schema';

/** Where a measure ended: blocked is recorded apart, since a measure blocked once may pass later. */
export type MeasureFate = 'adopted' | 'tabled' | 'never-tabled';

export interface GameFacts {
  /** Event id → the rounds it fired in. */
  events: Record<string, number[]>;
  /** Measure id → its fate, the round it was adopted, and who blocked it. */
  measures: Record<string, { fate: MeasureFate; adoptedRound: number | null; blockedBy: string[]; implementedBy: string[] }>;
  /** `DELEGATION/objective` → met at the end. */
  objectives: Record<string, boolean>;
  /** `DELEGATION#index` → how many times the red line forced an objection or a refusal. */
  redLines: Record<string, number>;
  /** Flashpoint id → mediation actions by tool, and its final and worst stages. */
  disputes: Record<string, { tools: Record<string, number>; final: Stage; peak: Stage }>;
}

export const objectiveKey = (delegation: string, objective: string): string => `${delegation}/${objective}`;
export const redLineKey = (delegation: string, index: number): string => `${delegation}#${index}`;

/** The reason codes an objection carries when this red line forces it. */
function redLineActs(line: RedLine, code: string, measure: unknown): boolean {
  switch (line.type) {
    case 'measure': return (code === 'red-line-measure' || code === 'red-line-measure-weaken') && measure === line.measure;
    case 'energy-bloc-under-cica': return code === 'red-line-energy-bloc';
    case 'military-while-crisis': return code === 'red-line-military-crisis';
    case 'fact-finding': return false;
  }
}

function measureFacts(idx: ScenarioIndex, state: GameState): GameFacts['measures'] {
  const out: GameFacts['measures'] = {};
  for (const m of idx.scenario.measures) {
    const ms = state.measures[m.id];
    const done = Object.entries(ms?.implementation ?? {}).filter(([, i]) => i.done).map(([id]) => id);
    out[m.id] = { fate: ms?.status === 'adopted' ? 'adopted' : 'never-tabled', adoptedRound: ms?.adoptedRound ?? null, blockedBy: [], implementedBy: done };
  }
  const subjectOf = (proposal: string): string | null => {
    const s = state.proposals[proposal]?.subject;
    return s?.kind === 'measure' ? s.measure : null;
  };
  for (const c of chronicleOf(state)) {
    const id = c.kind === 'tabled' || c.kind === 'decision' || c.kind === 'withdrawn' ? subjectOf(c.proposal) : null;
    const f = id === null ? undefined : out[id];
    if (!f) continue;
    if (c.kind === 'tabled' && f.fate === 'never-tabled') f.fate = 'tabled';
    const blockers = c.kind === 'decision' && !c.adopted ? c.blockers
      : c.kind === 'withdrawn' ? Object.entries(state.proposals[c.proposal]!.positions).filter(([, p]) => p.stance === 'objection').map(([d]) => d)
        : [];
    if (blockers.length) {
      for (const b of blockers) if (!f.blockedBy.includes(b)) f.blockedBy.push(b);
    }
  }
  return out;
}

export function gameFacts(idx: ScenarioIndex, state: GameState): GameFacts {
  const { scenario } = idx;
  const chronicle = chronicleOf(state);
  const events: GameFacts['events'] = Object.fromEntries(scenario.events.map((e) => [e.id, [] as number[]]));
  for (const c of chronicle) if (c.kind === 'event') events[c.event]?.push(c.round);

  const objectives: GameFacts['objectives'] = {};
  const redLines: GameFacts['redLines'] = {};
  for (const d of scenario.delegations) {
    for (const o of d.objectives) objectives[objectiveKey(d.id, o.id)] = goalMet(idx, state, d.id, o.goal);
    d.profile.redLines.forEach((line, k) => {
      let times = 0;
      if (line.type === 'fact-finding') {
        times = chronicle.filter((c) => c.kind === 'fact-finding-refused' && c.by === d.id && c.flashpoint === line.flashpoint).length;
      } else {
        for (const id of state.proposalOrder) {
          const p = state.proposals[id]!.positions[d.id];
          if (p?.stance === 'objection' && p.reason && redLineActs(line, p.reason.code, p.reason.params?.measure)) times += 1;
        }
      }
      redLines[redLineKey(d.id, k)] = times;
    });
  }

  const disputes: GameFacts['disputes'] = {};
  for (const f of scenario.flashpoints) {
    const fs = state.flashpoints[f.id]!;
    disputes[f.id] = { tools: {}, final: fs.stage, peak: fs.peakStage };
  }
  for (const c of chronicle) {
    if (c.kind !== 'mediation') continue;
    const tools = disputes[c.flashpoint]?.tools;
    if (tools) tools[c.tool] = (tools[c.tool] ?? 0) + 1;
  }
  return { events, measures: measureFacts(idx, state), objectives, redLines, disputes };
}

/**
 * The round, phase by phase: what happens on entering each phase, when a phase is complete, and
 * which phase follows. This table is the single description of the turn flow: the headless
 * runner folds it, and the XState turn machine (src/flow) is built from it.
 */
import { addPrestige, chronicle, plainOf, stageRank } from './common';
import { charterDue, charterProblems, implementedMeasures, tableCharter } from './charter';
import { runEvents, setTension } from './events';
import { draw } from './rng';
import { settleFactFinding } from './rules/diplomacy';
import { implementationTerms } from './rules/implementation';
import { roundAgenda } from './rules/proposals';
import type { ScenarioIndex } from './scenario-index';
import type { DelegationId, GameState, Phase } from './state';
import type { Stage } from '../scenario/schema';
import { adjustTrust, buildTrust, clamp, cohesion, conferenceTrust, trustOf } from './trust';

/** Below this cohesion at a review the process has stalled and the conference ends. */
export const STALL_COHESION = 20;

export interface PhaseStep {
  /** Whether the phase has nothing left to wait for. */
  complete(idx: ScenarioIndex, state: GameState): boolean;
  next(idx: ScenarioIndex, state: GameState): Phase;
  enter(idx: ScenarioIndex, draft: GameState): void;
}

function allReady(state: GameState): boolean {
  return state.players.every((id) => state.delegations[id]!.ready);
}

function payIncome(idx: ScenarioIndex, d: GameState): void {
  const { income, influenceCap } = idx.scenario.rules;
  for (const id of d.players) {
    const del = d.delegations[id]!;
    const weight = idx.delegation.get(id)!.weight;
    const bloc = d.energy.founded && d.energy.members.includes(id) ? idx.scenario.energy.memberIncome : 0;
    del.influence = Math.min(influenceCap, del.influence + income[weight] + bloc);
  }
}

/** Ongoing implementations cost influence each round; a member who cannot pay makes no progress. */
function progressImplementation(idx: ScenarioIndex, d: GameState): void {
  for (const m of idx.scenario.measures) {
    const ms = d.measures[m.id]!;
    if (ms.status !== 'adopted') continue;
    const terms = implementationTerms(idx, m.id, ms.amendments);
    for (const [by, imp] of Object.entries(ms.implementation)) {
      if (imp.choice !== 'in' || imp.done || imp.progress >= terms.rounds) continue;
      const del = d.delegations[by]!;
      if (del.influence < terms.cost) continue;
      del.influence -= terms.cost;
      imp.progress += 1;
    }
  }
}

function enterOpening(idx: ScenarioIndex, d: GameState): void {
  d.round += 1;
  const chairs = idx.scenario.calendar.chairs;
  d.chair = chairs[(d.round - 1) % chairs.length]!;
  d.roundEvents = [];
  chronicle(d, { kind: 'round', round: d.round, chair: d.chair });
  for (const id of d.players) {
    const del = d.delegations[id]!;
    del.ready = false;
    del.tabledThisRound = 0;
    del.passed = false;
    del.talkedWith = [];
  }
  for (const f of Object.values(d.flashpoints)) {
    f.earlyWarning = false;
    f.envoy = null;
    f.factFinding = 'none';
    f.factFindingBy = null;
    f.consents = {};
  }
  payIncome(idx, d);
  progressImplementation(idx, d);
  runEvents(idx, d);
}

function enterConsultations(_idx: ScenarioIndex, _d: GameState): void {
  // Everything a round needs is set up at the opening.
}

function enterPlenary(idx: ScenarioIndex, d: GameState): void {
  for (const o of d.offers) if (o.status === 'open') o.status = 'expired';
  for (const f of idx.scenario.flashpoints) settleFactFinding(idx, d, f.id, true);
  const agenda = roundAgenda(d);
  if (charterDue(idx, d)) agenda.push(tableCharter(d));
  d.plenary = { agenda, current: 0, step: 'positions' };
}

function plenaryDone(state: GameState): boolean {
  const pl = state.plenary;
  return !pl || pl.current >= pl.agenda.length;
}

function enterImplementation(idx: ScenarioIndex, d: GameState): void {
  d.plenary = null;
  const anyAdopted = idx.scenario.measures.some((m) => d.measures[m.id]!.status === 'adopted');
  for (const id of d.players) {
    // Observers and, in a round with nothing adopted yet, everyone have no choice to make.
    d.delegations[id]!.ready = !anyAdopted || !idx.voters.includes(id);
  }
}

function completeImplementations(idx: ScenarioIndex, d: GameState): void {
  for (const m of idx.scenario.measures) {
    const ms = d.measures[m.id]!;
    if (ms.status !== 'adopted') continue;
    const terms = implementationTerms(idx, m.id, ms.amendments);
    const weakened = ms.amendments.includes('weaken') ? 0.5 : 1;
    const finished = Object.entries(ms.implementation).filter(([, i]) => i.choice === 'in' && !i.done && i.progress >= terms.rounds).map(([by]) => by);
    if (!finished.length) continue;
    const already = Object.entries(ms.implementation).filter(([, i]) => i.done).map(([by]) => by);
    const wasDone = new Set(already);
    const partners = [...already, ...finished];
    for (const by of finished) {
      ms.implementation[by]!.done = true;
      addPrestige(d, by, m.effects.prestige);
      for (const other of partners) if (other < by || wasDone.has(other)) buildTrust(d, by, other, m.effects.trust * weakened);
    }
    chronicle(d, { kind: 'implemented', round: d.round, measure: m.id, by: finished });
    if (m.effects.tension > 0) {
      const done = new Set([...already, ...finished]);
      for (const f of idx.scenario.flashpoints) {
        const parties = f.parties.filter((p) => d.delegations[p]);
        const newlyComplete = parties.length > 0 && parties.every((p) => done.has(p)) && parties.some((p) => finished.includes(p));
        if (newlyComplete) setTension(idx, d, f.id, d.flashpoints[f.id]!.tension - m.effects.tension * weakened);
      }
    }
  }
}

/** Tension relief in a round's review from each tool of preventive diplomacy at work that round. */
export const TENSION_RELIEF = { earlyWarning: 4, goodOffices: 6, factFinding: 5 } as const;
/** A hotline halves any rise in tension. */
export const HOTLINE_DAMPING = 0.5;
/** Mutual trust below `low` adds to a dispute's tension each round, above `high` eases it. */
export const TRUST_PRESSURE = { low: 30, high: 60, step: 2 } as const;

/** Trust every pair of members loses for each round of armed conflict between members. */
export const CONFLICT_SHOCK = 1.5;

/** Chance, by stage, that a dispute no mission attended this round has an incident at the review. */
export const ESCALATION_RISK: Record<Stage, number> = { stable: 0, strained: 0.3, crisis: 0.45, conflict: 0.5 };
/** What is left of that chance while good offices or a fact-finding mission are at work: they cut the risk, never remove it. */
export const ATTENDED_RISK = 0.3;
/** Tension an incident adds, drawn between these. */
export const ESCALATION_SPIKE = { min: 8, max: 20 } as const;

/** Whether a closed bloc (founded, not under CICA) has some parties to a dispute inside and others left out: those outside read it as aligned against them. */
export function rivalsSplitByBloc(idx: ScenarioIndex, d: GameState, parties: readonly DelegationId[]): boolean {
  if (idx.scenario.energy.rivalTension <= 0 || !d.energy.founded || d.energy.underCica) return false;
  const inside = parties.filter((p) => d.energy.members.includes(p)).length;
  return inside > 0 && inside < parties.length;
}

/** Per-round tension change: drift, chance, mutual trust, the energy bloc's divide, and the diplomacy at work this round. */
function reviewFlashpoints(idx: ScenarioIndex, d: GameState): void {
  for (const def of idx.scenario.flashpoints) {
    const f = d.flashpoints[def.id]!;
    let delta = def.drift + (draw(d) * 2 - 1) * def.volatility;
    let pairs = 0;
    let mutual = 0;
    for (let i = 0; i < def.parties.length; i++) {
      for (let j = i + 1; j < def.parties.length; j++) {
        mutual += trustOf(d, def.parties[i]!, def.parties[j]!);
        pairs++;
      }
    }
    const t = pairs ? mutual / pairs : 50;
    if (t < TRUST_PRESSURE.low) delta += TRUST_PRESSURE.step;
    else if (t > TRUST_PRESSURE.high) delta -= TRUST_PRESSURE.step;
    if (rivalsSplitByBloc(idx, d, def.parties)) delta += idx.scenario.energy.rivalTension;
    if (f.earlyWarning) delta -= TENSION_RELIEF.earlyWarning;
    if (f.envoy) delta -= TENSION_RELIEF.goodOffices;
    if (f.factFinding === 'active') delta -= TENSION_RELIEF.factFinding;
    // A dispute once strained can flare up: an incident nobody defused. Good offices or a
    // fact-finding mission at work defuse most incidents; an early warning cuts the risk less.
    const attended = f.envoy !== null || f.factFinding === 'active';
    const risk = ESCALATION_RISK[f.stage] * (f.earlyWarning ? 0.6 : 1) * (attended ? ATTENDED_RISK : 1);
    if (risk > 0 && draw(d) < risk) delta += ESCALATION_SPIKE.min + draw(d) * (ESCALATION_SPIKE.max - ESCALATION_SPIKE.min);
    if (f.hotline && delta > 0) delta *= HOTLINE_DAMPING;
    if (f.envoy || f.factFinding === 'active') {
      for (let i = 0; i < def.parties.length; i++) for (let j = i + 1; j < def.parties.length; j++) adjustTrust(d, def.parties[i]!, def.parties[j]!, 2);
    }
    setTension(idx, d, def.id, f.tension + delta);
    // Where the scenario says so, a crisis unsettles every member, not only the parties.
    if (f.stage === 'crisis' && idx.scenario.rules.crisisShock > 0) conferenceTrust(idx, d, -idx.scenario.rules.crisisShock);
    if (f.stage === 'conflict') {
      // Armed conflict hurts the parties' trust with each other and with every member.
      f.conflictRounds += 1;
      conferenceTrust(idx, d, -CONFLICT_SHOCK);
      for (const p of def.parties) {
        addPrestige(d, p, -2);
        for (const other of idx.members) adjustTrust(d, p, other, def.parties.includes(other) ? -8 : -2);
      }
    }
  }
}

/** A closed bloc breeds suspicion among outsiders until it is brought under CICA. */
function reviewEnergy(idx: ScenarioIndex, d: GameState): void {
  if (!d.energy.founded || d.energy.underCica) return;
  const loss = idx.scenario.energy.outsiderDistrust;
  if (loss <= 0) return;
  const outsiders = d.players.filter((p) => !d.energy.members.includes(p));
  for (const m of d.energy.members) for (const o of outsiders) adjustTrust(d, m, o, -loss * 0.5);
}

function snapshot(idx: ScenarioIndex, d: GameState): void {
  // Hundreds of reads: take them from a plain copy of the matrix, not through the draft's proxies.
  const plain = { trust: plainOf(d.trust) };
  const tension: Record<string, number> = {};
  for (const [id, f] of Object.entries(d.flashpoints)) tension[id] = f.tension;
  const prestige: Record<string, number> = {};
  for (const id of d.players) prestige[id] = d.delegations[id]!.prestige;
  const trust: Record<string, number> = {};
  for (const id of d.players) {
    // Summed in seating order, as a filtered list of the others would be, without building one per player.
    let sum = 0;
    let others = 0;
    const row = plain.trust[id];
    for (const m of idx.members) {
      if (m === id) continue;
      sum += row?.[m] ?? 50;
      others++;
    }
    trust[id] = others ? Math.round((sum / others) * 10) / 10 : 0;
  }
  d.history.push({
    round: d.round,
    cohesion: cohesion(idx, plain),
    tension,
    prestige,
    trust,
    adopted: idx.scenario.measures.filter((m) => d.measures[m.id]!.status === 'adopted').length,
    implemented: implementedMeasures(idx, d).length,
  });
}

function enterReview(idx: ScenarioIndex, d: GameState): void {
  for (const id of d.players) d.delegations[id]!.influence = clamp(d.delegations[id]!.influence, 0, idx.scenario.rules.influenceCap);
  completeImplementations(idx, d);
  reviewFlashpoints(idx, d);
  reviewEnergy(idx, d);
  snapshot(idx, d);
  const last = d.round >= idx.scenario.calendar.rounds;
  const reason = d.charter.adopted ? 'charter' : d.history[d.history.length - 1]!.cohesion < STALL_COHESION ? 'stalled' : last ? 'calendar' : null;
  if (reason) d.concluded = { round: d.round, reason };
}

function enterConcluded(_idx: ScenarioIndex, d: GameState): void {
  chronicle(d, { kind: 'concluded', round: d.round, reason: d.concluded?.reason ?? 'calendar' });
}

export const PHASE_FLOW: Record<Phase, PhaseStep> = {
  opening: { enter: enterOpening, complete: () => true, next: () => 'consultations' },
  consultations: { enter: enterConsultations, complete: (_i, s) => allReady(s), next: () => 'plenary' },
  plenary: { enter: enterPlenary, complete: (_i, s) => plenaryDone(s), next: () => 'implementation' },
  implementation: { enter: enterImplementation, complete: (_i, s) => allReady(s), next: () => 'review' },
  review: { enter: enterReview, complete: () => true, next: (_i, s) => (s.concluded ? 'concluded' : 'opening') },
  concluded: { enter: enterConcluded, complete: () => false, next: () => 'concluded' },
};

/** Enters `phase` on a draft. */
export function enterPhase(idx: ScenarioIndex, d: GameState, phase: Phase): void {
  d.phase = phase;
  PHASE_FLOW[phase].enter(idx, d);
}

/** Moves through every phase that has nothing left to wait for. */
export function advance(idx: ScenarioIndex, d: GameState): void {
  for (let guard = 0; guard < 64 && PHASE_FLOW[d.phase].complete(idx, d); guard++) {
    enterPhase(idx, d, PHASE_FLOW[d.phase].next(idx, d));
  }
}

export { charterProblems, stageRank };

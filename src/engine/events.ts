/**
 * Scenario events: typed triggers checked at the opening of each round, and typed effects.
 * Both are closed lists of data: nothing from a scenario is ever run as code.
 */
import type { Condition, Effect } from '../scenario/schema';
import { addPrestige, chronicle, stageOf } from './common';
import { draw } from './rng';
import type { ScenarioIndex } from './scenario-index';
import type { GameState } from './state';
import { adjustTrust, clamp, cohesion, trustOf } from './trust';

function within(value: number, atLeast?: number, below?: number): boolean {
  return (atLeast === undefined || value >= atLeast) && (below === undefined || value < below);
}

export function conditionHolds(idx: ScenarioIndex, state: GameState, c: Condition): boolean {
  switch (c.type) {
    case 'tension': return within(state.flashpoints[c.flashpoint]?.tension ?? 0, c.atLeast, c.below);
    case 'cohesion': return within(cohesion(idx, state), c.atLeast, c.below);
    case 'trust': return within(trustOf(state, c.a, c.b), c.atLeast, c.below);
    case 'measure-adopted': return (state.measures[c.measure]?.status === 'adopted') === c.value;
    case 'bloc-founded': return state.energy.founded === c.value;
    case 'cluster-agreed': return (state.clusters[c.cluster] === 'agreed') === c.value;
  }
}

export function applyEffect(idx: ScenarioIndex, d: GameState, e: Effect): void {
  switch (e.type) {
    case 'trust':
      adjustTrust(d, e.a, e.b, e.delta);
      break;
    case 'trust-all':
      for (const other of idx.allIds) adjustTrust(d, e.delegation, other, e.delta);
      break;
    case 'tension': {
      const f = d.flashpoints[e.flashpoint];
      if (f) setTension(idx, d, e.flashpoint, f.tension + e.delta);
      break;
    }
    case 'influence':
      for (const id of e.delegation ? [e.delegation] : d.players) {
        const del = d.delegations[id];
        if (del) del.influence = clamp(del.influence + e.delta, 0, idx.scenario.rules.influenceCap);
      }
      break;
    case 'prestige':
      addPrestige(d, e.delegation, e.delta);
      break;
    case 'measure-availability': {
      const m = d.measures[e.measure];
      if (m && (m.status === 'available' || m.status === 'unavailable')) m.status = e.available ? 'available' : 'unavailable';
      break;
    }
    case 'energy-shock':
      // A supply shock hurts those outside the bloc: importers fully, balanced economies by half.
      for (const id of d.players) {
        if (d.energy.founded && d.energy.members.includes(id)) continue;
        const profile = idx.delegation.get(id)!.energy;
        const loss = profile === 'importer' ? e.delta : profile === 'balanced' ? Math.ceil(e.delta / 2) : 0;
        d.delegations[id]!.influence = Math.max(0, d.delegations[id]!.influence - loss);
      }
      break;
    case 'message':
      break;
  }
}

/** Sets a flashpoint's tension, keeping its stage, peak and chronicle in step. */
export function setTension(idx: ScenarioIndex, d: GameState, fid: string, tension: number): void {
  const f = d.flashpoints[fid]!;
  f.tension = Math.round(clamp(tension) * 10) / 10;
  const stage = stageOf(idx, f.tension);
  if (stage !== f.stage) {
    chronicle(d, { kind: 'stage', round: d.round, flashpoint: fid, from: f.stage, to: stage });
    f.stage = stage;
  }
  const rank = ['stable', 'strained', 'crisis', 'conflict'];
  if (rank.indexOf(stage) > rank.indexOf(f.peakStage)) f.peakStage = stage;
}

/** Fires every event of the deck whose trigger holds this round. */
export function runEvents(idx: ScenarioIndex, d: GameState): void {
  for (const ev of idx.scenario.events) {
    if (!ev.repeat && d.firedEvents.includes(ev.id)) continue;
    const t = ev.trigger;
    if (t.fromRound !== undefined && d.round < t.fromRound) continue;
    if (t.toRound !== undefined && d.round > t.toRound) continue;
    if (!t.when.every((c) => conditionHolds(idx, d, c))) continue;
    if (t.chance < 1 && draw(d) >= t.chance) continue;
    fireEvent(idx, d, ev.id);
  }
}

export function fireEvent(idx: ScenarioIndex, d: GameState, eventId: string): void {
  const ev = idx.event.get(eventId)!;
  // The event goes on the record before what it causes (a dispute's escalation, say), so the chronicle reads cause first.
  chronicle(d, { kind: 'event', round: d.round, event: ev.id });
  for (const e of ev.effects) applyEffect(idx, d, e);
  if (!d.firedEvents.includes(ev.id)) d.firedEvents.push(ev.id);
  d.roundEvents.push(ev.id);
}

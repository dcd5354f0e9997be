/**
 * What must hold of any state the engine accepted an action into, whatever was sent: every
 * value from its enum, every number finite and in bounds, no key a type does not have, and a
 * state that survives JSON unchanged (saves and replays depend on it).
 */
import { expect } from 'vitest';
import { AMENDMENTS, indexScenario, ReasonSchema, STANCES, type GameState, type OfferTerm } from '../../../src/engine';
import { MAX_OFFER_INFLUENCE } from '../../../src/engine/rules/consultations';
import type { Scenario } from '../../../src/scenario/schema';

const keysWithin = (o: object, allowed: readonly string[], what: string) => {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  expect(extra, `${what} has keys it should not`).toEqual([]);
};

function finite(value: unknown, path: string): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) finite(v, `${path}.${k}`);
}

function term(t: OfferTerm, state: GameState, what: string): void {
  if (t.kind === 'influence') {
    keysWithin(t, ['kind', 'amount'], what);
    expect(Number.isInteger(t.amount) && t.amount >= 1 && t.amount <= MAX_OFFER_INFLUENCE, `${what}.amount ${t.amount}`).toBe(true);
  } else {
    expect(t.kind, `${what}.kind`).toBe('support');
    keysWithin(t, ['kind', 'proposal'], what);
    expect(Object.hasOwn(state.proposals, t.proposal), `${what}.proposal`).toBe(true);
  }
}

export function checkInvariants(scenario: Scenario, state: GameState): void {
  const idx = indexScenario(scenario);
  const ids = new Set(idx.allIds);
  finite(state, 'state');
  expect(Object.keys(state.delegations).sort()).toEqual([...idx.players].sort());
  for (const d of Object.values(state.delegations)) {
    expect(Number.isInteger(d.influence) && d.influence >= 0).toBe(true);
    expect(Number.isInteger(d.prestige)).toBe(true);
    for (const w of d.talkedWith) expect(ids.has(w)).toBe(true);
  }
  for (const [a, row] of Object.entries(state.trust)) {
    for (const [b, t] of Object.entries(row)) {
      expect(t >= 0 && t <= 100).toBe(true);
      expect(state.trust[b]![a]).toBe(t);
    }
  }
  for (const [fid, f] of Object.entries(state.flashpoints)) {
    expect(idx.flashpoint.has(fid)).toBe(true);
    expect(f.tension >= 0 && f.tension <= 100).toBe(true);
    for (const [p, c] of Object.entries(f.consents)) expect(ids.has(p) && typeof c === 'boolean').toBe(true);
  }
  for (const [id, p] of Object.entries(state.proposals)) {
    expect(p.id).toBe(id);
    expect(['tabled', 'adopted', 'rejected', 'withdrawn']).toContain(p.status);
    for (const a of p.amendments) expect(AMENDMENTS).toContain(a);
    for (const [by, pos] of Object.entries(p.positions)) {
      expect(idx.voters, `position of ${by}`).toContain(by);
      keysWithin(pos, ['stance', 'amendment', 'reason'], `position of ${by} on ${id}`);
      expect(STANCES).toContain(pos.stance);
      if (pos.amendment !== undefined) expect(AMENDMENTS).toContain(pos.amendment);
      if (pos.reason !== undefined) expect(ReasonSchema.safeParse(pos.reason).success, `reason of ${by} on ${id}`).toBe(true);
    }
    for (const q of p.package) expect(Object.hasOwn(state.proposals, q)).toBe(true);
  }
  for (const o of state.offers) {
    keysWithin(o, ['id', 'from', 'to', 'give', 'ask', 'round', 'status'], `offer ${o.id}`);
    expect(Object.hasOwn(state.delegations, o.from) && Object.hasOwn(state.delegations, o.to)).toBe(true);
    term(o.give, state, `offer ${o.id} give`);
    term(o.ask, state, `offer ${o.id} ask`);
  }
  for (const g of state.pledges) expect(Object.hasOwn(state.proposals, g.proposal) && ids.has(g.by)).toBe(true);
  for (const [mid, m] of Object.entries(state.measures)) {
    expect(idx.measure.has(mid)).toBe(true);
    for (const a of m.amendments) expect(AMENDMENTS).toContain(a);
    for (const by of Object.keys(m.implementation)) expect(idx.voters).toContain(by);
  }
  for (const m of state.energy.members) expect(ids.has(m)).toBe(true);
  for (const c of state.energy.corridors) expect(idx.corridor.has(c.id)).toBe(true);
  for (const p of state.plenary?.agenda ?? []) expect(Object.hasOwn(state.proposals, p)).toBe(true);
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

import { describe, expect, it } from 'vitest';
import { improves, viewerContext, whatWouldMove, type ItemLevers, type Lever } from '../../src/ai/levers';
import { MAX_OFFER_INFLUENCE } from '../../src/engine/rules/consultations';
import { expectedPosition, questionOf } from '../../src/ai/positions';
import { createAiPolicy } from '../../src/ai/policy';
import { createGame, playerView, roundAgenda, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { runGame } from '../../src/sim/run-game';
import { poisoned, smallScenario } from './fixtures';
import { act, allReady, decide } from './helpers';

// Without the cluster's tie to m1 (which makes m1 worth supporting despite distrust), CCC's objection to BBB stays one levers can lift.
const tied = smallScenario();
const s: Scenario = { ...tied, transformation: { ...tied.transformation, clusters: tied.transformation.clusters.map((c) => ({ ...c, requires: [] })) } };

/** The expected position of `who` on `proposal` as `viewer` estimates it in `state`. */
function expected(state: GameState, viewer: string, who: string, proposal: string) {
  const ctx = viewerContext(s, state, viewer);
  return expectedPosition(ctx, who, questionOf(ctx.state, proposal));
}

function withTrust(state: GameState, a: string, b: string, v: number): GameState {
  return { ...state, trust: { ...state.trust, [a]: { ...state.trust[a], [b]: v }, [b]: { ...state.trust[b], [a]: v } } };
}

function edited(state: GameState, proposals: GameState['proposals']): GameState {
  return { ...state, proposals: { ...state.proposals, ...proposals } };
}

/** The state after the lever is pulled for real, through the engine's own rules where there is one. */
function pulled(state: GameState, item: ItemLevers, who: string, lever: Lever): { state: GameState; proposal: string } {
  const proposal = item.proposal;
  switch (lever.code) {
    case 'trust': return { state: withTrust(state, who, item.proposer, lever.trust), proposal };
    case 'talks': return { state: act(s, { ...state, delegations: { ...state.delegations, [item.proposer]: { ...state.delegations[item.proposer]!, influence: 9 } } }, { type: 'consult.talks', by: item.proposer, with: who }), proposal };
    // An accepted offer of either kind leaves the addressee's pledge of support.
    case 'offer-influence':
    case 'offer-support': return { state: act(s, { ...state, delegations: { ...state.delegations, [who]: { ...state.delegations[who]!, influence: 9 } } }, { type: 'consult.pledge', by: who, proposal }), proposal };
    // In the plenary the proposer amends or links; in consultations, the text as it would be once it did.
    case 'amend': return state.phase === 'plenary'
      ? { state: act(s, state, { type: 'plenary.amend', by: item.proposer, proposal, amendment: lever.amendment }), proposal }
      : { state: edited(state, { [proposal]: { ...state.proposals[proposal]!, amendments: [...state.proposals[proposal]!.amendments, lever.amendment] } }), proposal };
    case 'package': return state.phase === 'plenary'
      ? { state: act(s, state, { type: 'plenary.link', by: item.proposer, proposal, with: lever.with }), proposal }
      : { state: edited(state, { [proposal]: { ...state.proposals[proposal]!, package: [lever.with] }, [lever.with]: { ...state.proposals[lever.with]!, linkedInto: proposal } }), proposal };
  }
}

/** BBB tables m1 and DDD m4; CCC distrusts BBB (trust 20), so it is expected to object to m1. */
function twoItems(): { state: GameState; m1: string; m4: string } {
  let state = createGame(s, 1);
  state = act(s, state, { type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
  state = act(s, state, { type: 'proposal.table', by: 'DDD', subject: { kind: 'measure', measure: 'm4' } });
  const [m1, m4] = state.proposalOrder.slice(-2);
  return { state, m1: m1!, m4: m4! };
}

/** BBB tables m1 and CCC m2; DDD distrusts CCC (trust 5), so DDD would object to CCC's item, and its support for it is worth the item to CCC. */
function swapState(): GameState {
  let state = withTrust(createGame(s, 1), 'DDD', 'CCC', 5);
  state = act(s, state, { type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
  return act(s, state, { type: 'proposal.table', by: 'CCC', subject: { kind: 'measure', measure: 'm2' } });
}

describe('what would move them', () => {
  it('names the expected objection and why, and the trust and package that would lift it', () => {
    const { state, m1, m4 } = twoItems();
    const item = whatWouldMove(viewerContext(s, state, 'AAA'), m1);
    expect(item.rows.map((r) => r.who)).not.toContain('AAA');
    expect(item.rows.map((r) => r.who)).not.toContain('BBB');
    const ccc = item.rows.find((r) => r.who === 'CCC')!;
    expect(ccc).toMatchObject({ stance: 'objection', stated: false, reason: { code: 'low-trust', params: { proposer: 'BBB' } } });
    // CCC is cautious: distrust objects below 30.
    expect(ccc.levers).toContainEqual({ code: 'trust', trust: 30, stance: 'support' });
    expect(ccc.levers).toContainEqual({ code: 'package', with: m4, stance: 'support' });
    // The objector comes first: the rows are ordered by how much moving they need.
    expect(item.rows[0]!.stance).toBe('objection');
  });

  it('reports only levers that, pulled for real, change the expected position', () => {
    const { state: consult } = twoItems();
    // The plenary once every member has stated its position, when the proposer may amend or link.
    const stated = (state: GameState) => {
      let x = allReady(s, state);
      for (const by of ['AAA', 'BBB', 'CCC', 'DDD']) x = act(s, x, decide(s, x, by).action);
      return x;
    };
    let weakened = createGame(s, 1);
    weakened = act(s, weakened, { type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } });
    const states = [consult, stated(consult), withTrust(consult, 'CCC', 'BBB', 28), stated(weakened), swapState()];
    let checked = 0;
    const kinds = new Set<string>();
    for (const state of states) {
      const items = state.phase === 'plenary' ? [state.plenary!.agenda[state.plenary!.current]!] : roundAgenda(state);
      for (const viewer of ['AAA', 'BBB', 'CCC', 'DDD']) {
        for (const proposal of items) {
          const item = whatWouldMove(viewerContext(s, state, viewer), proposal);
          for (const row of item.rows) {
            for (const lever of row.levers) {
              const after = pulled(state, item, row.who, lever);
              const now = expected(after.state, viewer, row.who, after.proposal);
              expect(improves(row.stance, now.stance), `${viewer} on ${row.who}: ${JSON.stringify(lever)}`).toBe(true);
              expect(now.stance).toBe(lever.stance);
              kinds.add(lever.code);
              checked += 1;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect([...kinds].sort()).toEqual(['amend', 'offer-influence', 'offer-support', 'package', 'talks', 'trust']);
  });

  it('offers talks when they would be enough, and an offer of influence priced from public interests', () => {
    // CCC's trust in BBB just below its bar: talks (+3 and more) lift it; an offer would too.
    const { state } = twoItems();
    const close = withTrust(state, 'CCC', 'BBB', 28);
    const m1 = close.proposalOrder.at(-2)!;
    const ccc = whatWouldMove(viewerContext(s, close, 'DDD'), m1).rows.find((r) => r.who === 'CCC')!;
    expect(ccc.stance).toBe('objection');
    expect(ccc.levers).toContainEqual({ code: 'talks', proposer: 'BBB', stance: 'support' });
    expect(ccc.levers).toContainEqual({ code: 'offer-influence', amount: 2, stance: 'support' });
  });

  it('suggests offering the viewer\'s support for the objector\'s own item when the viewer would otherwise block it', () => {
    const state = swapState();
    const [m1, m2] = state.proposalOrder.slice(-2);
    const ccc = whatWouldMove(viewerContext(s, state, 'DDD'), m1!).rows.find((r) => r.who === 'CCC')!;
    expect(ccc).toMatchObject({ stance: 'objection', reason: { code: 'low-trust' } });
    expect(ccc.levers).toContainEqual({ code: 'offer-support', proposal: m2, stance: 'support' });
    // Too dear in influence: more than an offer may carry, so no lever, but the price is told.
    expect(ccc.levers.some((l) => l.code === 'offer-influence')).toBe(false);
    expect(ccc.offerBeyondCap).toBeGreaterThan(MAX_OFFER_INFLUENCE);
    // Once CCC has closed its consultations, no offer can reach it.
    const closed = act(s, state, { type: 'ready', by: 'CCC' });
    const later = whatWouldMove(viewerContext(s, closed, 'DDD'), m1!).rows.find((r) => r.who === 'CCC')!;
    expect(later.levers.some((l) => l.code.startsWith('offer-'))).toBe(false);
    expect(later.offerBeyondCap).toBeUndefined();
  });

  it('offers a weaker text once a red line accepting it has been stated, and not before', () => {
    let state = createGame(s, 1);
    state = act(s, state, { type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } });
    const id = state.proposalOrder.at(-1)!;
    const before = whatWouldMove(viewerContext(s, state, 'AAA'), id).rows.find((r) => r.who === 'DDD')!;
    expect(before.redLines).toEqual([]);
    expect(before.levers.some((l) => l.code === 'amend' && l.amendment === 'weaken')).toBe(false);
    state = allReady(s, state);
    for (const by of ['AAA', 'CCC', 'DDD']) state = act(s, state, decide(s, state, by).action);
    const after = whatWouldMove(viewerContext(s, state, 'AAA'), id).rows.find((r) => r.who === 'DDD')!;
    expect(after).toMatchObject({ stance: 'objection', amendment: 'weaken', stated: true });
    expect(after.redLines).toEqual([{ kind: 'measure', measure: 'm4', weakened: true }]);
    expect(after.levers).toContainEqual({ code: 'amend', amendment: 'weaken', stance: 'support' });
  });

  it('finds no lever for a stated red line that refuses the measure outright', () => {
    let state = createGame(s, 1);
    state = act(s, state, { type: 'proposal.table', by: 'DDD', subject: { kind: 'measure', measure: 'm2' } });
    const id = state.proposalOrder.at(-1)!;
    state = allReady(s, state);
    for (const by of ['AAA', 'BBB', 'CCC', 'DDD']) state = act(s, state, decide(s, state, by).action);
    const aaa = whatWouldMove(viewerContext(s, state, 'BBB'), id).rows.find((r) => r.who === 'AAA')!;
    expect(aaa).toMatchObject({ stance: 'objection', reason: { code: 'red-line-measure' }, redLines: [{ kind: 'measure', measure: 'm2', weakened: false }] });
    expect(aaa.levers).toEqual([]);
  });
});

describe('what would move them reads only the viewer’s view', () => {
  it("is the same when other delegations' secrets change, and the same from the full state as from the player view", () => {
    const scenario = smallScenario((x) => { x.flashpoints![0]!.tension = 50; });
    const states: GameState[] = [];
    runGame(scenario, { seed: 3, fallback: createAiPolicy('normal'), keepStates: true, onAction: (_a, st) => {
      if ((st.phase === 'consultations' || st.phase === 'plenary') && roundAgenda(st).length + (st.plenary?.agenda.length ?? 0) > 0) states.push(st);
    } });
    expect(states.length).toBeGreaterThan(10);
    let compared = 0;
    for (const state of states.filter((_, i) => i % 3 === 0)) {
      const items = state.phase === 'plenary' && state.plenary ? [state.plenary.agenda[state.plenary.current]!].filter(Boolean) : roundAgenda(state);
      for (const viewer of ['AAA', 'BBB', 'CCC', 'DDD']) {
        const other = poisoned(scenario, viewer);
        for (const id of items) {
          if (state.proposals[id]?.status !== 'tabled') continue;
          const seen = whatWouldMove(viewerContext(scenario, state, viewer), id);
          expect(whatWouldMove(viewerContext(other, state, viewer), id)).toEqual(seen);
          expect(whatWouldMove(viewerContext(scenario, playerView(state, viewer), viewer), id)).toEqual(seen);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('objections the viewer cannot see', () => {
  /** DDD tables the military measure m2 while the dispute between BBB and CCC is in crisis; AAA looks. */
  function crisis(scenario: Scenario): { state: GameState; m2: string } {
    let state = createGame(scenario, 1);
    state = { ...state, flashpoints: { ...state.flashpoints, fp: { ...state.flashpoints.fp!, stage: 'crisis', tension: 80 } } };
    state = act(scenario, state, { type: 'proposal.table', by: 'DDD', subject: { kind: 'measure', measure: 'm2' } });
    return { state, m2: state.proposalOrder.at(-1)! };
  }
  const unseenOf = (scenario: Scenario, state: GameState, proposal: string) =>
    Object.fromEntries(whatWouldMove(viewerContext(scenario, state, 'AAA'), proposal).rows.map((r) => [r.who, r.unseen]));

  it('says that each party to a crisis may object to a military measure on grounds the viewer cannot see, and that the crisis exemption meets it', () => {
    const { state, m2 } = crisis(s);
    const risk = [{ kind: 'crisis', flashpoint: 'fp', measure: 'm2', exempt: true }];
    // CCC holds the secret red line and BBB does not: both are told alike.
    expect(unseenOf(s, state, m2)).toMatchObject({ BBB: risk, CCC: risk });
    const rows = whatWouldMove(viewerContext(s, state, 'AAA'), m2).rows;
    expect(rows.find((r) => r.who === 'CCC')!.redLines).toEqual([]);
  });

  it('is built from public facts only: the same whatever the parties’ secrets', () => {
    const { state, m2 } = crisis(s);
    const without: Scenario = { ...s, delegations: s.delegations.map((d) => (d.id === 'CCC' ? { ...d, profile: { ...d.profile, redLines: [] } } : d)) };
    expect(unseenOf(without, crisis(without).state, m2)).toEqual(unseenOf(s, state, m2));
    const p = poisoned(s, 'AAA');
    expect(unseenOf(p, crisis(p).state, m2)).toEqual(unseenOf(s, state, m2));
  });

  it('is not told once the text exempts the parties, nor outside a crisis, nor for a measure that is not military', () => {
    const { state, m2 } = crisis(s);
    const exempted = edited(state, { [m2]: { ...state.proposals[m2]!, amendments: ['exempt-crisis'] } });
    expect(Object.values(unseenOf(s, exempted, m2)).flat()).toEqual([]);
    const calm = { ...state, flashpoints: { ...state.flashpoints, fp: { ...state.flashpoints.fp!, stage: 'strained' as const, tension: 50 } } };
    expect(Object.values(unseenOf(s, calm, m2)).flat()).toEqual([]);
    const other = act(s, state, { type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
    expect(Object.values(unseenOf(s, other, other.proposalOrder.at(-1)!)).flat()).toEqual([]);
  });
});

import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions, type Action } from '../../src/engine';
import { loadScenario } from '../../scripts/lib/load-scenario';
import { actionLabel } from '../../src/ui/action-label';
import { actionCost, implementationNeed, preview, RELIEF } from '../../src/ui/previews';
import { noAcceptReason } from '../../src/ui/game/offers-inbox';
import { Driver } from '../engine/driver';
import { viewerContext } from '../../src/ai/levers';
import { expectedPosition, questionOf } from '../../src/ai/positions';
import { en, ru, scenario } from './support';

const game = createGame(scenario, 5);
const ctx = { ...en, game, me: 'AAA' };

describe('action labels', () => {
  it.each<[Action, string]>([
    [{ type: 'consult.talks', by: 'AAA', with: 'BBB' }, 'Hold talks with BBB'],
    [{ type: 'diplomacy.good-offices', by: 'AAA', flashpoint: 'fp' }, 'Offer good offices as special envoy: B-C'],
    [{ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }, 'Table: Exchanges'],
    [{ type: 'proposal.table', by: 'AAA', subject: { kind: 'cluster', cluster: 'charter-text' } }, 'Table: Cluster: Charter text'],
    [{ type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: 'reservation', amendment: 'phase-in' }, 'Reservation: phase in'],
    [{ type: 'implement.choose', by: 'AAA', measure: 'm4', optIn: false }, 'Stay out: Early warning'],
    [{ type: 'ready', by: 'AAA' }, 'I am ready: end my consultations'],
  ])('names %j', (action, label) => {
    expect(actionLabel(en, game, action)).toBe(label);
  });

  it('names every legal action of a game in both languages, with no placeholder left', () => {
    for (const c of [en, ru]) {
      for (const a of legalActions(scenario, game, 'AAA')) {
        const label = actionLabel(c, game, a);
        expect(label).not.toMatch(/[{}]/);
        for (const line of preview({ ...c, game, me: 'AAA' }, a)) expect(line).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('offer labels', () => {
  it('name the price of support sold for influence, in both languages, and no empty title', () => {
    const d = new Driver(scenario).act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
    const id = d.state.proposalOrder.at(-1)!;
    const a: Action = { type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'support', proposal: id }, ask: { kind: 'influence', amount: 2 } };
    expect(actionLabel(en, d.state, a)).toBe('Offer BBB support on Exchanges for 2 influence');
    expect(actionLabel(ru, d.state, a)).toContain('«Exchanges» за 2 единицы влияния');
    expect(actionLabel(ru, d.state, a)).not.toContain('«»');
  });
});

describe('amendment previews', () => {
  it('count the objections an amendment lifts, not only the reservations, and say when nobody asked for it', () => {
    const d = new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm4' } }).readyAll();
    const id = d.current();
    d.act({ type: 'plenary.position', by: 'BBB', proposal: id, stance: 'objection', amendment: 'weaken' });
    d.act({ type: 'plenary.position', by: 'CCC', proposal: id, stance: 'reservation', amendment: 'weaken' });
    const at = { ...en, game: d.state, me: 'AAA' };
    expect(preview(at, { type: 'plenary.amend', by: 'AAA', proposal: id, amendment: 'weaken' })[0]).toBe('turns 1 objection and 1 reservation into support');
    expect(preview(at, { type: 'plenary.amend', by: 'AAA', proposal: id, amendment: 'phase-in' })[0]).toBe('nobody has asked for it');
  });
});

describe('previews', () => {
  it('gives the cost and the trust that talks bring, from the rules', () => {
    const lines = preview(ctx, { type: 'consult.talks', by: 'AAA', with: 'BBB' });
    expect(lines[0]).toBe('−1 influence');
    // Identical interests align fully: 3 + 2.
    expect(lines[1]).toBe('+5 trust with BBB');
  });

  it('states the tension relief of preventive diplomacy, and the consent fact-finding needs', () => {
    expect(preview(ctx, { type: 'diplomacy.early-warning', by: 'AAA', flashpoint: 'fp' })).toContain(`tension \u2212${RELIEF.earlyWarning} at the review`);
    const ff = preview(ctx, { type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' });
    expect(ff).toContain('needs the consent of BBB and CCC');
    expect(ff[0]).toBe('−2 influence');
  });

  it('warns before a fact-finding request that a refusal keeps the influence spent, as the rules do', () => {
    const before = game.delegations.AAA!.influence;
    const d = new Driver(scenario, 5).act({ type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' })
      .act({ type: 'diplomacy.consent', by: 'BBB', flashpoint: 'fp', accept: false });
    expect(d.state.flashpoints.fp!.factFinding).toBe('refused');
    expect(d.state.delegations.AAA!.influence).toBe(before - actionCost(ctx, { type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' }));
    expect(preview(ctx, { type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' })).toContain('the influence is spent even if a party refuses consent');
    expect(preview({ ...ru, game, me: 'AAA' }, { type: 'diplomacy.fact-finding', by: 'AAA', flashpoint: 'fp' }))
      .toContain('влияние расходуется, даже если сторона откажет в согласии');
  });

  it('prices tabling and implementing from the scenario and the amendments', () => {
    expect(actionCost(ctx, { type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })).toBe(1);
    const d = new Driver(scenario, 5).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm4' } }).readyAll();
    d.positions().act({ type: 'plenary.amend', by: 'AAA', proposal: d.current(), amendment: 'phase-in' }).act({ type: 'plenary.decide', by: 'AAA', proposal: d.current() });
    const lines = preview({ ...ctx, game: d.state }, { type: 'implement.choose', by: 'AAA', measure: 'm4', optIn: true });
    expect(lines[0]).toBe('No influence cost, for 2 rounds');
  });

  it('tells a delegation staying out in the last round that the choice is final', () => {
    const out: Action = { type: 'implement.choose', by: 'AAA', measure: 'm4', optIn: false };
    expect(preview(ctx, out)).toEqual(['no cost; you may still opt in in a later round']);
    const last = { ...ctx.game, round: scenario.calendar.rounds };
    expect(preview({ ...ctx, game: last }, out)).toEqual(['no cost; this is the last round, so the choice is final']);
  });

  it('warns when a position would break a pledge', () => {
    const d = new Driver(scenario, 5)
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'consult.pledge', by: 'AAA', proposal: 'p1' })
      .readyAll();
    const c = { ...ctx, game: d.state };
    expect(preview(c, { type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: 'objection' })).toContain(
      'you pledged support: anything else breaks the pledge (−2 prestige, −5 trust)',
    );
    expect(preview(c, { type: 'plenary.position', by: 'AAA', proposal: 'p1', stance: 'support' })).toEqual(['counts toward consensus']);
  });

  it('reminds a proposer holding out on its own item of the proposer\'s tools', () => {
    const d = new Driver(scenario, 5).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll();
    const c = { ...ctx, game: d.state };
    const own = 'your own item: to change it, amend it as its proposer; to stop it, withdraw it';
    expect(preview(c, { type: 'plenary.position', by: 'AAA', proposal: d.current(), stance: 'abstain' })).toContain(own);
    expect(preview(c, { type: 'plenary.position', by: 'AAA', proposal: d.current(), stance: 'support' })).not.toContain(own);
    expect(preview({ ...c, me: 'BBB' }, { type: 'plenary.position', by: 'BBB', proposal: d.current(), stance: 'abstain' })).not.toContain(own);
  });

  it('offers no amendment to a proposer holding out on its own cluster, whose text takes none', () => {
    const d = new Driver(scenario, 5).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'cluster', cluster: 'charter-text' } }).readyAll();
    const c = { ...ctx, game: d.state };
    const lines = preview(c, { type: 'plenary.position', by: 'AAA', proposal: d.current(), stance: 'abstain' });
    expect(lines).toContain('your own item: its text takes no amendments; to stop it, withdraw it as its proposer');
    expect(lines.join(' ')).not.toMatch(/amend it/);
  });

  it('says whether calling the decision would pass, naming who blocks', () => {
    const d = new Driver(scenario, 5).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll();
    d.positions({ CCC: 'objection' });
    const lines = preview({ ...ctx, game: d.state }, { type: 'plenary.decide', by: 'AAA', proposal: d.current() });
    expect(lines).toEqual(['would fail now; objections from CCC']);
  });
});

describe('offer previews', () => {
  it('say when the other side is expected to support the item anyway, and only then', () => {
    const loaded = loadScenario('preventive-diplomacy');
    if (!loaded.ok) throw new Error('the bundled scenario does not load');
    const pd = loaded.scenario;
    const start = createGame(pd, 3);
    const names = { scenario: pd, lang: 'en' as const, t: en.t };
    const byExpectation = { support: [] as string[], other: [] as string[] };
    for (const table of legalActions(pd, start, 'KAZ').filter((x) => x.type === 'proposal.table').slice(0, 6)) {
      const r = applyAction(pd, start, table);
      if (!r.ok) continue;
      const id = r.state.proposalOrder.at(-1)!;
      const ctx = viewerContext(pd, r.state, 'KAZ');
      const q = questionOf(r.state, id);
      for (const to of ['THA', 'KHM', 'KGZ', 'TJK', 'UZB', 'CHN']) {
        const a: Action = { type: 'consult.offer', by: 'KAZ', to, give: { kind: 'influence', amount: 1 }, ask: { kind: 'support', proposal: id } };
        const said = preview({ ...names, game: r.state, me: 'KAZ' }, a).some((l) => l.includes('is expected to support it anyway'));
        (expectedPosition(ctx, to, q).stance === 'support' ? byExpectation.support : byExpectation.other).push(`${id}/${to}:${said}`);
      }
    }
    // Both kinds occur, and the line follows the public estimate.
    expect(byExpectation.support.length).toBeGreaterThan(0);
    expect(byExpectation.other.length).toBeGreaterThan(0);
    for (const x of byExpectation.support) expect(x).toMatch(/:true$/);
    for (const x of byExpectation.other) expect(x).toMatch(/:false$/);
  });

  it('say that influence offered is paid on acceptance, without calling the offer free as well', () => {
    const d = new Driver(scenario).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
    const id = d.state.proposalOrder.at(-1)!;
    const a: Action = { type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 3 }, ask: { kind: 'support', proposal: id } };
    const lines = preview({ ...en, game: d.state, me: 'AAA' }, a);
    expect(lines).toContain('you pay 3 influence if it is accepted');
    expect(lines).not.toContain('No influence cost');
  });

  it('say what the player receives when it sells its support for influence', () => {
    const d = new Driver(scenario).act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
    const a: Action = { type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'support', proposal: d.state.proposalOrder.at(-1)! }, ask: { kind: 'influence', amount: 2 } };
    const lines = preview({ ...en, game: d.state, me: 'AAA' }, a);
    expect(lines).toContain('you receive 2 influence if it is accepted');
    expect(lines).not.toContain('No influence cost');
  });

  it('say why an offer to the player has no Accept', () => {
    expect(noAcceptReason(en.t, { kind: 'influence', amount: 3 }, 2)).toBe('You cannot accept it: it asks 3 influence and you have 2.');
    expect(noAcceptReason(ru.t, { kind: 'influence', amount: 3 }, 0)).toBe('Принять нельзя: просят 3 влияния, а у вас 0.');
    expect(noAcceptReason(en.t, { kind: 'support', proposal: 'p1' }, 5)).toMatch(/^You cannot accept it: the rules/);
  });
});

describe('keeping influence for implementation', () => {
  // Income comes only at the next round's opening: spending it all in consultations leaves nothing for one's own measures.
  const tabled = () => new Driver(scenario, 5).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
  const withInfluence = (state: ReturnType<typeof tabled>['state'], n: number) => produce(state, (d) => { d.delegations.AAA!.influence = n; });
  const talks: Action = { type: 'consult.talks', by: 'AAA', with: 'BBB' };

  it('warns when an action would leave less than implementing the measures the player tabled this round costs', () => {
    const need = implementationNeed({ ...ctx, game: tabled().state });
    expect(need).toBeGreaterThan(0);
    const c = { ...ctx, game: withInfluence(tabled().state, need) };
    const cost = actionCost(c, talks);
    expect(cost).toBeGreaterThan(0);
    expect(preview(c, talks)).toContain(`leaves you ${need - cost} influence, and implementing the measures you tabled this round costs ${need}`);
    const roomy = { ...c, game: withInfluence(c.game, need + cost) };
    expect(preview(roomy, talks).some((l) => l.startsWith('leaves you'))).toBe(false);
  });

  it('counts influence offered as spent, and says nothing when the player tabled nothing', () => {
    const d = tabled();
    const game = withInfluence(d.state, 3);
    const offer: Action = { type: 'consult.offer', by: 'AAA', to: 'BBB', give: { kind: 'influence', amount: 3 }, ask: { kind: 'support', proposal: d.state.proposalOrder.at(-1)! } };
    expect(preview({ ...ctx, game }, offer).some((l) => l.startsWith('leaves you 0 influence'))).toBe(true);
    const none = withInfluence(new Driver(scenario, 5).state, 0);
    expect(implementationNeed({ ...ctx, game: none })).toBe(0);
    expect(preview({ ...ctx, game: none }, talks).some((l) => l.startsWith('leaves you'))).toBe(false);
  });

  it('is said in Russian too', () => {
    const game = withInfluence(tabled().state, 1);
    expect(preview({ ...ru, game, me: 'AAA' }, talks).at(-1)).toMatch(/^останется 0 влияния, а выполнение мер/);
  });
});

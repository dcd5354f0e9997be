import { describe, expect, it } from 'vitest';
import { cohesion, indexScenario, legalActions, trustOf } from '../../src/engine';
import { guidance, waitingFor } from '../../src/ui/phase-guidance';
import { roundSummary } from '../../src/ui/round-summary';
import { Driver } from '../engine/driver';
import { en, ru, scenario } from './support';

function playedRound() {
  const d = new Driver(scenario, 6);
  const before = d.state;
  d.act({ type: 'consult.talks', by: 'AAA', with: 'DDD' })
    .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
    .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
    .readyAll()
    .positions().decide()
    .positions({ CCC: 'objection' }).decide();
  d.act({ type: 'implement.choose', by: 'AAA', measure: 'm1', optIn: true }).readyAll();
  return { before, after: d.state };
}

describe('round summary', () => {
  const { before, after } = playedRound();
  const s = roundSummary(en, before, after, 1, 'AAA');

  it('gives a dispute that moved more than once in the round one line with its path, and a single move as the chronicle says it', () => {
    const moved = (entries: Array<{ from: 'strained' | 'crisis' | 'stable'; to: 'strained' | 'crisis' | 'stable' }>) => ({
      ...after, chronicle: [[...(after.chronicle[0] ?? []).filter((e) => e.kind !== 'stage'), ...entries.map((x) => ({ kind: 'stage' as const, round: 1, flashpoint: 'fp', ...x }))], ...after.chronicle.slice(1)],
    });
    const there = roundSummary(en, before, moved([{ from: 'strained', to: 'crisis' }, { from: 'crisis', to: 'strained' }]), 1, 'AAA');
    expect(there.flashpoints).toEqual([{ text: 'B-C moved through the round: strained → crisis → strained.', tone: 'neutral' }]);
    const once = roundSummary(en, before, moved([{ from: 'strained', to: 'crisis' }]), 1, 'AAA');
    expect(once.flashpoints).toEqual([{ text: 'B-C escalated from strained to crisis.', tone: 'bad' }]);
    expect(roundSummary(ru, before, moved([{ from: 'strained', to: 'crisis' }, { from: 'crisis', to: 'stable' }]), 1, 'AAA').flashpoints[0]!.tone).toBe('good');
  });

  it('lists the decisions with who blocked', () => {
    expect(s.decisions.map((l) => l.text)).toEqual(['Adopted: Exchanges.', 'Blocked: Early warning; objections from CCC.']);
    expect(s.decisions.map((l) => l.tone)).toEqual(['good', 'bad']);
  });

  it('measures cohesion and the player\'s standing from start to end of the round', () => {
    const idx = indexScenario(scenario);
    expect(s.cohesion).toEqual({ before: cohesion(idx, before), after: cohesion(idx, after) });
    expect(s.prestige.after).toBe(after.delegations.AAA!.prestige);
    expect(s.year).toBe(2026);
  });

  it('counts influence from the round\'s opening, income paid, when it is given, so spending the income shows', () => {
    // `after` is the game as round 2 opened (its income paid); round 1 closed with less.
    const closed = { ...after, delegations: { ...after.delegations, AAA: { ...after.delegations.AAA!, influence: 0 } } };
    const spent = { ...after, delegations: { ...after.delegations, AAA: { ...after.delegations.AAA!, influence: 1 } } };
    expect(roundSummary(en, closed, spent, 2, 'AAA').influence).toEqual({ before: 0, after: 1 });
    expect(roundSummary(en, closed, spent, 2, 'AAA', 6, after).influence).toEqual({ before: after.delegations.AAA!.influence, after: 1 });
    expect(after.delegations.AAA!.influence).toBeGreaterThan(1);
  });

  it('names the largest movements of trust toward the player', () => {
    const ddd = s.trust.find((m) => m.id === 'DDD');
    expect(ddd?.delta).toBe(Math.round((trustOf(after, 'AAA', 'DDD') - trustOf(before, 'AAA', 'DDD')) * 10) / 10);
    expect(s.trust.every((m, i, all) => i === 0 || Math.abs(all[i - 1]!.delta) >= Math.abs(m.delta))).toBe(true);
  });

  it('leaves the next year\'s opening events to the next round\'s summary', () => {
    // The mini scenario's supply shock fires at the opening of round 2: here `after` is the game
    // as round 2 opened, yet round 1's summary reads only round 1.
    expect(after.round).toBe(2);
    expect(s.events).toEqual([]);
    const next = roundSummary(en, before, after, 2, 'AAA');
    expect(next.events).toEqual([{ title: 'Shock', text: 'Supply shock' }]);
  });
});

describe('pledges in the round summary', () => {
  it('gathers the pledges kept and broken on one item into one line each, the player named first', () => {
    const d = new Driver(scenario, 6);
    const before = d.state;
    d.act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm1' } });
    for (const by of ['CCC', 'AAA', 'DDD']) d.act({ type: 'consult.pledge', by, proposal: 'p1' });
    d.readyAll().positions({ DDD: 'objection' });
    const s = roundSummary(en, before, d.state, 1, 'AAA');
    const pledges = s.diplomacy.filter((l) => /^Pledges? /.test(l.text));
    expect(pledges).toEqual([
      { text: 'Pledges kept on Exchanges: AAA and CCC.', tone: 'good' },
      { text: 'Pledge broken on Exchanges: DDD.', tone: 'bad' },
    ]);
    const r = roundSummary(ru, before, d.state, 1, 'AAA').diplomacy.map((l) => l.text);
    expect(r.filter((l) => l.startsWith('Обещани'))).toEqual([
      expect.stringMatching(/^Обещания поддержать «.+» выполнены: AAA и CCC\.$/),
      expect.stringMatching(/^Обещание поддержать «.+» нарушено: DDD\.$/),
    ]);
  });
});

describe('phase guidance', () => {
  const d = new Driver(scenario, 6);
  it('says what to do now and whom the game waits for', () => {
    expect(guidance(en, d.state, 'AAA', ['AAA', 'BBB'], false, [])).toMatch(/^Spend influence/);
    expect(waitingFor(en, 'AAA', ['AAA', 'BBB'])).toBe('you and BBB');
    expect(waitingFor(en, 'AAA', ['AAA', 'BBB', 'CCC', 'DDD', 'OOO'])).toBe('you and 4 other delegations');
    expect(waitingFor(ru, 'AAA', ['BBB', 'CCC', 'DDD', 'OOO', 'AAA'])).toBe('вы и 4 другие делегации');
    expect(waitingFor(en, 'AAA', [])).toBe('nobody');
  });
});

describe('the proposer\'s guide', () => {
  /** AAA's item `subject` with all positions in, and BBB's measure m4 later on the agenda. */
  function proposerStep(subject: { kind: 'measure'; measure: string } | { kind: 'cluster'; cluster: string }) {
    const d = new Driver(scenario, 6)
      .act({ type: 'proposal.table', by: 'AAA', subject })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'measure', measure: 'm4' } })
      .readyAll()
      .positions();
    return d.state;
  }

  it('names only what the legal list lets the proposer do now: no amendment for a cluster', () => {
    const state = proposerStep({ kind: 'cluster', cluster: 'charter-text' });
    const legal = legalActions(scenario, state, 'AAA');
    expect(legal.some((a) => a.type === 'plenary.amend')).toBe(false);
    expect(guidance(en, state, 'AAA', ['AAA'], false, legal)).toBe('All positions on your proposal are in: link into a package, withdraw, or call for a decision.');
    expect(guidance(ru, state, 'AAA', ['AAA'], false, legal)).toBe('Позиции всех членов по предложению известны: объедините в пакет, снимите предложение или поставьте вопрос на решение.');
  });

  it('offers the amendment for a measure, and only a decision when nothing else is legal', () => {
    const state = proposerStep({ kind: 'measure', measure: 'm1' });
    const legal = legalActions(scenario, state, 'AAA');
    expect(guidance(en, state, 'AAA', ['AAA'], false, legal)).toBe('All positions on your proposal are in: amend, link into a package, withdraw, or call for a decision.');
    expect(guidance(en, state, 'AAA', ['AAA'], false, legal.filter((a) => a.type === 'plenary.decide'))).toBe('All positions on your proposal are in: call for a decision.');
    expect(guidance(en, state, 'AAA', ['AAA'], true, [])).toBe('All positions on your proposal are in.');
  });
});

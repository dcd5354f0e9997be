import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../src/engine';
import { charterTrack, type CharterCondition } from '../../src/engine/charter-track';
import { Driver } from './driver';
import { miniScenario } from './fixtures';

const scenario = miniScenario();
const idx = indexScenario(scenario);

const byCode = (conditions: CharterCondition[], code: CharterCondition['code']) => conditions.find((c) => c.code === code)!;

describe('the Charter tracker', () => {
  it('lists each cluster and condition with met or not met, the next summit and the last one as the deadline', () => {
    const d = new Driver(scenario);
    const track = charterTrack(idx, d.state);
    expect(track.conditions.map((c) => c.code)).toEqual(['cluster', 'cohesion', 'dimensions', 'implemented', 'no-conflict']);
    expect(byCode(track.conditions, 'cluster')).toEqual({ code: 'cluster', cluster: 'charter-text', status: 'open', met: false, missing: [], blocked: [], objecting: [], objectingOthers: [] });
    expect(byCode(track.conditions, 'implemented')).toEqual({ code: 'implemented', met: false, value: 0, needed: 1 });
    expect(byCode(track.conditions, 'cohesion')).toMatchObject({ met: true, needed: 10 });
    expect(byCode(track.conditions, 'no-conflict')).toEqual({ code: 'no-conflict', met: true, flashpoints: [] });
    expect(track).toMatchObject({ adopted: false, nextSummit: 2, lastSummit: 3, dueNow: false, charterBlocked: [] });
  });

  it('names who blocked a cluster in the plenary, from the public record, and the round', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } })
      .readyAll().positions({ CCC: 'objection', DDD: 'objection' });
    // Before the decision: who objects now, as stated.
    expect(byCode(charterTrack(idx, d.state).conditions, 'cluster')).toMatchObject({ status: 'tabled', objecting: ['CCC', 'DDD'], blocked: [] });
    d.decide();
    const cluster = byCode(charterTrack(idx, d.state).conditions, 'cluster');
    expect(cluster).toMatchObject({ met: false, status: 'open', blocked: [{ round: 1, blockers: ['CCC', 'DDD'], overOthers: [] }], objecting: [] });
  });

  it('does not blame a cluster on a member that objected only to the measure packaged with it', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } })
      .readyAll().positions()
      .act({ type: 'plenary.link', by: 'AAA', proposal: 'p1', with: 'p2' })
      // CCC's stated reason names the measure; DDD gives none, so its objection is to the whole package.
      .act({ type: 'plenary.position', by: 'CCC', proposal: 'p1', stance: 'objection', reason: { code: 'red-line-measure', params: { measure: 'm1' } } })
      .act({ type: 'plenary.position', by: 'DDD', proposal: 'p1', stance: 'objection' });
    expect(byCode(charterTrack(idx, d.state).conditions, 'cluster')).toMatchObject({ status: 'tabled', objecting: ['DDD'], objectingOthers: ['CCC'] });
    d.positions().decide();
    expect(byCode(charterTrack(idx, d.state).conditions, 'cluster')).toMatchObject({
      status: 'open', blocked: [{ round: 1, proposal: 'p1', blockers: ['DDD'], overOthers: ['CCC'] }], objecting: [], objectingOthers: [],
    });
  });

  it('names who objected to the cluster itself when it was packaged with a measure', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } })
      .readyAll().positions()
      .act({ type: 'plenary.link', by: 'AAA', proposal: 'p1', with: 'p2' })
      .act({ type: 'plenary.position', by: 'CCC', proposal: 'p1', stance: 'objection', reason: { code: 'transformation-pace', params: { cluster: 'charter-text', proposer: 'AAA' } } })
      .act({ type: 'plenary.position', by: 'DDD', proposal: 'p1', stance: 'objection', reason: { code: 'red-line-measure', params: { measure: 'm1' } } });
    d.positions().decide();
    expect(byCode(charterTrack(idx, d.state).conditions, 'cluster')).toMatchObject({ blocked: [{ blockers: ['CCC'], overOthers: ['DDD'] }] });
  });

  it('says the Charter is due at a summit once every cluster is agreed, and its next chance after that summit', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } })
      .readyAll().positions().decide().positions().decide();
    expect(byCode(charterTrack(idx, d.state).conditions, 'cluster')).toMatchObject({ met: true, status: 'agreed' });
    d.readyAll();
    // Round 2 is a summit: in its consultations the Charter is due at the coming plenary.
    expect(d.state.round).toBe(2);
    expect(charterTrack(idx, d.state)).toMatchObject({ nextSummit: 2, dueNow: true });
    d.readyAll();
    const charter = d.current();
    expect(d.state.proposals[charter]!.subject.kind).toBe('charter');
    // Blocked at this summit: the tracker names the blocker, and the next chance is the last summit.
    d.positions({ CCC: 'objection' }).decide();
    const after = charterTrack(idx, d.state);
    expect(after.charterBlocked).toEqual([{ round: 2, proposal: charter, blockers: ['CCC'], overOthers: [] }]);
    expect(after).toMatchObject({ adopted: false, nextSummit: 3, lastSummit: 3, dueNow: false });
  });

  it('says when the Charter had the votes but failed on its unmet preconditions', () => {
    const d = new Driver(scenario)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'proposal.table', by: 'BBB', subject: { kind: 'cluster', cluster: 'charter-text' } })
      .readyAll().positions().decide().positions().decide()
      .readyAll().readyAll();
    expect(d.state.proposals[d.current()]!.subject.kind).toBe('charter');
    // Nobody implemented anything, so the Charter fails with every member's support.
    d.positions().decide();
    expect(charterTrack(idx, d.state).charterBlocked).toEqual([{ round: 2, proposal: expect.any(String), blockers: [], overOthers: [], unmet: true }]);
  });

  it('has no next summit once the last one has passed its plenary', () => {
    const d = new Driver(scenario);
    const past = () => d.state.round === 3 && !['opening', 'consultations', 'plenary'].includes(d.state.phase);
    for (let i = 0; i < 20 && !past(); i++) {
      if (d.state.phase === 'plenary') d.positions().decide();
      else d.readyAll();
    }
    expect(past()).toBe(true);
    expect(charterTrack(idx, d.state)).toMatchObject({ nextSummit: null, lastSummit: 3 });
  });
});

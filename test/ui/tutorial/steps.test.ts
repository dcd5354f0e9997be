import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine';
import { tutorialProgress, type TutorialSnapshot } from '../../../src/ui/tutorial/steps';

const me = 'KGZ';
const snap = (o: Partial<TutorialSnapshot> & { phase?: TutorialSnapshot['game']['phase']; round?: number }): TutorialSnapshot => ({
  game: { round: o.round ?? 1, phase: o.phase ?? 'consultations' }, log: o.log ?? [], me, summaryOpen: o.summaryOpen ?? false,
});

describe('the guided first round', () => {
  it('starts at tabling and advances only when the player does the step', () => {
    expect(tutorialProgress(snap({})).current).toBe('table');
    const tabled: Action = { type: 'proposal.table', by: me, subject: { kind: 'measure', measure: 'm' } };
    expect(tutorialProgress(snap({ log: [tabled] })).current).toBe('talks');
    // Another delegation's talks do not count as the player's.
    const theirs: Action = { type: 'consult.talks', by: 'TJK', with: me };
    expect(tutorialProgress(snap({ log: [tabled, theirs] })).current).toBe('talks');
    const talks: Action = { type: 'consult.talks', by: me, with: 'TJK' };
    expect(tutorialProgress(snap({ log: [tabled, talks] })).current).toBe('offer');
  });

  it('counts a reservation with an amendment, or accepting one, as the amendment step', () => {
    const withAmendment: Action = { type: 'plenary.position', by: me, proposal: 'p1', stance: 'reservation', amendment: 'weaken' };
    expect(tutorialProgress(snap({ phase: 'plenary', log: [withAmendment] })).done.amendment).toBe(true);
    const support: Action = { type: 'plenary.position', by: me, proposal: 'p1', stance: 'support' };
    const p = tutorialProgress(snap({ phase: 'plenary', log: [support] }));
    expect(p.done.position).toBe(true);
    expect(p.done.amendment).toBe(false);
    expect(p.current).toBe('amendment');
  });

  it('passes steps the round no longer allows, and ends once the round summary is read', () => {
    expect(tutorialProgress(snap({ phase: 'implementation' })).current).toBe('implementation');
    expect(tutorialProgress(snap({ phase: 'review' })).current).toBe('review');
    expect(tutorialProgress(snap({ phase: 'consultations', round: 2, summaryOpen: true })).current).toBe('review');
    expect(tutorialProgress(snap({ phase: 'consultations', round: 2 })).current).toBeNull();
  });
});

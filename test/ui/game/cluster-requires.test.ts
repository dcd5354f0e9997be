import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { requirementMarks } from '../../../src/ui/game/cluster-requires';
import { Driver } from '../../engine/driver';
import { scenario } from '../support';

describe('the measures a cluster needs first', () => {
  it('marks as met those already adopted, in the order the scenario lists them, and the rest as not', () => {
    const d = new Driver(scenario, 1);
    expect(requirementMarks(d.state, ['m1', 'm4'])).toEqual([{ measure: 'm1', met: false }, { measure: 'm4', met: false }]);
    d.act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } }).readyAll().positions().decide();
    expect(d.state.measures.m1!.status).toBe('adopted');
    expect(requirementMarks(d.state, ['m1', 'm4'])).toEqual([{ measure: 'm1', met: true }, { measure: 'm4', met: false }]);
  });

  it('has words for met and unmet that a screen reader reads in place of the tick, in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      const t = translator(lang);
      expect(t('measure.req.ok')).not.toBe(t('measure.req.missing'));
      expect(t('cluster.requires')).not.toMatch(/[{}]/);
      expect(t('tracker.cluster.requires')).not.toMatch(/[{}]/);
    }
  });
});

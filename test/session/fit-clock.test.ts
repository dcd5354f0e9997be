import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATIONS } from '../../src/flow/session.machine';
import { fitDurations, sessionMinutes, suggestedDurations } from '../../src/session/fit-clock';
import { bundledScenarios } from '../../src/scenario/bundled';

describe('fitting the phases to the lesson', () => {
  it('fits the default 10/8/3 minutes of eight rounds into 90 minutes with ten minutes of reading', () => {
    expect(sessionMinutes(DEFAULT_DURATIONS, 8)).toBe(168);
    const r = fitDurations(DEFAULT_DURATIONS, 8, 90, 10);
    expect(r.fits).toBe(true);
    expect(r.durations).toEqual({ consultations: 300, plenary: 240, implementation: 60 });
    expect(sessionMinutes(r.durations, 8, 10)).toBeLessThanOrEqual(90);
  });

  it('says so when even a minute a phase does not fit', () => {
    expect(fitDurations(DEFAULT_DURATIONS, 8, 20, 5)).toEqual({ fits: false, durations: { consultations: 60, plenary: 60, implementation: 60 } });
  });

  it('always fits in whole minutes, at least one a phase, using most of the time', () => {
    fc.assert(fc.property(
      fc.record({ consultations: fc.integer({ min: 60, max: 3600 }), plenary: fc.integer({ min: 60, max: 3600 }), implementation: fc.integer({ min: 60, max: 3600 }) }),
      fc.integer({ min: 1, max: 12 }), fc.integer({ min: 10, max: 400 }), fc.integer({ min: 0, max: 30 }),
      (d, rounds, minutes, reading) => {
        const r = fitDurations(d, rounds, minutes, reading);
        for (const s of Object.values(r.durations)) expect(s % 60 === 0 && s >= 60).toBe(true);
        if (!r.fits) return;
        const used = sessionMinutes(r.durations, rounds, reading);
        expect(used).toBeLessThanOrEqual(minutes);
        expect(used).toBeGreaterThanOrEqual(minutes - rounds);
      },
    ));
  });

  it("starts a class's clock on each bundled scenario's suggested length, reading time included", () => {
    for (const bundled of bundledScenarios()) {
      if (!bundled.result.ok) throw new Error(`${bundled.id} does not load`);
      const scenario = bundled.result.scenario;
      const { rounds } = scenario.calendar;
      const suggested = scenario.meta.durationMinutes;
      const used = sessionMinutes(suggestedDurations(rounds, suggested, 10), rounds, 10);
      expect(used, scenario.meta.id).toBeLessThanOrEqual(suggested);
      expect(used, scenario.meta.id).toBeGreaterThanOrEqual(suggested - rounds);
    }
  });

  it('keeps the default clock when the suggested length cannot hold a minute a phase', () => {
    expect(suggestedDurations(8, 20, 10)).toEqual(DEFAULT_DURATIONS);
  });
});

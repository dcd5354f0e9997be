import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATIONS } from '../../src/flow/session.machine';
import { fitDurations, sessionMinutes } from '../../src/session/fit-clock';

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
});

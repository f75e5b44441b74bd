/**
 * FailedShare's shortcuts (every clean message failed, or none) give the same messages back,
 * cohort by cohort, as the proportional rounding they skip (the SQS poller's pass over a
 * batch before issue 17), which is written out here as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailedShare } from './failed-share';

function reference(cohorts: readonly (readonly [number, number])[], clean: number, failClean: number): number[] {
  let cleanLeft = failClean;
  let cleanSeen = 0;
  return cohorts.map(([c, p]) => {
    const cohortClean = c - p;
    cleanSeen += cohortClean;
    const share = clean > 0 ? Math.round((failClean * cleanSeen) / clean) - (failClean - cleanLeft) : 0;
    const back = Math.min(cohortClean, Math.max(0, share)) + p;
    cleanLeft -= back - p;
    return back;
  });
}

// Mixed cohorts, all-clean ones and all-poison ones (failing messages that keep coming back).
const cohort = fc.integer({ min: 1, max: 5000 }).chain((c) => fc.tuple(fc.constant(c), fc.oneof(fc.integer({ min: 0, max: c }), fc.constant(0), fc.constant(c))));

describe('FailedShare', () => {
  it('gives back what the proportional rounding gives back, whatever share of clean messages failed', () => {
    fc.assert(
      fc.property(fc.array(cohort, { maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('all', 'none', 'some'), (cohorts, part, which) => {
        const clean = cohorts.reduce((s, [c, p]) => s + c - p, 0);
        const failClean = which === 'all' ? clean : which === 'none' ? 0 : Math.floor(clean * part);
        const share = new FailedShare();
        share.start(clean, failClean);
        expect(cohorts.map(([c, p]) => share.back(c, p))).toEqual(reference(cohorts, clean, failClean));
      }),
      { numRuns: 3000 },
    );
  });

  it('spreads 16 failed clean messages of 32 over cohorts of 9, 20 and 3 clean ones as 5, 10 and 1', () => {
    // Cumulative clean 9, 29, 32: round(16 × 9 / 32 = 4.5) = 5, round(14.5) = 15 (10 more), 16 (1 more).
    const cohorts = [
      [10, 1],
      [20, 0],
      [5, 2],
    ] as const;
    const back = (failClean: number) => {
      const share = new FailedShare();
      share.start(32, failClean);
      return cohorts.map(([c, p]) => share.back(c, p));
    };
    expect(back(16)).toEqual([6, 10, 3]);
    expect(back(32)).toEqual([10, 20, 5]);
    expect(back(0)).toEqual([1, 0, 2]);
  });
});

/**
 * A stream lane's LaneCohorts must behave exactly as the CohortQueue it replaces (issue 17: the
 * simulator's results stay byte-identical for a seed). Both get the same random pushes (entry
 * times never going back, poison now and then, the same step pushed twice), takes, and
 * expiries, with a small merge threshold so that merged cohorts and their sums of entry times
 * are exercised; every observable number must match exactly (Object.is: same floating-point bits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../cohort-queue';
import { LaneCohorts } from './lane-cohorts';

const op = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), count: fc.integer({ min: 0, max: 9 }), poison: fc.integer({ min: 0, max: 3 }), advance: fc.constantFrom(0, 0.5, 1, 1, 1, 2.25, 7) }),
  fc.record({ kind: fc.constant('take' as const), n: fc.integer({ min: 1, max: 25 }), later: fc.constantFrom(0, 0.3, 1, 40) }),
  fc.record({ kind: fc.constant('expireFront' as const), back: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('cleanRun' as const), limit: fc.integer({ min: 1, max: 40 }) }),
);

function cohortsOf(q: { forEach(each: (count: number, poison: number, time: number) => void): void }): number[][] {
  const out: number[][] = [];
  q.forEach((count, poison, time) => out.push([count, poison, time]));
  return out;
}

describe('LaneCohorts', () => {
  it('matches CohortQueue exactly on any sequence of in-order pushes, takes and expiries', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), fc.constantFrom(1, 3, 8), fc.constantFrom(1, 2.5, 4), (ops, above, bucketSeconds) => {
        const merge = { above, bucketSeconds };
        const lane = new LaneCohorts(merge, 2);
        const queue = new CohortQueue(2, merge);
        let now = 0.1;
        for (const o of ops) {
          if (o.kind === 'push') {
            now += o.advance;
            const poison = Math.min(o.poison, o.count);
            lane.push(o.count, poison, now);
            queue.push(o.count, poison, now);
          } else if (o.kind === 'take') expect(lane.take(o.n, now + o.later)).toBe(queue.take(o.n, now + o.later));
          else if (o.kind === 'expireFront') expect(lane.expireFront(now - o.back)).toBe(queue.expireFront(now - o.back));
          else expect(lane.cleanRun(o.limit)).toBe(queue.cleanRun(o.limit));
          expect(lane.count).toBe(queue.count);
          expect(lane.poison).toBe(queue.poison);
          expect(lane.cohorts).toBe(queue.cohorts);
          expect(Object.is(lane.headTime(), queue.headTime())).toBe(true);
          expect(Object.is(lane.waitSum, queue.waitSum)).toBe(true);
          expect(lane.waitCount).toBe(queue.waitCount);
        }
        expect(cohortsOf(lane)).toEqual(cohortsOf(queue));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a merged cohort’s sum of entry times, so waits stay exact (hand-worked)', () => {
    // Above 1 cohort, pushes within the same 10 s bucket join the last cohort: 2 records at
    // t=10 and 2 at t=12 form one cohort entered at 10, with entry times summing to 44.
    const lane = new LaneCohorts({ above: 1, bucketSeconds: 10 });
    lane.push(1, 0, 1);
    lane.push(2, 0, 10);
    lane.push(2, 1, 12);
    expect(lane.cohorts).toBe(2);
    expect(lane.poison).toBe(1);
    // Taking all 5 at t=20: waits 19 + 2 × 10 + 2 × 8 = 55.
    expect(lane.take(5, 20)).toBe(1);
    expect(lane.waitSum).toBe(55);
    expect(lane.waitCount).toBe(5);
    expect(lane.headTime()).toBe(Infinity);
  });

  it('grows past its first rows without losing or reordering cohorts', () => {
    const lane = new LaneCohorts(undefined, 2);
    for (let t = 0; t < 7; t++) lane.push(t + 1, t === 3 ? 1 : 0, t);
    lane.take(4, 10); // the first two cohorts and one of the third
    for (let t = 7; t < 20; t++) lane.push(1, 0, t);
    expect(cohortsOf(lane).slice(0, 3)).toEqual([
      [2, 0, 2],
      [4, 1, 3],
      [5, 0, 4],
    ]);
    expect(lane.cohorts).toBe(18);
    expect(lane.cleanRun(100)).toBe(2 + 2); // 2 left of the third cohort, then 4 holding 1 poison record at index 2
  });

  it('refuses a push that goes back in time (lanes are in entry order)', () => {
    const lane = new LaneCohorts();
    lane.push(1, 0, 5);
    expect(() => lane.push(1, 0, 4)).toThrow(/entry order/);
  });
});

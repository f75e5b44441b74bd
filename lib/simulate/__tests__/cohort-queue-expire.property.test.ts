/**
 * CohortQueue.expireEnteredBy looks only at the front of the queue (issue 17): checked against
 * a plain model of the queue (an array of cohorts, expiry a filter over all of them) after any
 * mix of pushes out of time order, merging, partial takes, head drops and expiries: the same
 * cohorts in the same order, the same records, poison, removed counts, the same calls of
 * `each` (front to back, with the records ahead), and the oldest entry time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../cohort-queue';

type Row = [count: number, poison: number, time: number, tag: number];

function rows(q: CohortQueue): Row[] {
  const all: Row[] = [];
  q.forEach((c, p, t, tag) => all.push([c, p, t, tag]));
  return all;
}

/** The old, whole-queue expiry: every cohort looked at, the kept ones in order. */
function modelExpire(model: Row[], cutoff: number): { kept: Row[]; removed: number; calls: number[][] } {
  const kept: Row[] = [];
  const calls: number[][] = [];
  let removed = 0;
  let ahead = 0;
  for (const r of model) {
    if (r[2] <= cutoff) {
      removed += r[0];
      calls.push([r[0], r[1], ahead]);
    } else kept.push(r);
    ahead += r[0];
  }
  return { kept, removed, calls };
}

const op = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('push' as const), count: fc.integer({ min: 1, max: 5 }), poison: fc.integer({ min: 0, max: 1 }), time: fc.integer({ min: 0, max: 40 }), tag: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('take' as const), n: fc.integer({ min: 1, max: 9 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('expire' as const), cutoff: fc.integer({ min: 0, max: 40 }) }) },
);

describe('CohortQueue.expireEnteredBy', () => {
  it('removes exactly what a search of every cohort removes, in the same order, and keeps the rest in order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 250 }), fc.boolean(), (ops, merging) => {
        const merge = merging ? { above: 3, bucketSeconds: 4 } : undefined;
        // The reference queue never expires (its rows are checked before each expiry instead).
        const q = new CohortQueue(2, merge);
        for (const o of ops) {
          if (o.kind === 'push') q.push(o.count, Math.min(o.poison, o.count), o.time, o.tag);
          else if (o.kind === 'take') q.take(o.n, 50);
          else if (o.kind === 'drop') q.dropHead();
          else {
            const before = rows(q);
            const want = modelExpire(before, o.cutoff);
            const calls: number[][] = [];
            const removed = q.expireEnteredBy(o.cutoff, (c, p, ahead) => calls.push([c, p, ahead]));
            expect(removed).toBe(want.removed);
            expect(calls).toEqual(want.calls);
            expect(rows(q)).toEqual(want.kept);
          }
          const now = rows(q);
          expect(q.count).toBe(now.reduce((a, r) => a + r[0], 0));
          expect(q.poison).toBe(now.reduce((a, r) => a + r[1], 0));
          expect(q.cohorts).toBe(now.length);
          expect(q.oldestTime()).toBe(now.reduce((a, r) => Math.min(a, r[2]), Infinity));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merges a push after an expiry exactly as before (the last cohort is worked out again)', () => {
    const q = new CohortQueue(2, { above: 2, bucketSeconds: 10 });
    q.push(1, 0, 5);
    q.push(1, 0, 1); // out of order
    q.push(1, 0, 12);
    q.push(1, 0, 13); // merges into the cohort of 12 (same 10 s bucket, 3 cohorts held)
    expect(rows(q)).toEqual([
      [1, 0, 5, 0],
      [1, 0, 1, 0],
      [2, 0, 12, 0],
    ]);
    expect(q.expireEnteredBy(1)).toBe(1);
    expect(rows(q)).toEqual([
      [1, 0, 5, 0],
      [2, 0, 12, 0],
    ]);
    q.push(1, 0, 14); // 2 cohorts held: merging applies, same bucket as 12
    expect(rows(q)).toEqual([
      [1, 0, 5, 0],
      [3, 0, 12, 0],
    ]);
    expect(q.oldestTime()).toBe(5);
    expect(q.expireEnteredBy(12)).toBe(4);
    expect(q.cohorts).toBe(0);
  });
});

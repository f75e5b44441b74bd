/**
 * CohortQueue.oldestTime() answers without a scan (issue 17: a step's cost must not grow with
 * the distinct arrival times waiting in a backlog). Checked against a plain scan of the cohorts
 * after any mix of pushes (times out of order, as returned messages re-enter), takes, head
 * drops, expiries and clears.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../cohort-queue';

function scannedOldest(q: CohortQueue): number {
  let oldest = Infinity;
  q.forEach((_c, _p, time) => {
    if (time < oldest) oldest = time;
  });
  return oldest;
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), count: fc.integer({ min: 1, max: 5 }), time: fc.integer({ min: 0, max: 20 }), tag: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('take' as const), n: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('drop' as const) }),
  fc.record({ kind: fc.constant('expireFront' as const), cutoff: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('expireEnteredBy' as const), cutoff: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

describe('CohortQueue.oldestTime', () => {
  it('equals a scan of every cohort after any sequence of operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new CohortQueue(2);
        for (const o of ops) {
          if (o.kind === 'push') q.push(o.count, 0, o.time, o.tag);
          else if (o.kind === 'take') q.take(o.n, 30);
          else if (o.kind === 'drop') q.dropHead();
          else if (o.kind === 'expireFront') q.expireFront(o.cutoff);
          else if (o.kind === 'expireEnteredBy') q.expireEnteredBy(o.cutoff);
          else q.clear();
          expect(q.oldestTime()).toBe(scannedOldest(q));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is the oldest of out-of-order cohorts, then the next oldest once it leaves', () => {
    const q = new CohortQueue();
    q.push(2, 0, 10);
    q.push(1, 0, 4); // a returned message that entered earlier
    q.push(3, 0, 7);
    expect(q.oldestTime()).toBe(4);
    q.take(3, 20); // the cohort of time 10 and the one of time 4 leave
    expect(q.oldestTime()).toBe(7);
  });
});

describe('CohortQueue without oldest-time tracking ({ oldest: false })', () => {
  it('holds the same cohorts and waits as a tracking queue, and refuses to answer oldestTime', () => {
    const merge = { above: 2, bucketSeconds: 5 };
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const tracked = new CohortQueue(2, merge);
        const untracked = new CohortQueue(2, merge, { oldest: false });
        for (const o of ops) {
          for (const q of [tracked, untracked]) {
            if (o.kind === 'push') q.push(o.count, 0, o.time, o.tag);
            else if (o.kind === 'take') q.take(o.n, 30);
            else if (o.kind === 'drop') q.dropHead();
            else if (o.kind === 'expireFront') q.expireFront(o.cutoff);
            else if (o.kind === 'clear') q.clear();
          }
          const rows = (q: CohortQueue) => {
            const all: number[][] = [];
            q.forEach((c, p, t, tag, due) => all.push([c, p, t, tag, due]));
            return all;
          };
          expect(rows(untracked)).toEqual(rows(tracked));
          expect([untracked.count, untracked.waitSum, untracked.waitCount]).toEqual([tracked.count, tracked.waitSum, tracked.waitCount]);
        }
      }),
      { numRuns: 200 },
    );
    const q = new CohortQueue(8, undefined, { oldest: false });
    q.push(1, 0, 10);
    expect(() => q.oldestTime()).toThrow(/oldest: false/);
    expect(() => q.expireEnteredBy(20)).toThrow(/oldest: false/);
  });
});

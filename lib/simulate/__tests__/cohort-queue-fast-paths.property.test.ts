/**
 * The SQS fast paths of issue 17 against the general path they replace, on random queues:
 * - `walkAsBatch` reports the cohorts `take(m, now, batch)` would leave in the batch (joined,
 *   summed and rounded the same), with the same waits left behind in the source queues;
 * Sums that are not count × time (cohorts merged elsewhere) and adjacent pieces of equal
 * tag, due and time (where the batch joins them) are both generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CohortQueue, newPiece } from '../cohort-queue';
import { walkAsBatch } from '../mechanisms/batch-walk';

const pushOp = fc.record({
  count: fc.integer({ min: 1, max: 6 }),
  poison: fc.integer({ min: 0, max: 3 }),
  time: fc.integer({ min: 0, max: 6 }),
  tag: fc.integer({ min: 0, max: 2 }),
  due: fc.integer({ min: 0, max: 3 }),
  /** Added to count × time as the pushed sum: non-zero makes the queue keep sums. */
  extra: fc.constantFrom(0, 0, 0, 0.5, 1 / 3),
});
type PushOp = { count: number; poison: number; time: number; tag: number; due: number; extra: number };

function pushAll(q: CohortQueue, ops: readonly PushOp[]): void {
  for (const o of ops) q.push(o.count, Math.min(o.poison, o.count), o.time, o.tag, o.due, o.extra === 0 ? undefined : o.count * o.time + o.extra);
}

function rows(q: CohortQueue): number[][] {
  const all: number[][] = [];
  let i = 0;
  q.forEach((c, p, t, tag, due) => all.push([c, p, t, tag, due, q.sumAt(i++)]));
  return all;
}

const merge = { above: 4, bucketSeconds: 3 };

describe('walkAsBatch', () => {
  it('reports the cohorts take(m, now, batch) leaves in the batch, and the same waits', () => {
    fc.assert(
      fc.property(
        fc.array(pushOp, { maxLength: 6 }),
        fc.array(pushOp, { maxLength: 6 }),
        fc.array(pushOp, { maxLength: 3 }),
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        (againOps, freshOps, earlierBatch, mSeed, takeFirst) => {
          // Two sources taken in turn, as an SQS queue's `again` then `fresh`: a piece of one can
          // join the other's last piece in the batch. A first take leaves a cut cohort at the front.
          const make = () => {
            const again = new CohortQueue(2, merge);
            const fresh = new CohortQueue(2, merge);
            pushAll(again, againOps);
            pushAll(fresh, freshOps);
            again.take(Math.min(takeFirst, again.count - 1), 7);
            const batch = new CohortQueue(2, { above: 12, bucketSeconds: 3 }, { oldest: false });
            pushAll(batch, earlierBatch); // a batch that may already keep sums
            batch.clear();
            return { again, fresh, batch };
          };
          const ref = make();
          const fast = make();
          const total = ref.again.count + ref.fresh.count;
          fc.pre(total > 0 && ref.again.cohorts + ref.fresh.cohorts <= 12);
          const m = 1 + (mSeed % total);
          const fromAgain = Math.min(m, ref.again.count);
          ref.again.take(fromAgain, 9, ref.batch);
          ref.fresh.take(m - fromAgain, 9, ref.batch);
          const source = { takePiece: (left: number, now: number, piece: ReturnType<typeof newPiece>) => (fast.again.count > 0 ? fast.again : fast.fresh).takePiece(left, now, piece) };
          const seen: number[][] = [];
          walkAsBatch(source, fast.batch, m, 9, newPiece(), (c, p, t, tag, sum) => seen.push([c, p, t, tag, sum]));
          expect(seen).toEqual(rows(ref.batch).map(([c, p, t, tag, , sum]) => [c, p, t, tag, sum]));
          expect(fast.batch.keepsSums).toBe(ref.batch.keepsSums);
          for (const k of ['again', 'fresh'] as const) {
            expect(rows(fast[k])).toEqual(rows(ref[k]));
            expect([fast[k].count, fast[k].poison, fast[k].waitSum, fast[k].waitCount]).toEqual([ref[k].count, ref[k].poison, ref[k].waitSum, ref[k].waitCount]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

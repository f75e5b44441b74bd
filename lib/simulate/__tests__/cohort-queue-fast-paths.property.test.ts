/**
 * The SQS fast paths of issue 17 (MessageCohorts) against the general path they replace, on random queues:
 * - `walkAsBatch` (`takeJoined`) reports the cohorts `take(m, now, batch)` would leave in the batch (joined,
 *   summed and rounded the same), with the same waits left behind in the source queues;
 * - `moveDueInto` leaves both queues as pushing each due cohort and dropping it would.
 * Sums that are not count × time (cohorts merged elsewhere) and adjacent pieces of equal
 * tag, due and time (where the batch joins them) are both generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../cohort-queue';
import { MessageCohorts } from '../mechanisms/message-cohorts';
import { BatchJoin, walkAsBatch } from '../mechanisms/batch-walk';

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
            const again = new MessageCohorts(2, merge);
            const fresh = new MessageCohorts(2, merge);
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
          const source = {
            takeJoined: (n: number, now: number, join: BatchJoin) => {
              const first = Math.min(n, fast.again.count);
              fast.again.takeJoined(first, now, join);
              fast.fresh.takeJoined(n - first, now, join);
            },
          };
          const seen: number[][] = [];
          walkAsBatch(source, fast.batch, m, 9, new BatchJoin((c, p, t, tag, sum) => seen.push([c, p, t, tag, sum])));
          expect(seen).toEqual(rows(ref.batch).map(([c, p, t, tag, , sum]) => [c, p, t, tag, sum]));
          expect(fast.batch.keepsSums).toBe(ref.batch.keepsSums);
          for (const k of ['again', 'fresh'] as const) {
            expect(rows(fast[k])).toEqual(rows(ref[k]));
            expect([fast[k].count, fast[k].poison, fast[k].waitSum, fast[k].waitCount, fast[k].oldestTime()]).toEqual([ref[k].count, ref[k].poison, ref[k].waitSum, ref[k].waitCount, ref[k].oldestTime()]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('MessageCohorts.moveDueInto', () => {
  /** The general path it replaces (MessageQueue.step without a dead-letter queue). */
  function moveOneByOne(from: CohortQueue, to: CohortQueue, now: number): void {
    while (from.cohorts > 0 && from.headDue() <= now) {
      const [c, p, t, tag, sum] = [from.headCount(), from.headPoison(), from.headTime(), from.headTag(), from.headSum()];
      from.dropHead();
      to.push(c, p, t, tag, 0, sum);
    }
  }

  const step = fc.record({
    hiddenPushes: fc.array(pushOp, { maxLength: 5 }),
    againPushes: fc.array(pushOp, { maxLength: 1 }),
    now: fc.integer({ min: 0, max: 4 }),
    take: fc.integer({ min: 0, max: 12 }),
  });

  it('leaves both queues as pushing each due cohort and dropping it would', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const make = () => ({ hidden: new MessageCohorts(2, merge), again: new MessageCohorts(2, merge) });
        const ref = make();
        const fast = make();
        for (const s of steps) {
          for (const q of [ref, fast]) {
            pushAll(q.hidden, s.hiddenPushes);
            pushAll(q.again, s.againPushes);
          }
          moveOneByOne(ref.hidden, ref.again, s.now);
          if (!fast.hidden.moveDueInto(fast.again, s.now)) moveOneByOne(fast.hidden, fast.again, s.now);
          for (const k of ['hidden', 'again'] as const) {
            expect(rows(fast[k])).toEqual(rows(ref[k]));
            expect([fast[k].count, fast[k].poison, fast[k].oldestTime(), fast[k].keepsSums]).toEqual([ref[k].count, ref[k].poison, ref[k].oldestTime(), ref[k].keepsSums]);
          }
          // What comes next sees the same queue: more pushes (merging or not), expiry, takes, waits.
          const expired: number[] = [];
          for (const q of [ref, fast]) {
            pushAll(q.again, s.hiddenPushes.slice(0, 2));
            if (s.take % 3 === 0) expired.push(q.again.expireEnteredBy(s.now + 1));
            q.again.take(s.take, 10);
          }
          if (expired.length > 0) expect(expired[1]).toBe(expired[0]);
          expect(rows(fast.again)).toEqual(rows(ref.again));
          expect([fast.again.waitSum, fast.again.waitCount, fast.again.oldestTime()]).toEqual([ref.again.waitSum, ref.again.waitCount, ref.again.oldestTime()]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('moves nothing into a queue that is not empty or would merge them', () => {
    const hidden = new MessageCohorts(2, merge);
    const again = new MessageCohorts(2, merge);
    hidden.push(3, 0, 5, 1, 2);
    hidden.push(2, 0, 5, 1, 3); // same tag and time, other due: joins the first once due is 0
    expect(hidden.moveDueInto(again, 3)).toBe(false);
    expect([hidden.count, again.count]).toEqual([5, 0]);
    hidden.dropHead();
    again.push(1, 0, 1);
    expect(hidden.moveDueInto(again, 3)).toBe(false); // `again` is not empty
    again.dropHead();
    expect(hidden.moveDueInto(again, 3)).toBe(true);
    expect(rows(again)).toEqual([[2, 0, 5, 1, 0, 10]]);
  });
});

describe('CohortQueue oldest-time list over long queues', () => {
  function scanned(q: CohortQueue): number {
    let oldest = Infinity;
    q.forEach((_c, _p, time) => (oldest = Math.min(oldest, time)));
    return oldest;
  }

  it('answers oldestTime as a scan while a list of hundreds of entries is used up from the front and moved out', () => {
    // One old-looking late cohort first, then mostly rising times: every later cohort is then
    // on the list, which is used up from the front (and compacted) as cohorts leave.
    fc.assert(
      fc.property(
        fc.array(fc.record({ rise: fc.integer({ min: -2, max: 5 }), take: fc.integer({ min: 0, max: 9 }), due: fc.integer({ min: 0, max: 400 }), move: fc.boolean() }), { minLength: 150, maxLength: 400 }),
        (ops) => {
          const q = new MessageCohorts(2, merge);
          q.push(1, 0, 1e6, 1, 0);
          let time = 0;
          let now = 0;
          // Pushes fill the queue (and the list) first; takes and moves empty it.
          for (const [i, o] of ops.entries()) {
            time += o.rise;
            now++;
            if (i < ops.length / 2) q.push(1, 0, time, now % 3, o.due);
            else if (o.move) q.moveDueInto(new MessageCohorts(2, merge), o.due);
            else q.take(o.take, 2e6);
            expect(q.oldestTime()).toBe(scanned(q));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

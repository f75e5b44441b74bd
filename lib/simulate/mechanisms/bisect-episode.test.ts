/**
 * Bisect on error worked out at once (issue 17) against the hand and against invoking the
 * pieces one by one. Lambda splits a failed batch in two and retries each half; a single
 * record that keeps failing is retried maximumRetryAttempts times, then discarded
 * (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poisonInFront } from '../cohort-queue';
import { BisectEpisodes } from './bisect-episode';

const duration = (n: number) => 0.1 + 0.01 * n;

/** Invoke piece by piece, front half first, as the stream poller does without episodes. */
function oneByOne(count: number, poison: number, maxRetryAttempts: number) {
  const out = { invocations: 0, errors: 0, busy: 0, clock: 0, succeeded: 0, discarded: 0, lastFailure: -Infinity };
  const stack = [{ count, poison }];
  while (stack.length > 0) {
    const piece = stack.pop()!;
    const d = duration(piece.count);
    if (piece.poison === 0) {
      out.invocations++;
      out.busy += d;
      out.clock += d;
      out.succeeded += piece.count;
    } else if (piece.count === 1) {
      for (let attempt = 0; attempt <= maxRetryAttempts; attempt++) {
        out.invocations++;
        out.errors++;
        out.busy += d;
        out.lastFailure = out.clock + d;
        out.clock += Math.max(d, 1); // retried at the next poll, a second after the attempt began
      }
      out.discarded++;
    } else {
      out.invocations++;
      out.errors++;
      out.busy += d;
      out.clock += d;
      out.lastFailure = out.clock;
      const front = Math.ceil(piece.count / 2);
      const frontPoison = poisonInFront(piece.count, piece.poison, front);
      stack.push({ count: piece.count - front, poison: piece.poison - frontPoison }, { count: front, poison: frontPoison });
    }
  }
  return out;
}

describe('BisectEpisodes', () => {
  it('a batch of 8 with one poison record, 2 retries: worked by hand', () => {
    // The poison record sits at index floor(8/2) = 4. After the failed batch of 8:
    // 0-3 succeed (0.14 s), 4-7 fail (0.14 s), 4-5 succeed (0.12 s), 6-7 fail (0.12 s),
    // 6 succeeds (0.11 s), 7 fails 3 times (0.11 s each, a second apart) and is discarded.
    // Invocations 8, errors 5, 7 records done, 1 discarded; busy 0.63 + 0.33 = 0.96 s;
    // the lane is free 0.63 + 3 s = 3.63 s later; the last failure ends at 0.63 + 2 + 0.11 = 2.74 s.
    const e = new BisectEpisodes({ duration, maxRetryAttempts: 2, retryAfterSeconds: 1 }).afterFailure(8, 1);
    expect(e.invocations).toBe(8);
    expect(e.errors).toBe(5);
    expect(e.successes).toBe(3);
    expect(e.succeeded).toBe(7);
    expect(e.discarded).toBe(1);
    expect(e.busy).toBeCloseTo(0.96, 9);
    expect(e.wall).toBeCloseTo(3.63, 9);
    expect(e.lastFailure).toBeCloseTo(2.74, 9);
  });

  it('is what invoking the pieces one by one gives, for any batch and poison count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 600 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 4 }), (count, p, retries) => {
        const poison = Math.min(p, count);
        const episodes = new BisectEpisodes({ duration, maxRetryAttempts: retries, retryAfterSeconds: 1 });
        const e = episodes.afterFailure(count, poison);
        const front = Math.ceil(count / 2);
        const fp = poisonInFront(count, poison, front);
        const a = oneByOne(front, fp, retries);
        const b = oneByOne(count - front, poison - fp, retries);
        expect(e.invocations).toBe(a.invocations + b.invocations);
        expect(e.errors).toBe(a.errors + b.errors);
        expect(e.succeeded + e.discarded).toBe(count);
        expect(e.succeeded).toBe(a.succeeded + b.succeeded);
        expect(e.discarded).toBe(poison);
        expect(e.busy).toBeCloseTo(a.busy + b.busy, 6);
        expect(e.wall).toBeCloseTo(a.clock + b.clock, 6);
        expect(e.lastFailure).toBeCloseTo(Math.max(a.lastFailure, a.clock + b.lastFailure), 6);
      }),
      { numRuns: 200 },
    );
  });
});

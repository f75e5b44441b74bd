import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ln } from '../deterministic-math';
import { createRng, gapReaches } from '../random';

/**
 * The binomial's geometric branch (mean below 12, n above 24) skips the logarithm of the draw
 * that ends its loop when ln(1 - v) <= -v already says the gap reaches past n (issue 17). It must
 * give the same counts from the same draws as jumping gap by gap with successesBeforeFailure,
 * which is what it did before: a twin stream (same seed and name) is the reference.
 */
function reference(rng: ReturnType<typeof createRng>, n: number, p: number): number {
  let k = 0;
  let position = rng.successesBeforeFailure(p);
  while (position < n) {
    k++;
    position += 1 + rng.successesBeforeFailure(p);
  }
  return k;
}

describe('binomial without the last logarithm', () => {
  it('draws the same counts and leaves the stream where the gap-by-gap loop does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 25, max: 200_000 }),
        fc.double({ min: 1e-9, max: 0.3, noNaN: true }),
        (seed, n, p) => {
          fc.pre(n * p < 12);
          const fast = createRng(seed, 'twin');
          const slow = createRng(seed, 'twin');
          for (let i = 0; i < 20; i++) {
            expect(fast.binomial(n, p)).toBe(reference(slow, n, p));
            // Same number of draws: the next uniform is the same one.
            expect(fast.next()).toBe(slow.next());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says "reaches" only when the logarithm agrees, right up to the boundary', () => {
    // Around the boundary v = -perTrial (left + 1) for the heavy pipeline's probabilities
    // (1e-4 poison, 0.1 % errors) and the counts it sees: the shortcut may decline, never lie.
    for (const p of [1e-4, 1e-3, 0.01, 0.2]) {
      const perTrial = ln(1 - p);
      for (const left of [0, 1, 9, 80, 500, 2_500, 6_000, 119_999]) {
        const edge = -perTrial * (left + 1);
        for (const v of [edge * 0.999, edge, edge * 1.000001, edge * 1.01, Math.min(0.999, edge * 1.5)]) {
          if (v >= 1) continue;
          const gap = Math.floor(ln(1 - v) / perTrial);
          if (gapReaches(v, perTrial, left)) expect(gap).toBeGreaterThanOrEqual(left);
        }
        // Clearly beyond the edge the shortcut does take over (else it would save nothing).
        if (edge * 1.01 < 1) expect(gapReaches(edge * 1.01, perTrial, left)).toBe(true);
      }
    }
  });
});

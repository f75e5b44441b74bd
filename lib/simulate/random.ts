import { ln } from './deterministic-math';

/**
 * A seeded pseudo-random source (sfc32, seeded through splitmix32). Each node gets its own
 * stream, named by the node id, so adding a node does not change another node's draws.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** How many of n independent trials with probability p succeed. */
  binomial(n: number, p: number): number;
  /** How many successes come before the first failure, each trial failing with probability p. */
  successesBeforeFailure(p: number): number;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Whether the gap drawn from v, floor(ln(1 - v) / perTrial), is certainly at least `left`,
 * without the logarithm. ln(1 - v) <= -v, so the gap's quotient is at least v / -perTrial;
 * asking for `left + 1` keeps a whole trial of margin, far more than the few units in the last
 * place by which the computed logarithm and quotient can differ from the true ones (below
 * 2^40 trials). False means "work it out": the caller then takes the logarithm as before, so
 * the binomial's result and its draws are the same bit for bit.
 */
export function gapReaches(v: number, perTrial: number, left: number): boolean {
  return left < 2 ** 40 && v >= -perTrial * (left + 1);
}

export function createRng(seed: number, stream: string): Rng {
  const init = splitmix32((Math.floor(seed) ^ hashString(stream)) >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    // sfc32
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  // Callers ask with the same probability again and again: keep its logarithm.
  let lastP = NaN;
  let lastLn = 0;
  /** ln(1 - p), the log of one trial's chance to succeed, for 0 < p < 1. */
  const lnNotP = (p: number): number => {
    if (p !== lastP) {
      lastP = p;
      lastLn = ln(1 - p);
    }
    return lastLn;
  };
  const successesBeforeFailure = (p: number): number => {
    if (p <= 0) return Infinity;
    if (p >= 1) return 0;
    // A probability too small to change 1 - p in floating point never happens in practice.
    const perTrial = lnNotP(p);
    if (perTrial === 0) return Infinity;
    const u = 1 - next(); // (0, 1]
    return Math.floor(ln(u) / perTrial);
  };

  const binomial = (n: number, p: number): number => {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - binomial(n, 1 - p);
    if (n <= 24) {
      let k = 0;
      for (let i = 0; i < n; i++) if (next() < p) k++;
      return k;
    }
    const mean = n * p;
    if (mean < 12) {
      // Jump from success to success: the gaps are geometric (successesBeforeFailure), so the
      // loop runs about n*p times. The same draws and logarithms as calling successesBeforeFailure,
      // except that the draw which ends the loop usually needs no logarithm: only whether its gap
      // reaches past n matters, and ln(1 - v) <= -v tells so for most v (see gapReaches).
      const perTrial = lnNotP(p);
      if (perTrial === 0) return 0;
      let k = 0;
      let position = -1; // the trial of the last success so far (none yet)
      for (;;) {
        const v = next();
        if (gapReaches(v, perTrial, n - position - 1)) return k;
        position += 1 + Math.floor(ln(1 - v) / perTrial);
        if (position >= n) return k;
        k++;
      }
    }
    // Normal approximation; the sum of 12 uniforms minus 6 is close to a standard normal.
    let z = -6;
    for (let i = 0; i < 12; i++) z += next();
    const k = Math.round(mean + Math.sqrt(mean * (1 - p)) * z);
    return k < 0 ? 0 : k > n ? n : k;
  };

  return { next, binomial, successesBeforeFailure };
}

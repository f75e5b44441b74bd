/** How big a graph the /bench pages draw: `?nodes=500&seed=1`, clamped to what a browser can hold. */
export const DEFAULT_BENCH_NODES = 500;
export const MAX_BENCH_NODES = 5000;

export interface BenchSize {
  nodes: number;
  seed: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

function firstInt(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const n = text === undefined ? NaN : Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function benchSizeFrom(params: SearchParams): BenchSize {
  const nodes = Math.min(MAX_BENCH_NODES, Math.max(1, firstInt(params.nodes) ?? DEFAULT_BENCH_NODES));
  return { nodes, seed: firstInt(params.seed) ?? 1 };
}

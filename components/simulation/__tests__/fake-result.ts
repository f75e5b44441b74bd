import type { SimulationResult } from '../simulation-types';

type NodeSeries = NonNullable<SimulationResult['series']>['nodes'][string];

/** A small run for tests: `samples` samples `step` seconds apart, with the given series per node and edge. */
export function fakeResult(options: {
  samples: number;
  step?: number;
  nodes: Record<string, Partial<NodeSeries>>;
  edges?: Record<string, number[]>;
  bottleneck?: string;
}): SimulationResult {
  const step = options.step ?? 1;
  const time = Array.from({ length: options.samples }, (_, i) => i * step);
  const zeros = () => new Array<number>(options.samples).fill(0);
  const nodes = Object.fromEntries(
    Object.entries(options.nodes).map(([id, s]) => [
      id,
      {
        received: s.received ?? zeros(),
        processed: s.processed ?? zeros(),
        backlog: s.backlog ?? zeros(),
        throttled: s.throttled ?? zeros(),
        expired: s.expired ?? zeros(),
        failed: s.failed ?? zeros(),
        errors: s.errors ?? zeros(),
        copies: s.copies ?? zeros(),
        concurrency: s.concurrency ?? zeros(),
        ageSeconds: s.ageSeconds ?? zeros(),
      },
    ]),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    seconds: options.samples * step,
    stepSeconds: step,
    seed: 1,
    totals: { produced: 0, copies: 0, delivered: 0, inFlight: 0, dropped: 0 },
    nodes: Object.fromEntries(
      Object.entries(nodes).map(([id, s]) => [
        id,
        {
          received: sum(s.received),
          processed: sum(s.processed),
          copies: sum(s.copies),
          backlog: s.backlog[s.backlog.length - 1] ?? 0,
          throttled: sum(s.throttled),
          throttles: 0,
          expired: sum(s.expired),
          failed: sum(s.failed),
          errors: sum(s.errors),
          retries: 0,
          invocations: 0,
          computeSeconds: 0,
          maxAgeSeconds: Math.max(0, ...s.ageSeconds),
          peakConcurrency: Math.max(0, ...s.concurrency),
        },
      ]),
    ),
    series: { time, nodes, edges: Object.fromEntries(Object.entries(options.edges ?? {}).map(([id, records]) => [id, { records }])) },
    summary: { bottleneck: options.bottleneck ? { nodeId: options.bottleneck, reason: 'too slow' } : undefined, recommendations: [] },
  };
}

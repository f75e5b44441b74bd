import { describe, expect, it } from 'vitest';
import { prepareLiveFigures, sampleSeconds } from '../live-figures';
import { fakeResult } from './fake-result';

const result = fakeResult({
  samples: 3,
  step: 2,
  nodes: {
    queue: { received: [200, 200, 200], processed: [200, 100, 0], backlog: [0, 100, 12_400], ageSeconds: [0, 2, 95] },
    fn: { received: [200, 100, 0], processed: [200, 100, 0], concurrency: [5, 3, 0], throttled: [0, 40, 0], errors: [0, 0, 6], failed: [0, 0, 10] },
  },
  edges: { 'queue-fn': [200, 100, 0] },
  bottleneck: 'fn',
});

describe('prepareLiveFigures', () => {
  const figures = prepareLiveFigures(result);

  it('shows flow, backlog and the oldest record age per node', () => {
    expect(figures.samples).toBe(3);
    // Backlog and age on lines of their own, so a 200 px node never cuts "oldest 1 min 35 s" short;
    // a node whose records ever wait keeps the age line all run long (0 s when nothing waits).
    expect(figures.at(2).get('queue')?.lines).toEqual(['in 100/s, out 0/s', 'backlog 12.4k', 'oldest 1 min 35 s']);
    expect(figures.at(0).get('queue')?.lines).toEqual(['in 100/s, out 100/s', 'backlog 0', 'oldest 0 s']);
  });

  it('shows concurrency, throttles, errors and losses for the nodes that ever have some, the same lines all run long', () => {
    expect(figures.at(0).get('fn')?.lines).toEqual(['in 100/s, out 100/s', 'backlog 0', 'concurrency 5', 'throttled 0/s', 'errors 0/s', 'lost 0/s']);
    expect(figures.at(1).get('fn')?.lines).toEqual(['in 50/s, out 50/s', 'backlog 0', 'concurrency 3', 'throttled 20/s', 'errors 0/s', 'lost 0/s']);
    expect(figures.at(2).get('fn')?.lines).toEqual(['in 0/s, out 0/s', 'backlog 0', 'concurrency 0', 'throttled 0/s', 'errors 3/s', 'lost 5/s']);
    expect(figures.at(2).get('queue')?.lines).toHaveLength(3);
  });

  it("shows a fan-out node's copies apart from what it hands on: an SNS topic with two subscriptions", () => {
    // 20 messages in a 2 s sample, each to two queues: out 10/s and 10 copies/s (20 handed on a second).
    const sns = fakeResult({ samples: 2, step: 2, nodes: { topic: { received: [20, 0], processed: [20, 0], copies: [20, 0] }, q: {} } });
    const f = prepareLiveFigures(sns);
    expect(f.at(0).get('topic')?.lines).toEqual(['in 10/s, out 10/s', 'backlog 0', 'copies 10/s']);
    expect(f.at(1).get('topic')?.lines).toEqual(['in 0/s, out 0/s', 'backlog 0', 'copies 0/s']);
    // A node that never copies has no such line.
    expect(f.at(0).get('q')?.lines).toEqual(['in 0/s, out 0/s', 'backlog 0']);
  });

  it('marks the bottleneck', () => {
    expect(figures.at(0).get('fn')?.bottleneck).toBe(true);
    expect(figures.at(0).get('queue')?.bottleneck).toBe(false);
  });

  it('sizes edges by their share of the busiest edge over the whole run', () => {
    expect(figures.at(0).get('queue-fn')).toEqual({ lines: ['100/s'], load: 1 });
    expect(figures.at(1).get('queue-fn')?.load).toBe(0.5);
    expect(figures.at(2).get('queue-fn')?.load).toBe(0);
  });

  it('clamps indexes outside the run', () => {
    expect(figures.at(99).get('queue')?.lines[1]).toContain('12.4k');
    expect(figures.at(-3).get('queue')?.lines[1]).toBe('backlog 0');
  });

  it('shows nothing for a run without series', () => {
    const bare = { ...result, series: undefined };
    expect(prepareLiveFigures(bare).at(0).size).toBe(0);
  });
});

describe('sampleSeconds', () => {
  it('reads the spacing of samples, falling back to the step', () => {
    expect(sampleSeconds([0, 5, 10], 0, 1)).toBe(5);
    expect(sampleSeconds([0, 5, 15], 2, 1)).toBe(10);
    expect(sampleSeconds([0], 0, 2)).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { cumulative, nodeCharts, summarise, totalsChart, zeroBasedRange } from '../chart-data';
import { simulate } from '@/lib/simulate';
import { fakeResult } from './fake-result';

const result = fakeResult({
  samples: 3,
  step: 2,
  nodes: {
    queue: { received: [200, 200, 200], processed: [200, 100, 0], backlog: [0, 100, 300], ageSeconds: [0, 2, 4], expired: [0, 0, 5] },
    fn: { received: [200, 100, 0], processed: [200, 100, 0], concurrency: [5, 3, 0], throttled: [0, 40, 0] },
  },
});

describe('nodeCharts', () => {
  it('charts throughput per second, backlog with age, and concurrency with errors and throttles', () => {
    const charts = nodeCharts(result, 'fn', 'Worker');
    expect(charts.map((c) => c.title)).toEqual(['Throughput', 'Backlog and oldest record age', 'Concurrency, errors and throttles']);
    expect(charts[0].lines.map((l) => [l.label, l.values])).toEqual([
      ['in', [100, 50, 0]],
      ['out', [100, 50, 0]],
    ]);
    expect(charts[2].lines.find((l) => l.label === 'throttled')?.values).toEqual([0, 20, 0]);
  });

  it('names each chart by what it shows and its peaks', () => {
    const [throughput, backlog, pressure] = nodeCharts(result, 'queue', 'Jobs');
    expect(throughput.summary).toBe('Throughput of Jobs over 6 s: in peaks at 100/s, out peaks at 100/s.');
    expect(backlog.summary).toBe('Backlog and oldest record age of Jobs over 6 s: backlog peaks at 300, oldest record age peaks at 4 s.');
    expect(pressure.summary).toContain('concurrency stays at 0');
  });

  it('has no charts for a node the run does not know', () => {
    expect(nodeCharts(result, 'ghost', 'Ghost')).toEqual([]);
  });
});

describe('totalsChart', () => {
  it('draws fan-out copies as a line of their own when the run made any', () => {
    const pipeline = new PipelineBuilder('t').node('topic', 'sns-topic').node('a', 'sqs-queue').node('b', 'sqs-queue').edge('topic', 'a').edge('topic', 'b').build();
    const fanned = fakeResult({ samples: 2, step: 1, nodes: { topic: {}, a: {}, b: {} } });
    fanned.series!.totals = { produced: [10, 20], copies: [10, 20], delivered: [0, 0], dropped: [0, 0], inFlight: [20, 40] };
    expect(totalsChart(fanned, pipeline)?.lines.map((l) => [l.label, l.values])).toEqual([
      ['produced', [10, 20]],
      ['copies by fan-out', [10, 20]],
      ['delivered', [0, 0]],
      ['dropped', [0, 0]],
    ]);
  });

  it("draws the engine's own totals, exactly, when the result has them", () => {
    const pipeline = new PipelineBuilder('t').node('queue', 'sqs-queue').node('fn', 'lambda-function').edge('queue', 'fn').build();
    const withTotals = fakeResult({ samples: 3, step: 2, nodes: { queue: {}, fn: {} } });
    withTotals.series!.totals = { produced: [100, 250, 600], copies: [0, 0, 0], delivered: [90, 200, 480], dropped: [0, 7, 7], inFlight: [10, 43, 113] };
    const chart = totalsChart(withTotals, pipeline);
    expect(chart?.lines.map((l) => [l.label, l.values])).toEqual([
      ['produced', [100, 250, 600]],
      ['delivered', [90, 200, 480]],
      ['dropped', [0, 7, 7]],
    ]);
    expect(chart?.summary).toBe('Records over the run, cumulative over 6 s: produced 600, delivered 480, dropped 7.');
  });

  it('without them (older results), counts produced at entry nodes, delivered at exit nodes and dropped anywhere, cumulatively', () => {
    const pipeline = new PipelineBuilder('t').node('queue', 'sqs-queue').node('fn', 'lambda-function').edge('queue', 'fn').build();
    const chart = totalsChart(result, pipeline);
    expect(chart?.lines.map((l) => [l.label, l.values])).toEqual([
      ['produced', [200, 400, 600]],
      ['delivered', [200, 300, 300]],
      ['dropped', [0, 40, 45]],
    ]);
    expect(chart?.summary).toBe('Records over the run, cumulative over 6 s: produced 600, delivered 300, dropped 45.');
  });

  it('without them, does not count as dropped what a dead-letter connection rescued', () => {
    const withDlq = fakeResult({
      samples: 2,
      nodes: { queue: { received: [10, 10], failed: [0, 4] }, fn: {}, dlq: { received: [0, 4], backlog: [0, 4] } },
      edges: { 'queue-dlq': [0, 4] },
    });
    const pipeline = new PipelineBuilder('t')
      .node('queue', 'sqs-queue')
      .node('fn', 'lambda-function')
      .node('dlq', 'sqs-queue')
      .edge('queue', 'fn')
      .edge('queue', 'dlq')
      .build();
    expect(totalsChart(withDlq, pipeline)?.lines[2].values).toEqual([0, 0]);
  });
});

describe('helpers', () => {
  it('sums cumulatively', () => {
    expect(cumulative([1, 2, 3])).toEqual([1, 3, 6]);
  });

  it('summarises rates, counts and durations in their units', () => {
    const text = summarise('X', 3600, [{ label: 'age', values: [0, 125], colorVar: '--a', unit: 'seconds' }]);
    expect(text).toBe('X over 1 h: age peaks at 2 min 5 s.');
  });
});

describe('totalsChart on a real run', () => {
  it("ends at the run's totals", () => {
    const pipeline = new PipelineBuilder('t')
      .node('queue', 'sqs-queue', { traffic: { recordsPerSecond: 50, poisonRecordRate: 0.01 } })
      .node('fn', 'lambda-function', { durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 10 })
      .node('dlq', 'sqs-queue')
      .edge('queue', 'fn', { batchSize: 10, maxConcurrency: 2 })
      .edge('queue', 'dlq')
      .build();
    const result = simulate(pipeline, { seconds: 600, stepSeconds: 1, seed: 1, series: true });
    const ends = totalsChart(result, pipeline)?.lines.map((l) => [l.label, l.values.at(-1)]);
    expect(ends).toEqual([
      ['produced', result.totals.produced],
      ['delivered', result.totals.delivered],
      ['dropped', result.totals.dropped],
    ]);
  });
});

describe('zeroBasedRange', () => {
  it('starts every value axis at zero, with 5 % headroom', () => {
    // A rate between 1,750/s and 2,000/s: the axis runs 0 .. 2,100, not 1,750 .. 2,000.
    expect(zeroBasedRange(1750, 2000)).toEqual([0, 2100]);
  });
  it('gives an all-zero series a visible axis', () => {
    expect(zeroBasedRange(0, 0)).toEqual([0, 1]);
    expect(zeroBasedRange(null, null)).toEqual([0, 1]);
  });
});

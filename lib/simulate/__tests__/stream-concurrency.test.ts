import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { runCli } from '../../cli/__tests__/fake-io';
import { run } from './run';

/**
 * Concurrency of a stream mapping is busy time over the step (Little's law), not one
 * execution environment per lane: an idle lane polls its shard (about once a second) without
 * invoking. https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html ("concurrency =
 * average requests per second × average request duration") and
 * https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html (polling and batching).
 */
describe('stream mapping concurrency (Little\'s law)', () => {
  it('100 shards × parallelization 10 at 10,000 records/s of 60 ms batches: about 60, and the unrelated function is not throttled', async () => {
    // By hand: 10,000 records/s over 1,000 lanes = 10 records per lane per 1 s step, one batch
    // each (batch size 100, no window) = 1,000 batches/s × 0.06 s = 60 concurrent executions.
    // The unrelated Orders function: 50 requests/s × 0.1 s = 5. Before the fix: 1,000 and
    // Orders throttled 100 % (180,000 of 180,000).
    const r = await runCli(['simulate', 'bench/fixtures/wide-stream.sluice.json', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = 60;
    expect(Math.abs(out.nodes.enrich.peakConcurrency - expected) / expected).toBeLessThanOrEqual(0.2);
    expect(out.nodes.orders.throttled).toBe(0);
    expect(out.nodes.orders.processed).toBe(180_000);
    expect(out.nodes.orders.peakConcurrency).toBe(5);
  });

  it('a reserved concurrency below the busy time holds lanes back: the backlog grows by what it cannot do', () => {
    // 10 shards × parallelization 10 = 100 lanes, 10 records per lane per second, 100 ms a
    // batch whatever its size: demand 100 batches/s × 0.1 s = 10 environments. Reserved 5: half
    // the batches run each second, 500 records/s; the other 500 records/s wait.
    const p = new PipelineBuilder('tight')
      .node('clicks', 'kinesis-stream', { shardCount: 10, traffic: { recordsPerSecond: 1000, avgRecordBytes: 500 } })
      .node('enrich', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0, reservedConcurrency: 5 })
      .edge('clicks', 'enrich', { parallelizationFactor: 10 })
      .build();
    const r = run(p, 60);
    expect(r.nodes.enrich.peakConcurrency).toBe(5);
    // The first second: 50 batches of 10 run (5 s of busy time), the other 50 lanes wait.
    expect(r.series!.nodes.clicks.processed[0]).toBe(500);
    expect(r.summary.recommendations.find((x) => x.nodeId === 'enrich')?.relatedRule).toBe('lambda-concurrency-limit');
    // Lanes that waited take more records into their next batch, so they catch up in part.
    expect(r.nodes.clicks.backlog).toBeGreaterThan(0);
    const free = run(new PipelineBuilder('free').node('clicks', 'kinesis-stream', { shardCount: 10, traffic: { recordsPerSecond: 1000, avgRecordBytes: 500 } }).node('enrich', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0 }).edge('clicks', 'enrich', { parallelizationFactor: 10 }).build(), 60);
    expect(free.nodes.enrich.peakConcurrency).toBe(10);
    expect(free.nodes.clicks.backlog).toBe(0);
  });

  it('lanes share a tight limit round-robin: no lane waits minutes while the others run every second', () => {
    // The wide stream with enrich reserved at 50: 50 environments / 0.06 s = 833 invocations/s
    // for 1,000 lanes gathering 10 records/s each. Round-robin, a lane runs about every
    // 1,000 / 833 = 1.2 s with about 12 records: 833 × 12 = 10,000 records/s keeps up, the
    // backlog stays near one second of traffic and the oldest record waits a second or two.
    // Before: the lane that asks first moved by one lane a step, so the lanes at the end of the
    // rotation waited ~170 steps: a backlog of 175,496 records and records 185 s old.
    const p = new PipelineBuilder('wide-50')
      .node('clicks', 'kinesis-stream', { shardCount: 100, traffic: { recordsPerSecond: 10_000, avgRecordBytes: 500 } })
      .node('enrich', 'lambda-function', { durationMsPerInvocation: 60, durationMsPerRecord: 0, reservedConcurrency: 50 })
      .edge('clicks', 'enrich', { parallelizationFactor: 10 })
      .build();
    const r = run(p, 300);
    expect(r.nodes.enrich.peakConcurrency).toBe(50);
    expect(r.nodes.clicks.backlog).toBeLessThanOrEqual(10_000);
    expect(r.nodes.clicks.maxAgeSeconds).toBeLessThanOrEqual(3);
    // Everything that arrived in the first 299 s was done.
    expect(r.nodes.enrich.processed).toBeGreaterThanOrEqual(299 * 10_000);
  });
});

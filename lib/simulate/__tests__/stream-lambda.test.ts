import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run, sum } from './run';

/** A stream of `shards` shards read by a function whose batches take 200 ms whatever their size. */
function streamToFunction(shards: number, recordsPerSecond: number, edge: Record<string, unknown> = {}, poisonRecordRate = 0) {
  return new PipelineBuilder('stream-to-function')
    .node('clicks', 'kinesis-stream', { shardCount: shards, traffic: { recordsPerSecond, avgRecordBytes: 500, poisonRecordRate } })
    .node('enrich', 'lambda-function', { durationMsPerInvocation: 200, durationMsPerRecord: 0, timeoutSeconds: 10 })
    .node('failed-batches', 'sqs-queue')
    .edge('clicks', 'enrich', { batchSize: 100, ...edge })
    .edge('enrich', 'failed-batches', { role: 'on-failure' })
    .build();
}

describe('Kinesis -> Lambda', () => {
  it('two shards at 1,500 records/s, batch 100 at 200 ms, parallelization 1: 1,000 records/s processed, backlog grows 500 records/s', () => {
    // Each shard gets 750 records/s; one batch at a time per shard, 5 batches of 100 per second = 500 records/s per shard.
    const r = run(streamToFunction(2, 1500, { parallelizationFactor: 1 }), 120);
    const s = r.series!.nodes.clicks;
    for (let i = 0; i < 120; i++) {
      expect(s.processed[i]).toBe(1000);
      expect(s.backlog[i]).toBe(500 * (i + 1));
    }
    expect(r.nodes.enrich.processed).toBe(120_000);
    expect(r.nodes.enrich.peakConcurrency).toBe(2);
    expect(r.summary.bottleneck?.nodeId).toBe('clicks');
  });

  it('with parallelization 2 the same load leaves no backlog', () => {
    // Two lanes per shard, 375 records/s each, can do 500 records/s each.
    const r = run(streamToFunction(2, 1500, { parallelizationFactor: 2 }), 120);
    expect(r.nodes.clicks.processed).toBe(180_000);
    expect(Math.max(...r.series!.nodes.clicks.backlog)).toBe(0);
    expect(r.nodes.enrich.peakConcurrency).toBe(4);
    expect(r.summary.bottleneck).toBeUndefined();
  });

  it('one shard at 1,500 records/s: 500 records/s are throttled and counted', () => {
    const r = run(streamToFunction(1, 1500, { parallelizationFactor: 2 }), 60);
    expect(r.series!.nodes.clicks.throttled.every((n) => n === 500)).toBe(true);
    expect(r.nodes.clicks.throttled).toBe(30_000);
    expect(r.nodes.clicks.processed).toBe(60_000);
    expect(r.summary.bottleneck?.nodeId).toBe('clicks');
    expect(r.summary.recommendations.map((x) => x.relatedRule)).toContain('kinesis-shard-throughput');
  });

  it('a poison record with default retries stalls its shard until the records expire', () => {
    // 100 records/s with 1 in 1,000 poison: the first poison record arrives within seconds.
    const r = run(streamToFunction(1, 100, {}, 0.001), 1800);
    const s = r.series!.nodes.clicks;
    const stall = s.processed.findIndex((n, i) => n === 0 && s.processed.slice(i).every((m) => m === 0));
    expect(stall).toBeGreaterThanOrEqual(0);
    expect(stall).toBeLessThan(120);
    // From then on every record stays: the backlog grows by the arrival rate each step.
    for (let i = stall + 1; i < 1800; i++) expect(s.backlog[i] - s.backlog[i - 1]).toBe(100);
    expect(r.nodes.enrich.failed).toBe(0);
    expect(r.nodes.enrich.errors).toBeGreaterThan(1700 - stall);
    expect(r.nodes.clicks.maxAgeSeconds).toBeGreaterThan(1600);
    expect(r.summary.recommendations.find((x) => x.relatedRule === 'esm-retry-forever')?.edgeId).toBe('clicks-enrich');
  });

  it('a stalled shard moves on once the stuck batch passes maxRecordAgeSeconds', () => {
    const r = run(streamToFunction(1, 100, { maxRecordAgeSeconds: 60 }, 0.001), 1800);
    // Every discarded batch holds a poison record; none blocks the shard for long.
    expect(r.nodes.enrich.failed).toBeGreaterThan(0);
    expect(r.nodes.clicks.backlog).toBeLessThan(100 * 70);
    // The SQS destination receives one description per discarded batch of 100, not the records:
    // "each record sent to the destination is a JSON document with metadata about the failed
    // invocation; for Amazon S3 destinations, Lambda also sends the entire invocation record"
    // (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html).
    expect(r.nodes['failed-batches'].received).toBe(r.nodes.enrich.failed / 100);
    expect(r.summary.recommendations.some((x) => x.nodeId === 'enrich' && x.text.includes('records of discarded stream batches were lost'))).toBe(true);
  });

  it('an S3 on-failure destination keeps the records of discarded batches', () => {
    const p = new PipelineBuilder('stream-to-s3-failures')
      .node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 100, avgRecordBytes: 500, poisonRecordRate: 0.001 } })
      .node('enrich', 'lambda-function', { durationMsPerInvocation: 200, durationMsPerRecord: 0, timeoutSeconds: 10 })
      .node('failed-records', 's3-bucket')
      .edge('clicks', 'enrich', { batchSize: 100, maxRecordAgeSeconds: 60 })
      .edge('enrich', 'failed-records', { role: 'on-failure' })
      .build();
    const r = run(p, 1800);
    expect(r.nodes.enrich.failed).toBeGreaterThan(0);
    expect(r.nodes['failed-records'].received).toBe(r.nodes.enrich.failed);
    expect(r.summary.recommendations.some((x) => x.text.includes('were kept in the S3 on-failure destination'))).toBe(true);
  });

  it('with bisect and a retry cap only the poison records fail', () => {
    // 200 records/s for an hour with 1 poison in 2,000: about 360 poison records (binomial, sd 19).
    const bisect = run(streamToFunction(1, 200, { bisectOnError: true, maxRetryAttempts: 1 }, 0.0005), 3600);
    expect(bisect.nodes.enrich.failed).toBeGreaterThan(300);
    expect(bisect.nodes.enrich.failed).toBeLessThan(420);
    expect(bisect.nodes['failed-batches'].received).toBe(bisect.nodes.enrich.failed);
    // The shard keeps up: at most a few stalls of seconds are still being caught up at the end.
    expect(bisect.nodes.clicks.backlog).toBeLessThan(5000);
    // Without bisect the whole batch of 100 goes with each poison record.
    const capOnly = run(streamToFunction(1, 200, { maxRetryAttempts: 1 }, 0.0005), 3600);
    expect(capOnly.nodes.enrich.failed % 100).toBe(0);
    expect(capOnly.nodes.enrich.failed).toBeGreaterThan(50 * bisect.nodes.enrich.failed);
  });

  it('ReportBatchItemFailures keeps the records before the poison record', () => {
    const capOnly = run(streamToFunction(1, 200, { maxRetryAttempts: 1 }, 0.0005), 3600);
    const reported = run(streamToFunction(1, 200, { maxRetryAttempts: 1, reportBatchItemFailures: true }, 0.0005), 3600);
    expect(reported.nodes.enrich.failed).toBeGreaterThan(0);
    expect(reported.nodes.enrich.failed).toBeLessThan(capOnly.nodes.enrich.failed);
  });

  it('a batch that runs past the timeout fails every time, and bisecting brings it under', () => {
    const slow = (edge: Record<string, unknown>) =>
      new PipelineBuilder('slow')
        .node('s', 'kinesis-stream', { traffic: { recordsPerSecond: 100 } })
        .node('f', 'lambda-function', { durationMsPerInvocation: 0, durationMsPerRecord: 100, timeoutSeconds: 3 })
        .edge('s', 'f', { batchSize: 100, ...edge })
        .build();
    // 100 records x 100 ms = 10 s > 3 s: each attempt times out.
    const stuck = run(slow({}), 300);
    expect(stuck.nodes.f.processed).toBe(0);
    expect(stuck.summary.recommendations.map((x) => x.relatedRule)).toContain('esm-timeout-risk');
    // Bisecting reaches batches of 25 or fewer (2.5 s), which succeed.
    const split = run(slow({ bisectOnError: true }), 300);
    expect(split.nodes.f.processed).toBeGreaterThan(0);
    expect(sum(split.series!.nodes.f.processed)).toBe(split.nodes.f.processed);
  });
});

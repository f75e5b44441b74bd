import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePipelineText, PipelineBuilder } from '../../model';
import { simulate } from '..';
import { run } from './run';

/** 50 messages/s into a function capped at 2 concurrent 1 s batches of 10: 20/s done. */
function cappedPipeline() {
  return new PipelineBuilder('capped')
    .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 50 } })
    .node('f', 'lambda-function', { durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 10 })
    .edge('q', 'f', { batchSize: 10, maxConcurrency: 2 })
    .build();
}

/** One message a second, every one poison: each receive fails, so the queue's redrive settings decide everything. */
function poisonQueue(queue: Record<string, unknown>, withDlq: boolean) {
  const b = new PipelineBuilder('orders')
    .node('orders', 'sqs-queue', { visibilityTimeoutSeconds: 30, maxReceiveCount: 3, ...queue, traffic: { recordsPerSecond: 1, poisonRecordRate: 1 } })
    .node('archive', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0, timeoutSeconds: 5 })
    .edge('orders', 'archive', { batchSize: 10 });
  if (withDlq) b.node('orders-dlq', 'sqs-queue').edge('orders', 'orders-dlq');
  return b.build();
}

describe('SQS -> Lambda', () => {
  it('a failed message comes back after the visibility timeout and goes to the DLQ after maxReceiveCount receives', () => {
    // A message sent at t is received at t, t+30 and t+60 (three failures); at t+90 its
    // receive count (3) has reached maxReceiveCount, so it moves to the DLQ.
    // In 600 s the messages sent at t = 0..509 reach the DLQ: 510 of them; 90 are still in the queue.
    const r = run(poisonQueue({}, true), 600);
    expect(r.nodes['orders-dlq'].received).toBe(510);
    expect(r.nodes.orders.failed).toBe(510);
    expect(r.nodes.orders.backlog).toBe(90);
    expect(r.nodes.archive.processed).toBe(0);
    // One batch per second holds whatever is visible: 600 failed invocations.
    expect(r.nodes.archive.errors).toBe(600);
    // Messages moved to a DLQ are not lost.
    expect(r.totals.dropped).toBe(0);
    const dlqArrivals = r.series!.nodes['orders-dlq'].received;
    expect(dlqArrivals.findIndex((n) => n > 0)).toBe(90);
  });

  it('without a DLQ failing messages keep coming back until retention ends', () => {
    // Retention 120 s: the message sent at t expires at t+120 (after receives at t, t+30, t+60, t+90).
    const r = run(poisonQueue({ retentionSeconds: 120 }, false), 600);
    expect(r.nodes.orders.expired).toBe(480);
    expect(r.nodes.orders.backlog).toBe(120);
    expect(r.totals.dropped).toBe(480);
    expect(r.summary.recommendations.find((x) => x.nodeId === 'orders')?.relatedRule).toBe('sqs-missing-dlq');
  });

  it('healthy messages are deleted as they are processed, and concurrency scales to the load', () => {
    // 200 messages/s, batches of 10 taking 50 + 10 x 5 = 100 ms: 20 batches a second, 2 environments busy.
    const p = new PipelineBuilder('healthy')
      .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 200 } })
      .node('f', 'lambda-function', { durationMsPerInvocation: 50, durationMsPerRecord: 5 })
      .node('bucket', 's3-bucket')
      .edge('q', 'f', { batchSize: 10 })
      .edge('f', 'bucket')
      .build();
    const r = run(p, 300);
    expect(r.nodes.q.processed).toBe(60_000);
    expect(r.nodes.q.backlog).toBe(0);
    expect(r.nodes.bucket.received).toBe(60_000);
    expect(r.nodes.f.peakConcurrency).toBe(2);
    expect(r.totals).toEqual({ produced: 60_000, copies: 0, delivered: 60_000, inFlight: 0, dropped: 0 });
  });

  it('the mapping maximum concurrency caps the pollers and the queue backs up', () => {
    // maxConcurrency 2 with 1 s batches: 2 batches of 10 a second = 20 messages/s of the 50 sent.
    const p = cappedPipeline();
    const r = run(p, 100);
    expect(r.nodes.f.processed).toBe(2000);
    expect(r.nodes.q.backlog).toBe(3000);
    expect(r.nodes.f.peakConcurrency).toBe(2);
  });

  it('series.totals follow the run second by second, and a downsampled point keeps its last step', () => {
    // As above: 50 messages/s arrive, 20/s are done by f (it writes nowhere, so they are delivered), 30/s wait.
    const p = cappedPipeline();
    const full = run(p, 100).series!.totals!;
    const seconds = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(full.produced).toEqual(seconds.map((s) => 50 * s));
    expect(full.delivered).toEqual(seconds.map((s) => 20 * s));
    expect(full.inFlight).toEqual(seconds.map((s) => 30 * s));
    expect(full.dropped).toEqual(seconds.map(() => 0));
    // 4,100 steps of 1 s make points of 3 steps: point i ends at second min(3 (i + 1), 4100).
    const long = simulate(p, { seconds: 4100, stepSeconds: 1, seed: 1, series: true }).series!;
    expect(long.time.slice(0, 2)).toEqual([3, 6]);
    expect(long.totals!.produced.slice(0, 2)).toEqual([150, 300]);
    expect(long.totals!.produced.at(-1)).toBe(205_000);
  });
});

describe('the summary of a healthy queue with a few poison messages', () => {
  it('names no bottleneck: messages waiting out their retries are not a queue falling behind', () => {
    const text = readFileSync(new URL('../../../examples/sqs-lambda-s3-dlq.sluice.json', import.meta.url), 'utf8');
    const parsed = parsePipelineText(text);
    if (!parsed.ok) throw new Error('example does not parse');
    const r = simulate(parsed.pipeline, { seconds: 3600, stepSeconds: 1, seed: 1 });
    expect(r.nodes['orders-dlq'].received).toBeGreaterThan(0);
    expect(r.nodes.orders.backlog).toBeGreaterThan(0);
    expect(r.summary.bottleneck).toBeUndefined();
  });
});

describe('SQS FIFO -> Lambda: one batch per message group in flight', () => {
  // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
  const fifo = (messageGroupCount: number) =>
    new PipelineBuilder('fifo')
      .node('q', 'sqs-queue', { fifo: true, messageGroupCount, traffic: { recordsPerSecond: 50 } })
      .node('f', 'lambda-function', { durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 10 })
      .edge('q', 'f', { batchSize: 10 })
      .build();

  it('two message groups hold a function of 1 s batches of 10 to 20 messages/s: the backlog grows by 30/s', () => {
    // 2 groups × 10 messages per 1 s batch = 20/s; 50/s arrive, so after 100 s: 2,000 done, 3,000 waiting.
    const r = run(fifo(2), 100);
    expect(r.nodes.f.processed).toBe(2000);
    expect(r.nodes.q.backlog).toBe(3000);
    expect(r.nodes.f.peakConcurrency).toBe(2);
  });

  it('five groups keep up with 50 messages/s (5 × 10 per second)', () => {
    const r = run(fifo(5), 100);
    expect(r.nodes.f.processed).toBe(5000);
    expect(r.nodes.q.backlog).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

/**
 * `throttles` counts what CloudWatch's Lambda `Throttles` metric counts: invocation requests
 * refused for lack of concurrency
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html), counted once per
 * invocation however long it waited, the same way for every source. Records an asynchronous or
 * polled source keeps are not lost, so `throttled` (records dropped) stays 0 for them.
 */
const FN = { reservedConcurrency: 1, durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 5 } as const;

function lambdaBehind(kind: 's3-bucket' | 'sqs-queue' | 'api-gateway') {
  return new PipelineBuilder('throttles')
    .node('src', kind, { traffic: { recordsPerSecond: 5 } })
    .node('f', 'lambda-function', FN)
    .edge('src', 'f', kind === 'sqs-queue' ? { batchSize: 1 } : {})
    .build();
}

describe('Lambda throttles, as CloudWatch counts them', () => {
  it('S3 -> function (async), reserved concurrency 1, 1 s each, 5 events/s for 100 s: 499 throttles, none lost', () => {
    // By hand: one invocation a second runs (1 environment x 1 s step / 1 s). At t=0 5 arrive,
    // 1 starts, 4 wait; every later second 5 new events arrive behind the queue and all 5 wait
    // (the one that starts is an older one): 4 + 5 x 99 = 499 throttles. 100 processed, 400
    // still queued, 0 records lost. Before: the node's throttled column said 0 while the summary
    // said "499 invocations waited or were throttled", and no throttles figure existed.
    const r = run(lambdaBehind('s3-bucket'), 100);
    expect(r.nodes.f.processed).toBe(100);
    expect(r.nodes.f.backlog).toBe(400);
    expect(r.nodes.f.throttled).toBe(0);
    expect(r.nodes.f.throttles).toBe(499);
    const advice = r.summary.recommendations.find((x) => x.relatedRule === 'lambda-concurrency-limit');
    expect(advice?.text).toContain(': 499 throttles (');
  });

  it('the same arrivals from SQS (batch size 1) count the same 499 throttles', () => {
    // Same figures: one batch of one message a second runs, each message that waited counted once.
    const r = run(lambdaBehind('sqs-queue'), 100);
    expect(r.nodes.f.processed).toBe(100);
    expect(r.nodes.f.throttled).toBe(0);
    expect(r.nodes.f.throttles).toBe(499);
  });

  it('synchronous calls (API Gateway): 4 refused a second are 400 throttles and 400 records throttled', () => {
    const r = run(lambdaBehind('api-gateway'), 100);
    expect(r.nodes.f.processed).toBe(100);
    expect(r.nodes.f.throttled).toBe(400);
    expect(r.nodes.f.throttles).toBe(400);
    const advice = r.summary.recommendations.find((x) => x.relatedRule === 'lambda-concurrency-limit');
    expect(advice?.text).toContain(': 400 throttles (');
  });

  it('nodes that are not functions have no throttles, even when their writes are throttled', () => {
    const p = new PipelineBuilder('kinesis')
      .node('s', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 1500 } })
      .build();
    const r = run(p, 10);
    expect(r.nodes.s.throttled).toBe(5000);
    expect(r.nodes.s.throttles).toBe(0);
  });
});

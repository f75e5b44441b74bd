import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

describe('pushes to Lambda', () => {
  it('an asynchronous event is retried twice (after 1 then 2 minutes) and then goes to the on-failure destination', () => {
    // One object a second, all poison. Attempts at t, t+60 and t+180; after the third failure
    // the event goes to the destination. In 600 s: 600 first attempts, 540 second (t <= 539),
    // 420 third (t <= 419), so 420 events reach the destination and 180 are still being retried.
    const p = new PipelineBuilder('uploads')
      .node('uploads', 's3-bucket', { traffic: { recordsPerSecond: 1, poisonRecordRate: 1 } })
      .node('thumbnail', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0 })
      .node('failed-uploads', 'sqs-queue')
      .edge('uploads', 'thumbnail')
      .edge('thumbnail', 'failed-uploads', { role: 'on-failure' })
      .build();
    const r = run(p, 600);
    expect(r.nodes.thumbnail.errors).toBe(600 + 540 + 420);
    expect(r.nodes.thumbnail.retries).toBe(540 + 420);
    expect(r.nodes.thumbnail.failed).toBe(420);
    expect(r.nodes.thumbnail.backlog).toBe(180);
    expect(r.nodes['failed-uploads'].received).toBe(420);
    expect(r.totals.dropped).toBe(0);
  });

  it('with asyncMaxRetries 0 and no destination a failed event is dropped at once', () => {
    const p = new PipelineBuilder('uploads')
      .node('topic', 'sns-topic', { traffic: { recordsPerSecond: 10, poisonRecordRate: 1 } })
      .node('f', 'lambda-function', { asyncMaxRetries: 0 })
      .edge('topic', 'f')
      .build();
    const r = run(p, 60);
    expect(r.nodes.f.failed).toBe(600);
    expect(r.totals.dropped).toBe(600);
  });

  it('API Gateway calls beyond reserved concurrency are throttled, and failed calls are counted failed', () => {
    // Reserved concurrency 5, 100 ms per call: 5 x 10 = 50 calls a second; 100 arrive.
    const p = new PipelineBuilder('api')
      .node('api', 'api-gateway', { traffic: { recordsPerSecond: 100 } })
      .node('handler', 'lambda-function', { reservedConcurrency: 5, durationMsPerInvocation: 100, durationMsPerRecord: 0 })
      .edge('api', 'handler')
      .build();
    const r = run(p, 60);
    expect(r.nodes.handler.processed).toBe(3000);
    expect(r.nodes.handler.throttled).toBe(3000);
    expect(r.nodes.handler.peakConcurrency).toBe(5);
    expect(r.summary.recommendations.find((x) => x.nodeId === 'handler')?.relatedRule).toBe('lambda-concurrency-limit');
    expect(r.summary.bottleneck?.nodeId).toBe('handler');
  });

  it('functions without reserved concurrency share the 1,000 account limit', () => {
    // Two functions each called 600 times a second for 1 s: 1,200 wanted, 1,000 available.
    // The first in step order takes 600, the second gets the 400 left.
    const p = new PipelineBuilder('shared')
      .node('api', 'api-gateway', { traffic: { recordsPerSecond: 600 } })
      .node('a', 'lambda-function', { durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 5 })
      .node('api2', 'api-gateway', { traffic: { recordsPerSecond: 600 } })
      .node('b', 'lambda-function', { durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 5 })
      .edge('api', 'a')
      .edge('api2', 'b')
      .build();
    const r = run(p, 10);
    expect(r.nodes.a.processed + r.nodes.b.processed).toBe(10_000);
    expect(r.nodes.a.throttled + r.nodes.b.throttled).toBe(2000);
  });
});

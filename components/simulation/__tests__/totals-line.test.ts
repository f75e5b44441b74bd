import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { simulate } from '@/lib/simulate';
import { totalsLine, totalThrottles } from '../totals-line';

describe('totalsLine', () => {
  it('says the totals add up when they do', () => {
    expect(totalsLine({ produced: 72_000, copies: 0, delivered: 72_000, inFlight: 0, dropped: 0 })).toBe('Delivered + in flight + dropped = 72,000 = produced.');
  });
  it('counts fan-out copies apart, so the line adds up: an SNS topic with two subscribed queues', () => {
    // 10 messages/s for 60 s into a topic with two SQS subscriptions nobody reads: 600 produced,
    // 600 copies, 1,200 in flight (lib/simulate/__tests__/fan-out-copies.test.ts).
    const p = new PipelineBuilder('sns').node('alerts', 'sns-topic', { traffic: { recordsPerSecond: 10 } }).node('a', 'sqs-queue').node('b', 'sqs-queue').edge('alerts', 'a').edge('alerts', 'b').build();
    const { totals } = simulate(p, { seconds: 60, stepSeconds: 1, seed: 1 });
    expect(totalsLine(totals)).toBe(
      'Delivered + in flight + dropped = 1,200 = produced 600 + 600 copies made by fan-out (a topic, bucket or stream handing each record to several places).',
    );
  });
});

describe('totalThrottles', () => {
  it('shows the figure the concurrency advice cites: S3 -> function, reserved concurrency 1, 5 events/s for 100 s = 499', () => {
    // By hand (see lib/simulate/__tests__/throttles.test.ts): one 1 s invocation a second; 4
    // events wait at t=0 and all 5 new ones every later second: 4 + 5 x 99 = 499.
    const p = new PipelineBuilder('throttles')
      .node('src', 's3-bucket', { traffic: { recordsPerSecond: 5 } })
      .node('f', 'lambda-function', { reservedConcurrency: 1, durationMsPerInvocation: 1000, durationMsPerRecord: 0, timeoutSeconds: 5 })
      .edge('src', 'f')
      .build();
    const r = simulate(p, { seconds: 100, stepSeconds: 1, seed: 1 });
    expect(totalThrottles(r.nodes)).toBe(499);
    expect(r.summary.recommendations.find((x) => x.relatedRule === 'lambda-concurrency-limit')?.text).toContain(': 499 throttles (');
  });
  it('counts nothing for a result saved before the field existed', () => {
    expect(totalThrottles({ a: {}, b: { throttles: 3 } })).toBe(3);
  });
});

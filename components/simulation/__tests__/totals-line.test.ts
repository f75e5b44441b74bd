import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { simulate } from '@/lib/simulate';
import { totalsLine, totalThrottles } from '../totals-line';

describe('totalsLine', () => {
  it('says the totals add up when they do', () => {
    expect(totalsLine({ produced: 72_000, delivered: 72_000, inFlight: 0, dropped: 0 })).toBe('Delivered + in flight + dropped = 72,000 = produced.');
  });
  it('names fan-out as the reason for more than produced', () => {
    // 6,000 produced into an SNS topic with two queues subscribed: 12,000 delivered.
    expect(totalsLine({ produced: 6_000, delivered: 12_000, inFlight: 0, dropped: 0 })).toMatch(/^Delivered \+ in flight \+ dropped = 12,000: 6,000 more than produced, because records were copied on the way \(fan-out/);
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

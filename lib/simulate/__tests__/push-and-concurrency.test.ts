import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import type { Clock, SimContext } from '../behaviour';
import { AsyncEvents } from '../mechanisms/async-events';
import { AccountPool, FunctionCapacity } from '../mechanisms/function-capacity';
import type { LambdaTarget } from '../mechanisms/lambda-work';
import { NodeCounters } from '../node-counters';
import { createRng } from '../random';
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

/** An asynchronously invoked function on its own, stepped by hand in 1 s steps. */
function asyncFunction(reservedConcurrency: number, seconds: number, maxEventAgeSeconds = 21_600) {
  const account = new AccountPool();
  const counters = new NodeCounters();
  const capacity = new FunctionCapacity(reservedConcurrency, account, 1, 30);
  const fn: LambdaTarget = {
    nodeId: 'f',
    counters,
    capacity,
    rng: createRng(1, 'f'),
    timeoutSeconds: 30,
    errorRate: 0,
    duration: () => seconds,
    succeeded: () => {},
    discarded: (count) => {
      counters.failed += count;
    },
    discardedStreamBatch: (count) => {
      counters.failed += count;
    },
    ctx: {} as SimContext,
    onFailure: [],
  };
  const events = new AsyncEvents(fn, 2, maxEventAgeSeconds);
  const clock: Clock = { step: 0, now: 0, dt: 1 };
  const at = (t: number): Clock => Object.assign(clock, { step: t, now: t });
  const stepTo = (from: number, to: number) => {
    for (let t = from; t < to; t++) {
      account.beginStep();
      capacity.beginStep(t);
      events.step(at(t));
      capacity.endStep(counters);
    }
  };
  return { events, counters, capacity, at, stepTo };
}

describe('a function starved for hours keeps a bounded queue of waiting events (issue 17)', () => {
  it('merges waiting events past 1,024 cohorts, and they still expire at the maximum event age, at most one bucket early', () => {
    // 10 events a second for 2 h behind reserved concurrency 1 and 10 s invocations: one event
    // starts every 10 s (720 in 2 h, all from the front: entered at t <= 71). Maximum event age
    // 1 h: by the last step (t = 7,199, cutoff 3,599) every other event entered at 0..3,599 has
    // expired: 36,000 - 720 = 35,280. Merged cohorts span 1/1440 of an hour (2.5 s: at most 3
    // whole-second steps) and expire with their oldest, so up to 2 steps (20 events) early.
    // Before, the queue held a cohort per step of the hour (3,600) and expiry passed over all of
    // them every step; now at most 1,024 + 1,440 + 1.
    const f = asyncFunction(1, 10, 3600);
    for (let t = 0; t < 7200; t++) {
      f.events.receive(10, 0, f.at(t));
      f.stepTo(t, t + 1);
    }
    expect(f.counters.processed).toBe(720);
    expect(f.counters.expired).toBeGreaterThanOrEqual(35_280);
    expect(f.counters.expired).toBeLessThanOrEqual(35_280 + 20);
    expect(f.events.waitingCohorts).toBeLessThanOrEqual(1024 + 1440 + 1);
    // Nothing lost or made up: received = processed + expired + still waiting or running.
    expect(f.counters.processed + f.counters.expired + f.events.backlog()).toBe(72_000);
  });
});

describe('invocations waiting for concurrency are counted once each', () => {
  it('a burst of N events behind reserved concurrency 1 counts N waits, not N x steps', () => {
    // One event at t=0 takes the only execution for 10 s; 100 more arrive at t=1 and start
    // one every 10 s (t = 10, 20, ..., 1000). Each waited, once: 100. Counted every step they
    // waited, as before, they made 100 x 9 + 10 x (99 + 98 + ... + 1) = 50,400.
    const f = asyncFunction(1, 10);
    f.events.receive(1, 0, f.at(0));
    f.stepTo(0, 1);
    f.events.receive(100, 0, f.at(1));
    f.stepTo(1, 1011);
    expect(f.counters.processed).toBe(101);
    expect(f.events.waitedForConcurrency).toBe(100);
    expect(f.counters.throttles).toBe(100);
  });

  it('events that expire leave the count of those already counted exact, even when a retry expires behind them', () => {
    // t=0: a poison event runs 10 s and fails; its retry is due at t=60. t=50: 5 events
    // arrive, one starts, 4 wait (counted). t=60: the retry joins the queue behind them and
    // expires at once (entered at t=0, max age 60 s); it was never counted, so the 4 stay
    // counted and the next start adds nothing. The 5 run at t = 50, 60, 70, 80, 90.
    const f = asyncFunction(1, 10, 60);
    f.events.receive(1, 1, f.at(0));
    f.stepTo(0, 50);
    f.events.receive(5, 0, f.at(50));
    f.stepTo(50, 101);
    expect(f.counters.expired).toBe(1);
    expect(f.counters.processed).toBe(5);
    expect(f.events.waitedForConcurrency).toBe(4);
  });

  it('in a pipeline, the advice counts each event that waited once', () => {
    // One event a second, reserved concurrency 1, 2 s each: event n starts at t = 2n, so in
    // 100 s events 0..49 run, 50 still wait, and every event but the first waited: 99.
    // (Counting every waiting event at every step made 0 + 1 + 1 + 2 + 2 + ... + 49 + 49 + 50 = 2,500.)
    const p = new PipelineBuilder('topic')
      .node('topic', 'sns-topic', { traffic: { recordsPerSecond: 1 } })
      .node('f', 'lambda-function', { reservedConcurrency: 1, durationMsPerInvocation: 2000, durationMsPerRecord: 0, timeoutSeconds: 5 })
      .edge('topic', 'f')
      .build();
    const r = run(p, 100);
    expect(r.nodes.f.processed).toBe(50);
    expect(r.nodes.f.backlog).toBe(50);
    const advice = r.summary.recommendations.find((x) => x.relatedRule === 'lambda-concurrency-limit');
    expect(r.nodes.f.throttles).toBe(99);
    expect(advice?.text).toContain(': 99 throttles (');
  });

  it('an SQS mapping counts each batch that waited once', () => {
    // 10 messages a second in batches of 10, reserved concurrency 1, 2 s a batch: one batch
    // starts every other second; each second's batch but the first waited: 99 in 100 s.
    const p = new PipelineBuilder('queue')
      .node('jobs', 'sqs-queue', { traffic: { recordsPerSecond: 10 } })
      .node('f', 'lambda-function', { reservedConcurrency: 1, durationMsPerInvocation: 2000, durationMsPerRecord: 0, timeoutSeconds: 5 })
      .edge('jobs', 'f', { batchSize: 10 })
      .build();
    const r = run(p, 100);
    expect(r.nodes.f.processed).toBe(500);
    const advice = r.summary.recommendations.find((x) => x.relatedRule === 'lambda-concurrency-limit');
    expect(r.nodes.f.throttles).toBe(99);
    expect(advice?.text).toContain(': 99 throttles (');
  });

  it('a stream lane denied concurrency counts one wait until it runs, not one a step', () => {
    // 5 shards, one execution: the lanes take turns. Every wait counted ends with the lane's
    // next invocation (or the run's end), so there are at most as many waits as invocations
    // (at least processed / 100, full batches) plus one per lane. Counting every lane denied
    // at every step made about 4 x 600 = 2,400.
    const p = new PipelineBuilder('stream')
      .node('s', 'kinesis-stream', { shardCount: 5, traffic: { recordsPerSecond: 500 } })
      .node('f', 'lambda-function', { reservedConcurrency: 1, durationMsPerInvocation: 500, durationMsPerRecord: 0, timeoutSeconds: 30 })
      .edge('s', 'f', { batchSize: 100 })
      .build();
    const r = run(p, 600);
    const advice = r.summary.recommendations.find((x) => x.relatedRule === 'lambda-concurrency-limit');
    const waited = Number(advice?.text.match(/: ([\d,]+) throttles/)?.[1].replaceAll(',', ''));
    expect(waited).toBe(r.nodes.f.throttles);
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(r.nodes.f.processed / 100 + 5);
  });
});

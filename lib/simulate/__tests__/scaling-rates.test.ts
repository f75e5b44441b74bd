import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { AccountPool, FunctionCapacity } from '../mechanisms/function-capacity';
import { NodeCounters } from '../node-counters';
import { run } from './run';

describe('scaling rates', () => {
  it('an SQS mapping starts with 5 concurrent batches and adds 300 a minute while messages wait', () => {
    // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
    // 1,000 messages/s in batches of 10 taking 10 s each would need 1,000 batches at once.
    // By hand: 5 pollers at first, +5 each 1 s step (300/60), all busy: 5 × (t + 1) batches run
    // in step t, so 300 at t = 59 and 600 at t = 119. Before: 1,000 from the first seconds.
    const p = new PipelineBuilder('sqs-ramp')
      .node('q', 'sqs-queue', { visibilityTimeoutSeconds: 180, traffic: { recordsPerSecond: 1000 } })
      .node('f', 'lambda-function', { durationMsPerInvocation: 10_000, durationMsPerRecord: 0, timeoutSeconds: 30 })
      .edge('q', 'f', { batchSize: 10 })
      .build();
    const c = run(p, 150).series!.nodes.f.concurrency;
    expect(c[0]).toBe(5);
    expect(c[59]).toBe(300);
    expect(c[119]).toBe(600);
  });

  it('a function adds at most 1,000 execution environments every 10 seconds', () => {
    // https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html
    // An account limit of 3,000 and a function asking for 5,000 each 1 s step: 1,000 for the
    // first 10 s, then 2,000, then 3,000 (the account limit).
    const account = new AccountPool(3000);
    const capacity = new FunctionCapacity(undefined, account, 1, 1);
    const got: number[] = [];
    for (let step = 0; step < 25; step++) {
      account.beginStep();
      capacity.beginStep(step);
      got.push(capacity.claim(5000));
      capacity.endStep(new NodeCounters());
    }
    expect(got.slice(0, 10).every((n) => n === 1000)).toBe(true);
    expect(got.slice(10, 20).every((n) => n === 2000)).toBe(true);
    expect(got.slice(20).every((n) => n === 3000)).toBe(true);
  });
});

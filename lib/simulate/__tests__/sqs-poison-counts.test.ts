/**
 * Poison messages in an SQS queue without a dead-letter queue (issue 17): they come back every
 * visibility timeout until retention ends, thousands of them, and the queue merges them into a
 * bounded number of cohorts. The counts must stay what the receives give by hand.
 * Semantics: a message a consumer fails becomes visible again when its visibility timeout ends;
 * only a redrive policy moves it after maxReceiveCount receives
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html,
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html).
 */
import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { CohortQueue } from '../cohort-queue';
import { run } from './run';

/** One message a second, every one poison, batches of 10, visibility 30 s, maxReceiveCount 5, no DLQ. */
function poisonQueue() {
  return new PipelineBuilder('poison')
    .node('orders', 'sqs-queue', { visibilityTimeoutSeconds: 30, maxReceiveCount: 5, traffic: { recordsPerSecond: 1, poisonRecordRate: 1 } })
    .node('archive', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0, timeoutSeconds: 5 })
    .edge('orders', 'archive', { batchSize: 10 })
    .build();
}

describe('SQS poison messages without a dead-letter queue, merged into few cohorts', () => {
  it('counts every receive and keeps every poison message, one hour worked by hand', () => {
    // The message sent at a is received at a, a+30, a+60, ... (maxReceiveCount does nothing
    // without a redrive policy). In the step s of block k = floor(s/30) the visible messages are
    // the one sent at s and those sent at s-30, ..., s-30k: k+1 of them, in ceil((k+1)/10) batches.
    // Receives over s = 0..3599: sum over k = 0..119 of 30 (k+1) = 30 x 7,260 = 217,800.
    // Failed batches: 30 x sum over j = 1..120 of ceil(j/10) = 30 x 10 x (1+...+12) = 23,400.
    // Retention (4 days) never ends: all 3,600 messages are still in the queue, none processed.
    const r = run(poisonQueue(), 3600);
    expect(r.series!.edges[Object.keys(r.series!.edges)[0]].records.reduce((a, b) => a + b, 0)).toBe(217_800);
    expect(r.nodes.archive.invocations).toBe(23_400);
    expect(r.nodes.archive.errors).toBe(23_400);
    expect(r.nodes.archive.processed).toBe(0);
    expect(r.nodes.orders.backlog).toBe(3600);
    expect(r.nodes.orders.expired).toBe(0);
    expect(r.totals.dropped).toBe(0);
    // The oldest message (sent at 0) is still there at the end: merged cohorts keep the oldest entry time.
    expect(r.nodes.orders.maxAgeSeconds).toBeGreaterThanOrEqual(3599);
  });
});

describe('CohortQueue merging', () => {
  it('merges beyond the cap within a time bucket, keeping counts, the oldest time and exact waits', () => {
    const q = new CohortQueue(2, { above: 2, bucketSeconds: 100 });
    q.push(1, 1, 10, 1, 40);
    q.push(1, 0, 20, 1, 40);
    q.push(2, 1, 30, 1, 40); // third cohort: the queue holds 2, so it joins the one of time 20
    q.push(1, 0, 5, 1, 40); // older, same bucket: joins too, the cohort's time drops to 5
    q.push(1, 0, 150, 1, 40); // another bucket: a cohort of its own
    expect(q.cohorts).toBe(3);
    expect(q.count).toBe(6);
    expect(q.poison).toBe(2);
    expect(q.oldestTime()).toBe(5);
    q.take(6, 200);
    // Waits: (200-10) + (200-20) + 2 (200-30) + (200-5) + (200-150) = 190 + 180 + 340 + 195 + 50 = 955.
    expect(q.waitSum).toBe(955);
    expect(q.waitCount).toBe(6);
  });

  it('does not merge below the cap, nor different receive counts or due times', () => {
    const q = new CohortQueue(2, { above: 1, bucketSeconds: 100 });
    q.push(1, 0, 10, 1, 40);
    q.push(1, 0, 11, 2, 40);
    q.push(1, 0, 12, 2, 41);
    expect(q.cohorts).toBe(3);
    const small = new CohortQueue(2, { above: 10, bucketSeconds: 100 });
    small.push(1, 0, 10);
    small.push(1, 0, 11);
    expect(small.cohorts).toBe(2);
  });
});

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
import { type PipelineEdge, PipelineBuilder } from '../../model';
import type { SimContext } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import { MessageQueue } from '../mechanisms/message-queue';
import { NodeCounters } from '../node-counters';
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

  it('keeps the sum of entry times of a merged cohort moved into a queue that kept none (hidden -> again -> batch)', () => {
    // A failed message's path in MessageQueue: `hidden` merges, then the cohort moves to
    // `again`, then into a poller's batch, each a queue that has not merged anything itself.
    const merge = { above: 1, bucketSeconds: 100 };
    const hidden = new CohortQueue(2, merge);
    hidden.push(1, 0, 10, 1, 40);
    hidden.push(1, 0, 20, 1, 40); // joins: one cohort of 2 records, time 10, sum of entry times 10 + 20 = 30
    expect(hidden.cohorts).toBe(1);
    const again = new CohortQueue(2, merge);
    again.push(hidden.headCount(), hidden.headPoison(), hidden.headTime(), hidden.headTag(), 0, hidden.headSum());
    hidden.dropHead();
    const batch = new CohortQueue(2, merge, { oldest: false });
    again.take(2, 50, batch);
    // Waits at 50: (50 - 10) + (50 - 20) = 40 + 30 = 70 (counting both from the oldest, 10, gives 80).
    expect(again.waitSum).toBe(70);
    expect(again.waitCount).toBe(2);
    // The batch hands the same sum on (back to `hidden` when the batch fails): 30, not 2 x 10 = 20.
    expect(batch.sumAt(0)).toBe(30);
    expect(batch.timeAt(0)).toBe(10);
    // Cohorts pushed with a sum of count x time (never merged) still need no sums kept.
    const plain = new CohortQueue(2, merge);
    plain.push(3, 0, 7, 1, 0, 21);
    plain.take(3, 10);
    expect(plain.waitSum).toBe(9);
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

describe('MessageQueue: a merged cohort redriven to a dead-letter queue keeps its sum of entry times', () => {
  it('counts the DLQ waits from each message entry time', () => {
    // 65 messages sent at t = 0..64 fail once (maxReceiveCount 1) and are hidden until 100.
    // The source's hidden queue holds 64 cohorts when the 65th arrives: it joins the cohort of
    // 63 (same receive count, due time and 5,400 s bucket of the 4-day retention): 2 messages,
    // time 63, sum 127. At 100 all move to the standard DLQ keeping their enqueue times, and
    // are read there at 100. Waits: sum over t = 0..64 of (100 - t) = 6,500 - 2,080 = 4,420
    // (counting the merged pair from 63 would give 4,421).
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
    const edge = { id: 'redrive', source: 'orders', target: 'orders-dlq' } as PipelineEdge;
    const settings = { retentionSeconds: 4 * 86400, visibilityTimeoutSeconds: 30, maxReceiveCount: 1, delaySeconds: 0, fifo: false };
    const ctx = { sim: () => ({ queue: dlq }), countOnEdge: () => {} } as unknown as SimContext;
    const dlq: MessageQueue = new MessageQueue({ ...settings, deadLetter: [], counters: new NodeCounters(), ctx });
    const source = new MessageQueue({ ...settings, deadLetter: [edge], counters: new NodeCounters(), ctx });
    for (let t = 0; t <= 64; t++) source.giveBack(1, 0, t, 1, 70);
    source.step({ step: 100, now: 100, dt: 1 });
    expect(dlq.backlog()).toBe(65);
    expect(dlq.pull(65, 100)).toBe(65);
    expect(dlq.waitTotals()).toEqual({ sum: 4420, count: 65 });
  });
});

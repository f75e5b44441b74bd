import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run } from './run';

/**
 * "For standard queues, the expiration of a message is always based on its original enqueue
 * timestamp. When a message is moved to a dead-letter queue, the enqueue timestamp is
 * unchanged" (FIFO queues reset it).
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
 */
function failing(fifo: boolean) {
  return new PipelineBuilder('dlq-age')
    .node('orders', 'sqs-queue', { fifo, visibilityTimeoutSeconds: 60, maxReceiveCount: 3, traffic: { recordsPerSecond: 1, poisonRecordRate: 1 } })
    .node('archive', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0, timeoutSeconds: 5 })
    .node('orders-dlq', 'sqs-queue', { fifo, retentionSeconds: 120 })
    .edge('orders', 'archive', { batchSize: 10 })
    .edge('orders', 'orders-dlq')
    .build();
}

describe('dead-letter queue retention counts from the original enqueue time', () => {
  it('a standard queue: messages that spent 180 s failing expire at once in a DLQ that keeps them 120 s', () => {
    // A message sent at t is received at t, t+60, t+120 and moves to the DLQ at t+180, already
    // 180 s old, past the DLQ's 120 s: it expires on arrival. In 600 s, messages sent at
    // t = 0..419 arrive (420); none is kept. Before: each was kept 120 s, so 120 were still there.
    const r = run(failing(false), 600);
    const dlq = r.nodes['orders-dlq'];
    expect(dlq.received).toBe(420);
    expect(dlq.backlog).toBeLessThanOrEqual(1);
    expect(dlq.expired).toBeGreaterThanOrEqual(419);
  });

  it('a FIFO queue resets the enqueue time: the DLQ keeps each message its 120 s', () => {
    const r = run(failing(true), 600);
    const dlq = r.nodes['orders-dlq'];
    expect(dlq.received).toBeGreaterThan(0);
    expect(dlq.backlog).toBeGreaterThanOrEqual(100);
  });
});

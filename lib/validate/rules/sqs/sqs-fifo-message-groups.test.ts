import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html: on a FIFO queue Lambda keeps
// one batch per message group in flight, so concurrency is at most the number of active groups.
const fifo = (messageGroupCount: number) =>
  patched((d) => {
    Object.assign(nodeConfig(d, 'orders'), { fifo: true, messageGroupCount, traffic: { recordsPerSecond: 100, avgRecordBytes: 2000 } });
    Object.assign(nodeConfig(d, 'archive'), { durationMsPerInvocation: 50, durationMsPerRecord: 20 });
  });

describe('sqs-fifo-message-groups', () => {
  it('reports one message group for 100 messages/s at 250 ms per batch of 10 (needs 3 in flight) and offers 3 groups', () => {
    // One batch: 50 ms + 20 ms × 10 = 250 ms. 100 / 10 = 10 batches/s × 0.25 s = 2.5 → 3 batches in flight.
    // One group: 10 messages per 0.25 s = 40 messages/s.
    const p = fifo(1);
    expect(check(p, 'sqs-fifo-message-groups')).toEqual([
      {
        rule: 'sqs-fifo-message-groups',
        severity: 'warning',
        nodeId: 'orders',
        field: 'messageGroupCount',
        message: '1 message group let archive run at most 1 batch at a time, about 40 messages/s (10 per 0.25 s batch); 100 messages/s needs 3 in flight: the backlog grows without end',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'sqs-fifo-message-groups');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'orders')?.config).toMatchObject({ messageGroupCount: 3 });
  });

  it('accepts enough groups, and standard queues', () => {
    expect(check(fifo(3), 'sqs-fifo-message-groups')).toEqual([]);
    expect(check(patched((d) => Object.assign(nodeConfig(d, 'orders'), { messageGroupCount: 1, traffic: { recordsPerSecond: 5000 } })), 'sqs-fifo-message-groups')).toEqual([]);
  });
});

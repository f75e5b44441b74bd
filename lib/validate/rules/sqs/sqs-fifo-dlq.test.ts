import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html:
// the dead-letter queue of a FIFO queue must also be a FIFO queue.
describe('sqs-fifo-dlq', () => {
  it('reports a FIFO queue whose dead-letter queue is standard, and fixes it by making the DLQ FIFO', () => {
    const fifoSource = patched((d) => {
      nodeConfig(d, 'orders').fifo = true;
    });
    expect(check(fifoSource, 'sqs-fifo-dlq')).toEqual([
      {
        rule: 'sqs-fifo-dlq',
        severity: 'error',
        nodeId: 'orders-dlq',
        field: 'fifo',
        message: 'queue orders is FIFO but its dead-letter queue orders-dlq is standard (edge orders-dead-letter); SQS refuses a dead-letter queue of the other type',
      },
    ]);
    const fixed = afterFix(fifoSource, 'sqs-fifo-dlq');
    expect(fixed.remaining).toEqual([]);
    expect(fixed.applied.nodes.find((n) => n.id === 'orders-dlq')!.config).toMatchObject({ fifo: true });
  });

  it('reports a standard queue with a FIFO dead-letter queue', () => {
    expect(check(patched((d) => void (nodeConfig(d, 'orders-dlq').fifo = true)), 'sqs-fifo-dlq')).toHaveLength(1);
  });

  it('accepts queues of the same type', () => {
    expect(check(patched(() => {}), 'sqs-fifo-dlq')).toEqual([]);
    expect(check(patched((d) => { nodeConfig(d, 'orders').fifo = true; nodeConfig(d, 'orders-dlq').fifo = true; }), 'sqs-fifo-dlq')).toEqual([]);
  });
});

import { fifoMessagesPerSecond, SQS_FIFO_THROUGHPUT } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';

export const sqsFifoThroughput = defineRule({
  id: 'sqs-fifo-throughput',
  area: 'sqs',
  severity: 'error',
  title: 'Traffic above a FIFO queue\'s throughput',
  docsUrl: SQS_FIFO_THROUGHPUT.url,
  description:
    'A FIFO queue takes 300 calls per second per action (send, receive, delete): 300 messages/s one by one, 3,000 in batches of 10. High-throughput mode raises it to 70,000 calls/s (700,000 messages/s batched) in the largest Regions. Above the limit, calls fail with ThrottlingException.',
  check(ctx) {
    return ctx.nodesOfKind('sqs-queue').flatMap((queue) => {
      const c = queue.config;
      const rate = c.traffic.recordsPerSecond;
      if (!c.fifo || rate === 0) return [];
      const limit = fifoMessagesPerSecond(c.highThroughputFifo);
      if (rate <= limit.unbatched) return [];
      const ht = fifoMessagesPerSecond(true);
      const action = !c.highThroughputFifo && rate <= ht.batched ? setAction('Turn on FIFO high throughput', 'node', queue.id, 'highThroughputFifo', true) : undefined;
      const mode = c.highThroughputFifo ? 'in high-throughput mode' : 'without high-throughput mode';
      if (rate > limit.batched) {
        return [
          ctx.atNode(queue, 'traffic.recordsPerSecond', {
            message: `${num(rate)} messages/s is over the ${num(limit.batched)} messages/s a FIFO queue takes ${mode} even in batches of ${SQS_FIFO_THROUGHPUT.messagesPerBatch} (${num(limit.unbatched)} calls/s per action): sends are throttled`,
            fix: c.highThroughputFifo ? 'Split the traffic over several queues, or use a standard queue if strict order is not needed.' : 'Turn on high-throughput mode and spread messages over many message groups.',
            ...(action ? { action } : {}),
          }),
        ];
      }
      return [
        ctx.atNode(queue, 'traffic.recordsPerSecond', {
          severity: 'warning',
          message: `${num(rate)} messages/s is over the ${num(limit.unbatched)} calls/s per action a FIFO queue takes ${mode}: it works only if producers send in batches of up to ${SQS_FIFO_THROUGHPUT.messagesPerBatch} (SendMessageBatch), at least ${num(Math.ceil(rate / limit.unbatched))} messages a call`,
          fix: c.highThroughputFifo ? 'Send in batches (SendMessageBatch).' : 'Send in batches (SendMessageBatch), or turn on high-throughput mode.',
          ...(action ? { action } : {}),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'payments', kind: 'sqs-queue', config: { fifo: true, traffic: { recordsPerSecond: 5000 } } }] },
    passing: { nodes: [{ id: 'payments', kind: 'sqs-queue', config: { fifo: true, highThroughputFifo: true, traffic: { recordsPerSecond: 5000 } } }] },
  },
});

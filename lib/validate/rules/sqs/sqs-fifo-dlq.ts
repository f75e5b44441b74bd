import { fifoDeadLetterMismatches } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const sqsFifoDlq = defineRule({
  id: 'sqs-fifo-dlq',
  area: 'sqs',
  severity: 'error',
  title: 'Dead-letter queue of another type than its queue',
  docsUrl: AWS_DOCS.sqsDlq,
  description: "A FIFO queue's dead-letter queue must also be a FIFO queue, and a standard queue's a standard queue: SQS refuses the redrive policy otherwise, so the stack fails to deploy.",
  check(ctx) {
    return fifoDeadLetterMismatches(ctx).map(({ queue, dlq, edge }) => {
      const want = queue.config.fifo;
      return ctx.atNode(dlq, 'fifo', {
        message: `queue ${queue.id} is ${want ? 'FIFO' : 'standard'} but its dead-letter queue ${dlq.id} is ${want ? 'standard' : 'FIFO'} (edge ${edge.id}); SQS refuses a dead-letter queue of the other type`,
        fix: `Make ${dlq.id} a ${want ? 'FIFO' : 'standard'} queue, like ${queue.id}.`,
        action: setAction(want ? 'Make the dead-letter queue FIFO' : 'Make the dead-letter queue standard', 'node', dlq.id, 'fifo', want),
      });
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'payments', kind: 'sqs-queue', config: { fifo: true } },
        { id: 'payments-dlq', kind: 'sqs-queue' },
      ],
      edges: [{ id: 'payments-to-dlq', source: 'payments', target: 'payments-dlq' }],
    },
    passing: {
      nodes: [
        { id: 'payments', kind: 'sqs-queue', config: { fifo: true } },
        { id: 'payments-dlq', kind: 'sqs-queue', config: { fifo: true } },
      ],
      edges: [{ id: 'payments-to-dlq', source: 'payments', target: 'payments-dlq' }],
    },
  },
});

import { AWS_DOCS, defineRule } from '../../define-rule';
import { change } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';

export const sqsFifoBatchingWindow = defineRule({
  id: 'sqs-fifo-batching-window',
  area: 'sqs',
  severity: 'error',
  title: 'Batching window on a FIFO queue',
  docsUrl: AWS_DOCS.sqsLambda,
  description: 'Lambda does not support a batching window (MaximumBatchingWindowInSeconds) for SQS FIFO queues: the mapping is refused.',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, source }) => {
      const window = edge.config.batchingWindowSeconds;
      if (source.kind !== 'sqs-queue' || !source.config.fifo || window === undefined || window === 0) return [];
      return [
        ctx.atEdge(edge, 'batchingWindowSeconds', {
          message: `batchingWindowSeconds is ${num(window)} on a mapping from the FIFO queue ${source.id}; FIFO queues take no batching window, so Lambda refuses the mapping`,
          fix: 'Remove the batching window (FIFO batches are at most 10 messages anyway).',
          action: { label: 'Remove batching window', changes: [change.unset('edge', edge.id, 'batchingWindowSeconds')] },
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'payments', kind: 'sqs-queue', config: { fifo: true } },
        { id: 'settle', kind: 'lambda-function' },
      ],
      edges: [{ id: 'payments-to-settle', source: 'payments', target: 'settle', config: { batchingWindowSeconds: 5 } }],
    },
    passing: {
      nodes: [
        { id: 'payments', kind: 'sqs-queue', config: { fifo: true } },
        { id: 'settle', kind: 'lambda-function' },
      ],
      edges: [{ id: 'payments-to-settle', source: 'payments', target: 'settle' }],
    },
  },
});

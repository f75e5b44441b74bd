import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import { MAX_BATCH_SIZE, MAX_FIFO_BATCH_SIZE, MAX_SQS_BATCH_WITHOUT_WINDOW } from '../../../model';
import { eventSourceMappings, sourceLabel } from '../../facts/event-source-mappings';

export const esmBatchSize = defineRule({
  id: 'esm-batch-size',
  area: 'event-source-mapping',
  severity: 'error',
  title: 'Batch size outside what the source allows',
  docsUrl: AWS_DOCS.esmParameters,
  description:
    `Each event source has its own batch size range: Kinesis and DynamoDB Streams 1–${num(MAX_BATCH_SIZE)}; SQS standard queues ${MAX_SQS_BATCH_WITHOUT_WINDOW} without a batching window and up to ${num(MAX_BATCH_SIZE)} with one; FIFO queues ${MAX_FIFO_BATCH_SIZE}. Lambda refuses to create a mapping outside it.`,
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, source, esm }) => {
      const size = esm.batchSize;
      const what = sourceLabel(source);
      if (source.kind !== 'sqs-queue' || !source.config.fifo) {
        if (size > MAX_BATCH_SIZE) {
          return [
            ctx.atEdge(edge, 'batchSize', {
              message: `batch size ${num(size)} is over the maximum of ${num(MAX_BATCH_SIZE)} for ${what}: Lambda refuses the mapping`,
              fix: `Set the batch size to ${num(MAX_BATCH_SIZE)} or less.`,
              action: setAction(`Set batch size to ${num(MAX_BATCH_SIZE)}`, 'edge', edge.id, 'batchSize', MAX_BATCH_SIZE),
            }),
          ];
        }
        if (source.kind === 'sqs-queue' && size > MAX_SQS_BATCH_WITHOUT_WINDOW && esm.batchingWindowSeconds < 1) {
          return [
            ctx.atEdge(edge, 'batchSize', {
              message: `batch size ${num(size)} is over ${MAX_SQS_BATCH_WITHOUT_WINDOW}, the maximum for an SQS standard queue without a batching window: Lambda refuses the mapping`,
              fix: `Add a batching window of at least 1 s (batches up to ${num(MAX_BATCH_SIZE)}), or set the batch size to ${MAX_SQS_BATCH_WITHOUT_WINDOW}.`,
              action: setAction('Add a 1 s batching window', 'edge', edge.id, 'batchingWindowSeconds', 1),
            }),
          ];
        }
        return [];
      }
      if (size <= MAX_FIFO_BATCH_SIZE) return [];
      return [
        ctx.atEdge(edge, 'batchSize', {
          message: `batch size ${num(size)} is over ${MAX_FIFO_BATCH_SIZE}, the maximum for an SQS FIFO queue: Lambda refuses the mapping`,
          fix: `Set the batch size to ${MAX_FIFO_BATCH_SIZE}.`,
          action: setAction(`Set batch size to ${MAX_FIFO_BATCH_SIZE}`, 'edge', edge.id, 'batchSize', MAX_FIFO_BATCH_SIZE),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream' },
        { id: 'count', kind: 'lambda-function' },
      ],
      edges: [{ id: 'clicks-to-count', source: 'clicks', target: 'count', config: { batchSize: 20000, startingPosition: 'LATEST' } }],
    },
    passing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream' },
        { id: 'count', kind: 'lambda-function' },
      ],
      edges: [{ id: 'clicks-to-count', source: 'clicks', target: 'count', config: { batchSize: 500, startingPosition: 'LATEST' } }],
    },
  },
});

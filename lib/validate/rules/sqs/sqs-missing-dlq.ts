import { AWS_DOCS, defineRule } from '../../define-rule';
import { addQueueChanges } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';

export const sqsMissingDlq = defineRule({
  id: 'sqs-missing-dlq',
  area: 'sqs',
  severity: 'warning',
  title: 'Queue feeding Lambda has no dead-letter queue',
  docsUrl: AWS_DOCS.sqsDlq,
  description:
    'A message that always makes the function fail returns to the queue again and again until its retention ends (4 days by default), costing an invocation each time and then vanishing. A dead-letter queue catches it after maxReceiveCount attempts.',
  check(ctx) {
    const consumed = new Set(eventSourceMappings(ctx).filter((m) => !m.isStream).map((m) => m.source.id));
    return ctx.nodesOfKind('sqs-queue').flatMap((queue) => {
      if (!consumed.has(queue.id) || ctx.outgoingOf(queue.id, 'dead-letter').length > 0) return [];
      return [
        ctx.atNode(queue, undefined, {
          message: `${queue.id} feeds a Lambda function but has no dead-letter queue: a message that always fails is retried until its retention ends (${num(queue.config.retentionSeconds / 86400)} days), then lost`,
          fix: `Add a dead-letter queue; messages move there after ${num(queue.config.maxReceiveCount)} receives (maxReceiveCount).`,
          action: {
            label: 'Add a dead-letter queue',
            changes: addQueueChanges(ctx.idsInUse, queue, `${queue.id}-dlq`, `${queue.name} DLQ`, (dlqId) => ({
              source: queue.id,
              target: dlqId,
              config: {},
            })),
          },
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue', config: { visibilityTimeoutSeconds: 60 } },
        { id: 'archive', kind: 'lambda-function' },
      ],
      edges: [{ id: 'orders-to-archive', source: 'orders', target: 'archive' }],
    },
    passing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue', config: { visibilityTimeoutSeconds: 60 } },
        { id: 'orders-dlq', kind: 'sqs-queue' },
        { id: 'archive', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'orders-to-archive', source: 'orders', target: 'archive' },
        { id: 'orders-dead-letter', source: 'orders', target: 'orders-dlq' },
      ],
    },
  },
});

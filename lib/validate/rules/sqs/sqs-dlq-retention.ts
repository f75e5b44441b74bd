import { SQS_RETENTION_MAX_SECONDS } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { duration } from '../../format';

export const sqsDlqRetention = defineRule({
  id: 'sqs-dlq-retention',
  area: 'sqs',
  severity: 'warning',
  title: 'Dead-letter queue keeps messages no longer than its source',
  docsUrl: AWS_DOCS.sqsDlq,
  description:
    'A message keeps its original enqueue time when it moves to a standard dead-letter queue, so a DLQ whose retention is not longer than the source queue\'s deletes failed messages soon after they arrive, before anyone looks.',
  check(ctx) {
    return ctx.edgesOf('dead-letter').flatMap((edge) => {
      const source = ctx.node(edge.source);
      const dlq = ctx.node(edge.target);
      if (source?.kind !== 'sqs-queue' || dlq?.kind !== 'sqs-queue') return [];
      if (dlq.config.retentionSeconds > source.config.retentionSeconds) return [];
      return [
        ctx.atNode(dlq, 'retentionSeconds', {
          message: `the dead-letter queue ${dlq.id} keeps messages ${duration(dlq.config.retentionSeconds)}, no longer than its source ${source.id} (${duration(source.config.retentionSeconds)}): failed messages keep their original age and can expire soon after they arrive`,
          fix: `Set the dead-letter queue retention to ${duration(SQS_RETENTION_MAX_SECONDS)} (the maximum).`,
          action: setAction(`Set DLQ retention to ${duration(SQS_RETENTION_MAX_SECONDS)}`, 'node', dlq.id, 'retentionSeconds', SQS_RETENTION_MAX_SECONDS),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue' },
        { id: 'orders-dlq', kind: 'sqs-queue' },
      ],
      edges: [{ id: 'orders-dead-letter', source: 'orders', target: 'orders-dlq' }],
    },
    passing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue' },
        { id: 'orders-dlq', kind: 'sqs-queue', config: { retentionSeconds: 1209600 } },
      ],
      edges: [{ id: 'orders-dead-letter', source: 'orders', target: 'orders-dlq' }],
    },
  },
});

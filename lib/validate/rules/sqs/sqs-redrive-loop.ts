import { redriveLoopEdges } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';

export const sqsRedriveLoop = defineRule({
  id: 'sqs-redrive-loop',
  area: 'sqs',
  severity: 'error',
  title: 'Dead-letter queues that loop back',
  docsUrl: AWS_DOCS.sqsDlq,
  description:
    'A dead-letter queue holds the messages its source queue could not process. A queue that is its own dead-letter queue, or queues whose dead-letter queues lead back to them, keep no failed message apart, and CloudFormation cannot create them: each redrive policy needs the other queue first (a circular dependency).',
  check(ctx) {
    const loop = redriveLoopEdges(ctx);
    return ctx.edgesOf('dead-letter').flatMap((edge) => {
      if (!loop.has(edge.id)) return [];
      const what = edge.source === edge.target ? `${edge.source} is its own dead-letter queue` : `the dead-letter queue of ${edge.source} is ${edge.target}, whose dead-letter queues lead back to ${edge.source}`;
      return [
        ctx.atEdge(edge, undefined, {
          message: `${what}: failed messages are never set apart, and CloudFormation cannot create the queues (circular dependency); the export leaves this redrive policy out`,
          fix: 'Send failed messages to a separate queue that has no dead-letter queue of its own.',
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue' },
        { id: 'retries', kind: 'sqs-queue', config: { retentionSeconds: 1209600 } },
      ],
      edges: [
        { id: 'orders-dead-letter', source: 'orders', target: 'retries' },
        { id: 'retries-dead-letter', source: 'retries', target: 'orders' },
      ],
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

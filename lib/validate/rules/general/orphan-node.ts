import { AWS_DOCS, defineRule } from '../../define-rule';

export const orphanNode = defineRule({
  id: 'orphan-node',
  area: 'general',
  severity: 'info',
  title: 'Node with no connections',
  docsUrl: AWS_DOCS.decommission,
  description: 'A resource connected to nothing takes no part in the pipeline: it is either unfinished design or something that would be deployed and paid for without a purpose.',
  check(ctx) {
    return ctx.pipeline.nodes.flatMap((node) => {
      if (ctx.incoming(node.id).length > 0 || ctx.outgoing(node.id).length > 0) return [];
      return [
        ctx.atNode(node, undefined, {
          message: `${node.id} is connected to nothing: it takes no part in the pipeline but would still be deployed (and paid for)`,
          fix: 'Connect it to the pipeline, or remove it.',
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'spare', kind: 'sqs-queue' }] },
    passing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue' },
        { id: 'jobs-dlq', kind: 'sqs-queue', config: { retentionSeconds: 1209600 } },
      ],
      edges: [{ id: 'jobs-dead-letter', source: 'jobs', target: 'jobs-dlq' }],
    },
  },
});

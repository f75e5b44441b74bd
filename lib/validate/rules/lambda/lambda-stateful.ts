import { AWS_DOCS, defineRule } from '../../define-rule';

export const lambdaStateful = defineRule({
  id: 'lambda-stateful',
  area: 'lambda',
  severity: 'warning',
  title: 'Stateful function with nowhere to keep its state',
  docsUrl: AWS_DOCS.lambdaBestPractices,
  description:
    'Lambda execution environments are created and discarded at will; memory and /tmp do not survive between invocations reliably. State must live in a store such as DynamoDB or S3.',
  check(ctx) {
    return ctx.nodesOfKind('lambda-function').flatMap((fn) => {
      if (!fn.config.stateful) return [];
      const store = [...ctx.outgoing(fn.id).map((e) => e.target), ...ctx.incoming(fn.id).map((e) => e.source)]
        .map((id) => ctx.node(id)?.kind)
        .some((k) => k === 'dynamodb-table' || k === 's3-bucket');
      if (store) return [];
      return [
        ctx.atNode(fn, 'stateful', {
          message: 'the function keeps state between invocations, but no DynamoDB table or S3 bucket is connected to hold it: Lambda discards execution environments (and their memory and /tmp) at any time',
          fix: 'Connect the function to a DynamoDB table (small, frequently updated state) or an S3 bucket (large objects) and keep the state there.',
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'counter', kind: 'lambda-function', config: { stateful: true } }] },
    passing: {
      nodes: [
        { id: 'counter', kind: 'lambda-function', config: { stateful: true } },
        { id: 'counts', kind: 'dynamodb-table' },
      ],
      edges: [{ id: 'counter-to-counts', source: 'counter', target: 'counts' }],
    },
  },
});

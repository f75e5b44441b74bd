import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const dynamodbStreamDisabled = defineRule({
  id: 'dynamodb-stream-disabled',
  area: 'dynamodb',
  severity: 'error',
  title: 'Table feeds Lambda without a stream',
  docsUrl: AWS_DOCS.dynamodbStreamsLambda,
  description: 'Lambda reads a DynamoDB table\'s changes from its stream. Without StreamSpecification there is no stream ARN, and the event source mapping cannot be created.',
  check(ctx) {
    return ctx.nodesOfKind('dynamodb-table').flatMap((table) => {
      if (table.config.streamEnabled || ctx.outgoingOf(table.id, 'event-source-mapping').length === 0) return [];
      return [
        ctx.atNode(table, 'streamEnabled', {
          message: `${table.id} feeds a Lambda function but its stream is not enabled: there is nothing for the function to read, and the mapping cannot be created`,
          fix: `Enable the table's stream (view type ${table.config.streamViewType}).`,
          action: setAction('Enable the stream', 'node', table.id, 'streamEnabled', true),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'dynamodb-table' },
        { id: 'audit', kind: 'lambda-function' },
      ],
      edges: [{ id: 'orders-to-audit', source: 'orders', target: 'audit', config: { startingPosition: 'LATEST' } }],
    },
    passing: {
      nodes: [
        { id: 'orders', kind: 'dynamodb-table', config: { streamEnabled: true } },
        { id: 'audit', kind: 'lambda-function' },
      ],
      edges: [{ id: 'orders-to-audit', source: 'orders', target: 'audit', config: { startingPosition: 'LATEST' } }],
    },
  },
});

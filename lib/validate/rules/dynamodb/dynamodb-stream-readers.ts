import { DYNAMODB_STREAM_MAX_READERS_PER_SHARD, EFO_CONSUMERS_PER_STREAM } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { num } from '../../format';

export const dynamodbStreamReaders = defineRule({
  id: 'dynamodb-stream-readers',
  area: 'dynamodb',
  severity: 'warning',
  title: 'More than two readers on one DynamoDB stream',
  docsUrl: AWS_DOCS.dynamodbStreams,
  description:
    'DynamoDB Streams allows at most two processes to read a shard at once; a third consumer is throttled, and every reader falls behind. Fan out through one function (or Kinesis Data Streams for DynamoDB) instead. The simulator does not model this read limit, so a simulation does not show it.',
  check(ctx) {
    return ctx.nodesOfKind('dynamodb-table').flatMap((table) => {
      const ids = ctx.outgoingOf(table.id, 'event-source-mapping').map((e) => e.target);
      const readers = ids.length;
      if (readers <= DYNAMODB_STREAM_MAX_READERS_PER_SHARD) return [];
      return [
        ctx.atNode(table, undefined, {
          message: `${num(readers)} consumers read the stream of ${table.id} (${ids.join(', ')}); DynamoDB Streams allows at most ${DYNAMODB_STREAM_MAX_READERS_PER_SHARD} readers per shard, so reads are throttled and every consumer falls behind`,
          fix: `Keep ${DYNAMODB_STREAM_MAX_READERS_PER_SHARD} consumers at most: fan out from one function (to SNS, EventBridge or SQS), or stream the table into Kinesis Data Streams, which supports up to ${EFO_CONSUMERS_PER_STREAM} enhanced fan-out consumers.`,
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'dynamodb-table', config: { streamEnabled: true } },
        { id: 'audit', kind: 'lambda-function' },
        { id: 'search-sync', kind: 'lambda-function' },
        { id: 'metrics', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'orders-to-audit', source: 'orders', target: 'audit', config: { startingPosition: 'LATEST' } },
        { id: 'orders-to-search', source: 'orders', target: 'search-sync', config: { startingPosition: 'LATEST' } },
        { id: 'orders-to-metrics', source: 'orders', target: 'metrics', config: { startingPosition: 'LATEST' } },
      ],
    },
    passing: {
      nodes: [
        { id: 'orders', kind: 'dynamodb-table', config: { streamEnabled: true } },
        { id: 'audit', kind: 'lambda-function' },
        { id: 'search-sync', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'orders-to-audit', source: 'orders', target: 'audit', config: { startingPosition: 'LATEST' } },
        { id: 'orders-to-search', source: 'orders', target: 'search-sync', config: { startingPosition: 'LATEST' } },
      ],
    },
  },
});

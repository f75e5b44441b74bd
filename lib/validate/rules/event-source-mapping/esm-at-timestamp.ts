import { atTimestampProblems } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const esmAtTimestamp = defineRule({
  id: 'esm-at-timestamp',
  area: 'event-source-mapping',
  severity: 'error',
  title: 'AT_TIMESTAMP without a timestamp, or on a DynamoDB stream',
  docsUrl: AWS_DOCS.esmParameters,
  description:
    'Starting position AT_TIMESTAMP is for Kinesis streams only and needs StartingPositionTimestamp (startingPositionTimestamp on the edge). DynamoDB Streams take TRIM_HORIZON or LATEST. Lambda refuses the mapping otherwise.',
  check(ctx) {
    return atTimestampProblems(ctx).map(({ edge, source, problem }) =>
      problem === 'dynamodb'
        ? ctx.atEdge(edge, 'startingPosition', {
            message: `startingPosition AT_TIMESTAMP on a mapping from the DynamoDB table ${source.id}; DynamoDB Streams only start at TRIM_HORIZON or LATEST, and Lambda refuses the mapping`,
            fix: 'Start at TRIM_HORIZON (everything the stream still holds, up to 24 hours) or LATEST.',
            action: setAction('Start at TRIM_HORIZON', 'edge', edge.id, 'startingPosition', 'TRIM_HORIZON'),
          })
        : ctx.atEdge(edge, 'startingPositionTimestamp', {
            message: `startingPosition AT_TIMESTAMP without startingPositionTimestamp on the mapping from ${source.id}; Lambda needs the time to start reading from`,
            fix: 'Set startingPositionTimestamp (Unix seconds), or start at TRIM_HORIZON.',
            action: setAction('Start at TRIM_HORIZON', 'edge', edge.id, 'startingPosition', 'TRIM_HORIZON'),
          }),
    );
  },
  examples: {
    failing: {
      nodes: [
        { id: 'changes', kind: 'dynamodb-table', config: { streamEnabled: true } },
        { id: 'audit', kind: 'lambda-function' },
      ],
      edges: [{ id: 'changes-to-audit', source: 'changes', target: 'audit', config: { startingPosition: 'AT_TIMESTAMP' } }],
    },
    passing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream' },
        { id: 'count', kind: 'lambda-function' },
      ],
      edges: [{ id: 'clicks-to-count', source: 'clicks', target: 'count', config: { startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 1796601600 } }],
    },
  },
});

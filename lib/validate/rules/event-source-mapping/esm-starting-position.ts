import { AWS_DOCS, defineRule } from '../../define-rule';
import { change, setAction } from '../../fix-actions';
import { eventSourceMappings } from '../../facts/event-source-mappings';

export const esmStartingPosition = defineRule({
  id: 'esm-starting-position',
  area: 'event-source-mapping',
  severity: 'error',
  title: 'Starting position missing on a stream, or set on a queue',
  docsUrl: AWS_DOCS.esmParameters,
  description:
    'A Kinesis or DynamoDB Streams mapping must say where to start reading (TRIM_HORIZON: the oldest record kept; LATEST: only new ones). An SQS mapping must not have one: Lambda refuses it.',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, isStream }) => {
      const position = edge.config.startingPosition;
      if (!isStream && position !== undefined) {
        return [
          ctx.atEdge(edge, 'startingPosition', {
            message: `startingPosition "${position}" is set on an SQS mapping; it only applies to Kinesis and DynamoDB Streams, and Lambda refuses it for a queue`,
            fix: 'Remove the starting position.',
            action: { label: 'Remove starting position', changes: [change.unset('edge', edge.id, 'startingPosition')] },
          }),
        ];
      }
      if (isStream && position === undefined) {
        return [
          ctx.atEdge(edge, 'startingPosition', {
            severity: 'info',
            message: 'no startingPosition: a stream mapping requires one, and Sluice assumes LATEST, which skips every record written before the mapping exists',
            fix: 'Choose TRIM_HORIZON (process what the stream still holds) or LATEST (only new records) explicitly.',
            action: setAction('Set starting position to LATEST', 'edge', edge.id, 'startingPosition', 'LATEST'),
          }),
        ];
      }
      return [];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue' },
        { id: 'work', kind: 'lambda-function' },
      ],
      edges: [{ id: 'jobs-to-work', source: 'jobs', target: 'work', config: { startingPosition: 'LATEST' } }],
    },
    passing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue' },
        { id: 'work', kind: 'lambda-function' },
      ],
      edges: [{ id: 'jobs-to-work', source: 'jobs', target: 'work' }],
    },
  },
});

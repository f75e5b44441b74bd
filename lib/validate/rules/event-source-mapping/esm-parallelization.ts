import { AWS_DOCS, defineRule } from '../../define-rule';
import { change, setAction } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';

export const esmParallelization = defineRule({
  id: 'esm-parallelization',
  area: 'event-source-mapping',
  severity: 'error',
  title: 'Parallelization factor outside 1–10, or set on a queue',
  docsUrl: AWS_DOCS.kinesisLambda,
  description:
    'A stream mapping processes 1 to 10 batches per shard at once (ParallelizationFactor). Lambda refuses other values; SQS mappings have no such setting (they scale with the queue, capped by maximum concurrency).',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, isStream }) => {
      const factor = edge.config.parallelizationFactor;
      if (factor === undefined) return [];
      if (!isStream) {
        return [
          ctx.atEdge(edge, 'parallelizationFactor', {
            severity: 'warning',
            message: `parallelizationFactor ${num(factor)} is set on an SQS mapping, which has no such setting (it applies to Kinesis and DynamoDB Streams): it is ignored`,
            fix: 'Remove it; to limit how many functions an SQS queue drives, set maxConcurrency (2 to 1,000).',
            action: { label: 'Remove parallelization factor', changes: [change.unset('edge', edge.id, 'parallelizationFactor')] },
          }),
        ];
      }
      if (factor <= 10) return [];
      return [
        ctx.atEdge(edge, 'parallelizationFactor', {
          message: `parallelizationFactor ${num(factor)} is over the maximum of 10 concurrent batches per shard: Lambda refuses the mapping`,
          fix: 'Set it to 10 at most; for more throughput, add shards.',
          action: setAction('Set parallelization factor to 10', 'edge', edge.id, 'parallelizationFactor', 10),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'handle', kind: 'lambda-function' },
      ],
      edges: [{ id: 'events-to-handle', source: 'events', target: 'handle', config: { startingPosition: 'LATEST', parallelizationFactor: 12 } }],
    },
    passing: {
      nodes: [
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'handle', kind: 'lambda-function' },
      ],
      edges: [{ id: 'events-to-handle', source: 'events', target: 'handle', config: { startingPosition: 'LATEST', parallelizationFactor: 4 } }],
    },
  },
});

import { edgeFieldSpec, MAX_PARALLELIZATION_FACTOR, MIN_PARALLELIZATION_FACTOR } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { change, setAction } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';

const MAX_CONCURRENCY = edgeFieldSpec('queue-mapping', 'maxConcurrency');

export const esmParallelization = defineRule({
  id: 'esm-parallelization',
  area: 'event-source-mapping',
  severity: 'error',
  title: `Parallelization factor outside ${MIN_PARALLELIZATION_FACTOR}–${MAX_PARALLELIZATION_FACTOR}, or set on a queue`,
  docsUrl: AWS_DOCS.kinesisLambda,
  description:
    `A stream mapping processes ${MIN_PARALLELIZATION_FACTOR} to ${MAX_PARALLELIZATION_FACTOR} batches per shard at once (ParallelizationFactor). Lambda refuses other values; SQS mappings have no such setting (they scale with the queue, capped by maximum concurrency).`,
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, isStream }) => {
      const factor = edge.config.parallelizationFactor;
      if (factor === undefined) return [];
      if (!isStream) {
        return [
          ctx.atEdge(edge, 'parallelizationFactor', {
            severity: 'warning',
            message: `parallelizationFactor ${num(factor)} is set on an SQS mapping, which has no such setting (it applies to Kinesis and DynamoDB Streams): it is ignored`,
            fix: `Remove it; to limit how many functions an SQS queue drives, set maxConcurrency (${num(MAX_CONCURRENCY.min ?? 0)} to ${num(MAX_CONCURRENCY.max ?? 0)}).`,
            action: { label: 'Remove parallelization factor', changes: [change.unset('edge', edge.id, 'parallelizationFactor')] },
          }),
        ];
      }
      if (factor <= MAX_PARALLELIZATION_FACTOR) return [];
      return [
        ctx.atEdge(edge, 'parallelizationFactor', {
          message: `parallelizationFactor ${num(factor)} is over the maximum of ${MAX_PARALLELIZATION_FACTOR} concurrent batches per shard: Lambda refuses the mapping`,
          fix: `Set it to ${MAX_PARALLELIZATION_FACTOR} at most; for more throughput, add shards.`,
          action: setAction(`Set parallelization factor to ${MAX_PARALLELIZATION_FACTOR}`, 'edge', edge.id, 'parallelizationFactor', MAX_PARALLELIZATION_FACTOR),
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

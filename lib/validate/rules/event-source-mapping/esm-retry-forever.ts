import { AWS_DOCS, defineRule } from '../../define-rule';
import { addQueueChanges, change } from '../../fix-actions';
import { eventSourceMappings } from '../../facts/event-source-mappings';

export const esmRetryForever = defineRule({
  id: 'esm-retry-forever',
  area: 'event-source-mapping',
  severity: 'warning',
  title: 'Stream mapping retries a failing batch forever',
  docsUrl: AWS_DOCS.kinesisErrors,
  description:
    'With the defaults (unlimited retries, no record age limit, no bisect, no on-failure destination), one record that always fails makes Lambda retry its batch until the data expires from the stream: the shard stalls for the whole retention period.',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, fn, esm, isStream }) => {
      if (!isStream) return [];
      if (esm.maxRetryAttempts !== -1 || esm.maxRecordAgeSeconds !== -1 || esm.bisectOnError) return [];
      if (ctx.outgoingOf(fn.id, 'on-failure').length > 0) return [];
      return [
        ctx.atEdge(edge, 'maxRetryAttempts', {
          message: 'the mapping retries failed batches without limit (maxRetryAttempts -1, no maxRecordAgeSeconds, no bisect, no on-failure destination): one poison record stalls its shard until the data expires',
          fix: 'Cap the retries (e.g. 3), split failing batches (bisectOnError), and send discarded batches to an on-failure destination (an SQS queue).',
          action: {
            label: 'Cap retries at 3, split failing batches, add a failure queue',
            changes: [
              change.set('edge', edge.id, 'maxRetryAttempts', 3),
              change.set('edge', edge.id, 'bisectOnError', true),
              ...addQueueChanges(ctx.idsInUse, fn, `${fn.id}-failures`, `${fn.name} failures`, (queueId) => ({
                source: fn.id,
                target: queueId,
                config: { role: 'on-failure' },
              })),
            ],
          },
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
      edges: [{ id: 'events-to-handle', source: 'events', target: 'handle', config: { startingPosition: 'LATEST' } }],
    },
    passing: {
      nodes: [
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'handle', kind: 'lambda-function' },
        { id: 'handle-failures', kind: 'sqs-queue' },
      ],
      edges: [
        { id: 'events-to-handle', source: 'events', target: 'handle', config: { startingPosition: 'LATEST', maxRetryAttempts: 3, bisectOnError: true } },
        { id: 'handle-to-failures', source: 'handle', target: 'handle-failures', config: { role: 'on-failure' } },
      ],
    },
  },
});

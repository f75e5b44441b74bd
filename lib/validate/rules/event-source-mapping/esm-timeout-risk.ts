import { MAX_TIMEOUT_SECONDS as MAX_TIMEOUT, maxBatchSize, recordsPerPayload } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';
import { invocationSeconds, trafficOf } from '../../facts/lambda-load';


export const esmTimeoutRisk = defineRule({
  id: 'esm-timeout-risk',
  area: 'event-source-mapping',
  severity: 'warning',
  title: 'A full batch takes longer than the function timeout',
  docsUrl: AWS_DOCS.kinesisErrors,
  description:
    'When processing a full batch takes longer than the timeout, every batch times out and is retried. On a stream the shard makes no progress meanwhile; on a queue the messages cycle until they reach the dead-letter queue.',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, source, fn, esm, isStream }) => {
      // Lambda cuts a batch at the 6 MB payload limit: a full batch is what fits (esm-payload-split).
      const record = trafficOf(source)?.avgRecordBytes ?? 0;
      const payloadFit = recordsPerPayload(record);
      const batch = Math.min(esm.batchSize, payloadFit);
      const cut = batch < esm.batchSize;
      const seconds = invocationSeconds(fn, batch);
      // A timeout above Lambda's maximum is its own finding; here the function stops at 900 s.
      const timeout = Math.min(fn.config.timeoutSeconds, MAX_TIMEOUT);
      if (seconds <= timeout || timeout <= 0) return [];
      const perRecordMs = fn.config.durationMsPerRecord;
      const maxBatch = maxBatchSize({ kind: source.kind, fifo: source.kind === 'sqs-queue' && source.config.fifo }, esm.batchingWindowSeconds);
      const fitting = perRecordMs > 0 ? Math.min(maxBatch, payloadFit, Math.floor((timeout * 1000 - fn.config.durationMsPerInvocation) / perRecordMs)) : 0;
      const consequence = isStream ? 'every batch fails and is retried, blocking the shard' : 'every batch fails and returns to the queue';
      return [
        ctx.atEdge(edge, 'batchSize', {
          message: `a full batch of ${num(batch)} records${cut ? ` (the ${num(esm.batchSize)} configured, cut at 6 MB)` : ''} takes about ${num(seconds)} s (${num(fn.config.durationMsPerInvocation)} ms + ${num(perRecordMs)} ms × ${num(batch)}), longer than the ${num(timeout)} s timeout of ${fn.id}${fn.config.timeoutSeconds > MAX_TIMEOUT ? ' (its configured timeout is above the 900 s maximum)' : ''}: ${consequence}`,
          fix: `Use a smaller batch${fitting >= 1 ? ` (${num(fitting)} records fit)` : ''}, a longer timeout${isStream ? ', or more shards' : ''}.`,
          ...(fitting >= 1 ? { action: setAction(`Set batch size to ${num(fitting)}`, 'edge', edge.id, 'batchSize', fitting) } : {}),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'slow', kind: 'lambda-function', config: { timeoutSeconds: 10, durationMsPerRecord: 200 } },
      ],
      edges: [{ id: 'events-to-slow', source: 'events', target: 'slow', config: { batchSize: 100, startingPosition: 'LATEST' } }],
    },
    passing: {
      nodes: [
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'slow', kind: 'lambda-function', config: { timeoutSeconds: 30, durationMsPerRecord: 200 } },
      ],
      edges: [{ id: 'events-to-slow', source: 'events', target: 'slow', config: { batchSize: 100, startingPosition: 'LATEST' } }],
    },
  },
});

import { recordsPerPayload, SYNC_PAYLOAD_BYTES } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { bytes, num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';
import { trafficOf } from '../../facts/lambda-load';

export const esmPayloadSplit = defineRule({
  id: 'esm-payload-split',
  area: 'event-source-mapping',
  severity: 'info',
  title: 'Full batches exceed the 6 MB payload and will be split',
  docsUrl: AWS_DOCS.lambdaLimits,
  description:
    'Lambda invokes a poller\'s function synchronously, with at most 6 MB of records. A larger batch is cut to fit, so functions see smaller batches than configured, and more invocations run.',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, source, esm }) => {
      const record = trafficOf(source)?.avgRecordBytes ?? 0;
      const total = esm.batchSize * record;
      if (total <= SYNC_PAYLOAD_BYTES) return [];
      const fits = recordsPerPayload(record);
      return [
        ctx.atEdge(edge, 'batchSize', {
          message: `a full batch is ${num(esm.batchSize)} records × ${bytes(record)} = ${bytes(total)}, over the 6 MB synchronous payload limit: batches will be split into about ${num(fits)} records each`,
          fix: `Expect batches of about ${num(fits)} records, or set the batch size to ${num(fits)} so the configuration says what happens.`,
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'kinesis-stream', config: { traffic: { avgRecordBytes: 100000 } } },
        { id: 'load', kind: 'lambda-function', config: { timeoutSeconds: 60 } },
      ],
      edges: [{ id: 'orders-to-load', source: 'orders', target: 'load', config: { batchSize: 100, startingPosition: 'LATEST' } }],
    },
    passing: {
      nodes: [
        { id: 'orders', kind: 'kinesis-stream', config: { traffic: { avgRecordBytes: 1000 } } },
        { id: 'load', kind: 'lambda-function', config: { timeoutSeconds: 60 } },
      ],
      edges: [{ id: 'orders-to-load', source: 'orders', target: 'load', config: { batchSize: 100, startingPosition: 'LATEST' } }],
    },
  },
});

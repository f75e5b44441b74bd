import { ASYNC_PAYLOAD_BYTES, ASYNC_PAYLOAD_BYTES_BEFORE_2025, SYNC_PAYLOAD_BYTES } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { bytes } from '../../format';
import { trafficOf } from '../../facts/lambda-load';

const OLD_ASYNC_LIMIT = ASYNC_PAYLOAD_BYTES_BEFORE_2025;
const ASYNC_LIMIT = ASYNC_PAYLOAD_BYTES;

export const lambdaPayloadSize = defineRule({
  id: 'lambda-payload-size',
  area: 'lambda',
  severity: 'error',
  title: 'Event larger than Lambda accepts',
  docsUrl: AWS_DOCS.lambdaInvoke,
  description:
    `Lambda refuses events over its payload limit: ${bytes(SYNC_PAYLOAD_BYTES)} for synchronous calls (API Gateway), ${bytes(ASYNC_LIMIT)} for asynchronous ones (SNS, IoT; ${bytes(OLD_ASYNC_LIMIT)} until late 2025, which the 2019 notes give). Larger records must travel through S3, with only a pointer in the event.`,
  check(ctx) {
    return ctx.edgesOf('push').flatMap((edge) => {
      const source = ctx.node(edge.source);
      if (ctx.node(edge.target)?.kind !== 'lambda-function' || !source) return [];
      // S3 sends a notification about the object, never the object itself.
      if (source.kind === 's3-bucket') return [];
      const size = trafficOf(source)?.avgRecordBytes ?? 0;
      if (source.kind === 'api-gateway') {
        if (size <= SYNC_PAYLOAD_BYTES) return [];
        return [
          ctx.atEdge(edge, undefined, {
            message: `requests average ${bytes(size)}, over the ${bytes(SYNC_PAYLOAD_BYTES)} synchronous Lambda payload limit: Lambda rejects them`,
            fix: 'Have clients upload large bodies to S3 (a presigned URL) and send the key instead.',
          }),
        ];
      }
      if (size <= OLD_ASYNC_LIMIT) return [];
      const over = size > ASYNC_LIMIT;
      return [
        ctx.atEdge(edge, undefined, {
          severity: over ? 'error' : 'warning',
          message: over
            ? `events from ${source.id} average ${bytes(size)}, over the asynchronous Lambda payload limit (${bytes(ASYNC_LIMIT)} today; ${bytes(OLD_ASYNC_LIMIT)} in the 2019 notes): Lambda rejects them`
            : `events from ${source.id} average ${bytes(size)}: within today's ${bytes(ASYNC_LIMIT)} asynchronous payload limit, but over the ${bytes(OLD_ASYNC_LIMIT)} the 2019 notes give (the limit until late 2025); older SDKs, SNS (${bytes(OLD_ASYNC_LIMIT)} messages) and tooling may still refuse them`,
          fix: `Put large payloads in S3 and send a pointer (the claim-check pattern).`,
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'telemetry', kind: 'iot-rule', config: { traffic: { recordsPerSecond: 1, avgRecordBytes: 2000000 } } },
        { id: 'store', kind: 'lambda-function' },
      ],
      edges: [{ id: 'telemetry-to-store', source: 'telemetry', target: 'store' }],
    },
    passing: {
      nodes: [
        { id: 'telemetry', kind: 'iot-rule', config: { traffic: { recordsPerSecond: 1, avgRecordBytes: 2000 } } },
        { id: 'store', kind: 'lambda-function' },
      ],
      edges: [{ id: 'telemetry-to-store', source: 'telemetry', target: 'store' }],
    },
  },
});

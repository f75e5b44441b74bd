import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { bytes, duration, num } from '../../format';
import type { DraftFinding } from '../../types';
import {
  SQS_DELAY_MAX_SECONDS,
  SQS_MESSAGE_MAX_BYTES,
  SQS_MESSAGE_MAX_BYTES_BEFORE_2025,
  SQS_RETENTION_MAX_SECONDS,
  SQS_RETENTION_MIN_SECONDS,
  SQS_VISIBILITY_MAX_SECONDS,
} from '../../../model';
import { KIB, MIB } from '../../../model/units';

// As AWS writes them: "1 MiB" today, "256 KB" in the 2019 notes.
const MAX_MESSAGE = `${num(SQS_MESSAGE_MAX_BYTES / MIB)} MiB`;
const OLD_MAX_MESSAGE = `${num(SQS_MESSAGE_MAX_BYTES_BEFORE_2025 / KIB)} KB`;

export const sqsParameterRange = defineRule({
  id: 'sqs-parameter-range',
  area: 'sqs',
  severity: 'error',
  title: 'Queue setting outside what SQS allows',
  docsUrl: AWS_DOCS.sqsQuotas,
  description:
    `SQS keeps messages ${num(SQS_RETENTION_MIN_SECONDS)} s to ${duration(SQS_RETENTION_MAX_SECONDS)}, hides them for 0–${num(SQS_VISIBILITY_MAX_SECONDS)} s, delays them 0–${num(SQS_DELAY_MAX_SECONDS)} s, and takes messages up to ${MAX_MESSAGE} (${OLD_MAX_MESSAGE} in the 2019 notes, the limit until 2025). Other values fail the deployment or the send.`,
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const q of ctx.nodesOfKind('sqs-queue')) {
      const c = q.config;
      const range = (field: string, value: number, min: number, max: number, unit: string) => {
        if (value >= min && value <= max) return;
        const fixed = value < min ? min : max;
        out.push(
          ctx.atNode(q, field, {
            message: `${field} is ${num(value)} ${unit}; SQS allows ${num(min)} to ${num(max)} ${unit}, so the deployment would fail`,
            fix: `Set ${field} between ${num(min)} and ${num(max)}.`,
            action: setAction(`Set ${field} to ${num(fixed)}`, 'node', q.id, field, fixed),
          }),
        );
      };
      range('retentionSeconds', c.retentionSeconds, SQS_RETENTION_MIN_SECONDS, SQS_RETENTION_MAX_SECONDS, 's');
      range('visibilityTimeoutSeconds', c.visibilityTimeoutSeconds, 0, SQS_VISIBILITY_MAX_SECONDS, 's');
      range('delaySeconds', c.delaySeconds, 0, SQS_DELAY_MAX_SECONDS, 's');
      const size = c.traffic.avgRecordBytes;
      if (size > SQS_MESSAGE_MAX_BYTES_BEFORE_2025) {
        const over = size > SQS_MESSAGE_MAX_BYTES;
        out.push(
          ctx.atNode(q, 'traffic.avgRecordBytes', {
            severity: over ? 'error' : 'warning',
            message: over
              ? `messages average ${bytes(size)}, over the SQS maximum of ${MAX_MESSAGE} (${OLD_MAX_MESSAGE} in the 2019 notes): SendMessage rejects them`
              : `messages average ${bytes(size)}: within today's ${MAX_MESSAGE} SQS maximum, but over the ${OLD_MAX_MESSAGE} of the 2019 notes (the limit until 2025); SNS subscriptions (${OLD_MAX_MESSAGE}) and older clients still refuse them`,
            fix: 'Store large payloads in S3 and queue a pointer (the Extended Client Library does this).',
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: { nodes: [{ id: 'jobs', kind: 'sqs-queue', config: { retentionSeconds: 2000000 } }] },
    passing: { nodes: [{ id: 'jobs', kind: 'sqs-queue', config: { retentionSeconds: 1209600 } }] },
  },
});

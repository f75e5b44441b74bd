import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { bytes, num } from '../../format';
import type { DraftFinding } from '../../types';

const MAX_MESSAGE = 1024 * 1024;
const OLD_MAX_MESSAGE = 256 * 1024;

export const sqsParameterRange = defineRule({
  id: 'sqs-parameter-range',
  area: 'sqs',
  severity: 'error',
  title: 'Queue setting outside what SQS allows',
  docsUrl: AWS_DOCS.sqsQuotas,
  description:
    'SQS keeps messages 60 s to 14 days, hides them for 0–43,200 s, delays them 0–900 s, and takes messages up to 1 MiB (256 KB in the 2019 notes, the limit until 2025). Other values fail the deployment or the send.',
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
      range('retentionSeconds', c.retentionSeconds, 60, 1209600, 's');
      range('visibilityTimeoutSeconds', c.visibilityTimeoutSeconds, 0, 43200, 's');
      range('delaySeconds', c.delaySeconds, 0, 900, 's');
      const size = c.traffic.avgRecordBytes;
      if (size > OLD_MAX_MESSAGE) {
        const over = size > MAX_MESSAGE;
        out.push(
          ctx.atNode(q, 'traffic.avgRecordBytes', {
            severity: over ? 'error' : 'warning',
            message: over
              ? `messages average ${bytes(size)}, over the SQS maximum of 1 MiB (256 KB in the 2019 notes): SendMessage rejects them`
              : `messages average ${bytes(size)}: within today's 1 MiB SQS maximum, but over the 256 KB of the 2019 notes (the limit until 2025); SNS subscriptions (256 KB) and older clients still refuse them`,
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

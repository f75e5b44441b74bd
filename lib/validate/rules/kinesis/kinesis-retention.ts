import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';

export const kinesisRetention = defineRule({
  id: 'kinesis-retention',
  area: 'kinesis',
  severity: 'error',
  title: 'Stream retention outside 24–8,760 hours',
  docsUrl: AWS_DOCS.kinesisRetention,
  description: 'A Kinesis stream keeps records 24 hours by default and up to 8,760 hours (365 days). Other values fail the deployment.',
  check(ctx) {
    return ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const h = stream.config.retentionHours;
      if (h >= 24 && h <= 8760) return [];
      const fixed = h < 24 ? 24 : 8760;
      return [
        ctx.atNode(stream, 'retentionHours', {
          message: `retention is ${num(h)} hours; Kinesis keeps records 24 to 8,760 hours (365 days), so the deployment would fail`,
          fix: `Set the retention to ${num(fixed)} hours.`,
          action: setAction(`Set retention to ${num(fixed)} hours`, 'node', stream.id, 'retentionHours', fixed),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { retentionHours: 12 } }] },
    passing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { retentionHours: 48 } }] },
  },
});

import { KINESIS_RETENTION_MAX_HOURS as MAX, KINESIS_RETENTION_MIN_HOURS as MIN } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';

export const kinesisRetention = defineRule({
  id: 'kinesis-retention',
  area: 'kinesis',
  severity: 'error',
  title: `Stream retention outside ${num(MIN)}–${num(MAX)} hours`,
  docsUrl: AWS_DOCS.kinesisRetention,
  description: `A Kinesis stream keeps records ${num(MIN)} hours by default and up to ${num(MAX)} hours (${num(MAX / 24)} days). Other values fail the deployment.`,
  check(ctx) {
    return ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const h = stream.config.retentionHours;
      if (h >= MIN && h <= MAX) return [];
      const fixed = h < MIN ? MIN : MAX;
      return [
        ctx.atNode(stream, 'retentionHours', {
          message: `retention is ${num(h)} hours; Kinesis keeps records ${num(MIN)} to ${num(MAX)} hours (${num(MAX / 24)} days), so the deployment would fail`,
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

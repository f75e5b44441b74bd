import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { bytes, num } from '../../format';

const BYTES_PER_SHARD = 1024 * 1024;
const RECORDS_PER_SHARD = 1000;

export const kinesisShardThroughput = defineRule({
  id: 'kinesis-shard-throughput',
  area: 'kinesis',
  severity: 'error',
  title: 'Traffic above the stream\'s shard capacity',
  docsUrl: AWS_DOCS.kinesisLimits,
  description:
    'Each shard of a provisioned stream takes 1 MB/s or 1,000 records/s of writes. Beyond that, writes are throttled (ProvisionedThroughputExceededException) and producers must retry or drop data.',
  check(ctx) {
    return ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const c = stream.config;
      if (c.mode !== 'provisioned') return [];
      const rate = c.traffic.recordsPerSecond;
      const bytesPerSecond = rate * c.traffic.avgRecordBytes;
      const needed = Math.max(1, Math.ceil(rate / RECORDS_PER_SHARD), Math.ceil(bytesPerSecond / BYTES_PER_SHARD));
      if (needed <= c.shardCount) return [];
      const byRecords = rate > c.shardCount * RECORDS_PER_SHARD;
      const over = byRecords
        ? `${num(rate)} records/s is over ${num(c.shardCount * RECORDS_PER_SHARD)} records/s`
        : `${bytes(bytesPerSecond)}/s is over ${bytes(c.shardCount * BYTES_PER_SHARD)}/s`;
      return [
        ctx.atNode(stream, byRecords ? 'traffic.recordsPerSecond' : 'traffic.avgRecordBytes', {
          message: `${over}, the write capacity of ${num(c.shardCount)} shard${c.shardCount === 1 ? '' : 's'} (1 MB/s and 1,000 records/s each): writes will be throttled`,
          fix: `Use at least ${num(needed)} shards, or on-demand mode.`,
          action: setAction(`Set shard count to ${num(needed)}`, 'node', stream.id, 'shardCount', needed),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 1, traffic: { recordsPerSecond: 1500, avgRecordBytes: 500 } } }] },
    passing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 2, traffic: { recordsPerSecond: 1500, avgRecordBytes: 500 } } }] },
  },
});

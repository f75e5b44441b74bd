import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { bytes, num } from '../../format';
import { ON_DEMAND_SCALE_WINDOW_SECONDS, onDemandRampWindows, SHARD_WRITE_BYTES_PER_SECOND as BYTES_PER_SHARD, SHARD_WRITE_RECORDS_PER_SECOND as RECORDS_PER_SHARD, shardsForWrites } from '../../../model';

export const kinesisShardThroughput = defineRule({
  id: 'kinesis-shard-throughput',
  area: 'kinesis',
  severity: 'error',
  title: 'Traffic above the stream\'s shard capacity',
  docsUrl: AWS_DOCS.kinesisLimits,
  description:
    'Each shard of a provisioned stream takes 1 MB/s or 1,000 records/s of writes. Beyond that, writes are throttled (ProvisionedThroughputExceededException) and producers must retry or drop data. A new on-demand stream takes 4 MB/s and 4,000 records/s, then twice its previous peak; traffic that more than doubles within 15 minutes is throttled (a warning, with how long the ramp takes).',
  check(ctx) {
    return ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const c = stream.config;
      const rate = c.traffic.recordsPerSecond;
      const bytesPerSecond = rate * c.traffic.avgRecordBytes;
      if (c.mode !== 'provisioned') {
        const windows = onDemandRampWindows(rate, c.traffic.avgRecordBytes);
        if (windows === 0) return [];
        const minutes = (windows * ON_DEMAND_SCALE_WINDOW_SECONDS) / 60;
        return [
          ctx.atNode(stream, 'traffic.recordsPerSecond', {
            severity: 'warning',
            message: `${num(rate)} records/s (${bytes(bytesPerSecond)}/s) is over the 4,000 records/s and 4 MB/s a new on-demand stream accepts; it doubles its capacity every 15 minutes, so writes are throttled for about ${num(minutes)} minutes (${num(windows)} doubling${windows === 1 ? '' : 's'}) before it carries this traffic`,
            fix: 'Ramp the traffic up over that time, or use provisioned mode with enough shards from the start.',
          }),
        ];
      }
      const needed = shardsForWrites(rate, c.traffic.avgRecordBytes);
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

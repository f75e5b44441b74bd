import { type NodeOfKind, OnDemandWriteCapacity, onDemandRampWindows, onDemandShards, SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND } from '../../model';
import type { Behaviour, Recommendation } from '../behaviour';
import { formatCount, formatRate } from '../format';
import { ShardedLog } from '../mechanisms/sharded-log';
import { emitTraffic, trafficSourceFor } from '../mechanisms/store';
import { NodeCounters } from '../node-counters';
import { streamNode, streamReaders } from './stream-readers';

/**
 * A Kinesis data stream. Provisioned: each shard accepts 1,000 records/s and 1 MB/s, the
 * rest is throttled. On-demand: the shards its traffic needs (at least 4), and the stream as
 * a whole accepts what `OnDemandWriteCapacity` allows (4 MB/s and 4,000 records/s at first,
 * then twice the peak accepted until 15 minutes before).
 * Records expire after `retentionHours`. Every reader sees every record.
 */
export const kinesisStreamBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'kinesis-stream'>).config;
    const counters = new NodeCounters();
    const onDemand = config.mode === 'on-demand';
    const shards = onDemand ? onDemandShards(config.traffic.recordsPerSecond, config.traffic.avgRecordBytes) : config.shardCount;
    const recordBytes = ctx.recordBytes(node.id);
    const log = new ShardedLog({
      shards,
      retentionSeconds: config.retentionHours * 3600,
      writeRecordsPerSecond: onDemand ? Infinity : SHARD_WRITE_RECORDS_PER_SECOND,
      writeBytesPerSecond: onDemand ? Infinity : SHARD_WRITE_BYTES_PER_SECOND,
      recordBytes,
      readers: streamReaders(ctx, node.id, node.kind, ['event-source-mapping', 'delivers', 'reads']),
      counters,
      hotKeyShare: config.traffic.hotKeyShare,
      sharedReads: true,
      ...(onDemand ? { onDemand: new OnDemandWriteCapacity() } : {}),
    });
    const source = trafficSourceFor(config.traffic, ctx, node.id);
    return streamNode(
      log,
      counters,
      (clock) => {
        const n = emitTraffic(source, counters, clock);
        if (n > 0) log.write(n, source!.poison, clock);
      },
      {
        advise(): Recommendation[] {
          const out: Recommendation[] = [];
          if (counters.throttled > 0 && onDemand) {
            const windows = onDemandRampWindows(config.traffic.recordsPerSecond, config.traffic.avgRecordBytes);
            out.push({
              nodeId: node.id,
              text: `${formatCount(counters.throttled)} writes were throttled while the on-demand stream scaled: it accepts 4 MB/s and 4,000 records/s at first and twice its previous peak 15 minutes later${windows > 0 ? ` (${windows} doubling${windows === 1 ? '' : 's'}, about ${windows * 15} minutes, for this traffic)` : ''}. Warm the stream up gradually, or use provisioned mode with enough shards.`,
              relatedRule: 'kinesis-shard-throughput',
            });
          } else if (counters.throttled > 0) {
            const perShard = Math.min(SHARD_WRITE_RECORDS_PER_SECOND, SHARD_WRITE_BYTES_PER_SECOND / recordBytes);
            const needed = Math.ceil((log.peakOfferedPerShard * shards) / perShard);
            out.push({
              nodeId: node.id,
              text: `${formatCount(counters.throttled)} writes were throttled: one shard was offered up to ${formatRate(log.peakOfferedPerShard)}, over its limit of ${formatRate(perShard)} (1,000 records/s and 1 MB/s). Use at least ${needed} shards, or on-demand mode.`,
              relatedRule: 'kinesis-shard-throughput',
            });
          }
          if (counters.expired > 0) {
            out.push({
              nodeId: node.id,
              text: `${formatCount(counters.expired)} records expired after ${config.retentionHours} h before a reader got to them: make the readers faster (parallelizationFactor, batch size, a retry cap) or keep records longer (retentionHours).`,
              relatedRule: 'kinesis-retention',
            });
          }
          return out;
        },
      },
    );
  },
};

import { type NodeOfKind, SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND } from '../../model';
import type { Behaviour, Recommendation } from '../behaviour';
import { formatCount, formatRate } from '../format';
import { ShardedLog } from '../mechanisms/sharded-log';
import { emitTraffic, trafficSourceFor } from '../mechanisms/store';
import { NodeCounters } from '../node-counters';
import { streamNode, streamReaders } from './stream-readers';

/** On-demand streams start with write capacity for 4 MB/s, i.e. 4 shards. */
const ON_DEMAND_SHARDS = 4;

/**
 * A Kinesis data stream. Provisioned: each shard accepts 1,000 records/s and 1 MB/s, the
 * rest is throttled. On-demand: simulated as 4 shards that are never throttled (AWS scales
 * on-demand streams to twice the previous peak; the simulation does not model the ramp).
 * Records expire after `retentionHours`. Every reader sees every record.
 */
export const kinesisStreamBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'kinesis-stream'>).config;
    const counters = new NodeCounters();
    const onDemand = config.mode === 'on-demand';
    const shards = onDemand ? ON_DEMAND_SHARDS : config.shardCount;
    const recordBytes = ctx.recordBytes(node.id);
    const log = new ShardedLog({
      shards,
      retentionSeconds: config.retentionHours * 3600,
      writeRecordsPerSecond: onDemand ? Infinity : SHARD_WRITE_RECORDS_PER_SECOND,
      writeBytesPerSecond: onDemand ? Infinity : SHARD_WRITE_BYTES_PER_SECOND,
      recordBytes,
      readers: streamReaders(ctx, node.id, node.kind, ['event-source-mapping', 'delivers', 'reads']),
      counters,
      sharedReads: true,
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
          if (counters.throttled > 0) {
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

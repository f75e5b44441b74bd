import { KINESIS_SHARD_WRITE } from '../../../model';
import { defineRule } from '../../define-rule';
import { shardsOf } from '../../facts/lambda-load';
import { bytes, num } from '../../format';

/** Records/s on the busiest shard: the hot key's records plus an even share of the rest. */
export function busiestShardRate(rate: number, hotKeyShare: number, shards: number): number {
  return rate * hotKeyShare + (rate * (1 - hotKeyShare)) / shards;
}

export const kinesisHotShard = defineRule({
  id: 'kinesis-hot-shard',
  area: 'kinesis',
  severity: 'error',
  title: 'Busiest partition key above what one shard takes',
  docsUrl: KINESIS_SHARD_WRITE.url,
  description:
    'Records with one partition key all go to one shard, and a shard takes 1 MB/s or 1,000 records/s of writes. A hot key throttles its shard even when the stream as a whole has capacity to spare; more shards do not help.',
  check(ctx) {
    return ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const t = stream.config.traffic;
      if (t.hotKeyShare === 0 || t.recordsPerSecond === 0) return [];
      const shards = shardsOf(stream);
      const even = t.recordsPerSecond / shards;
      const busiest = busiestShardRate(t.recordsPerSecond, t.hotKeyShare, shards);
      const limit = Math.min(KINESIS_SHARD_WRITE.recordsPerSecond, KINESIS_SHARD_WRITE.bytesPerSecond / Math.max(t.avgRecordBytes, 1));
      // Over capacity even when spread evenly: kinesis-shard-throughput's finding, not a hot key's.
      if (busiest <= limit || even > limit) return [];
      return [
        ctx.atNode(stream, 'traffic.hotKeyShare', {
          message: `the busiest key takes ${num(t.hotKeyShare * 100)}% of ${num(t.recordsPerSecond)} records/s, so its shard gets ${num(busiest)} records/s (${bytes(busiest * t.avgRecordBytes)}/s), over one shard's ${num(limit)} records/s: writes with that key are throttled though the ${num(shards)} shards average ${num(even)}`,
          fix: 'Spread the key (a random or hashed suffix), or aggregate records per key before writing (KPL aggregation).',
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 4, traffic: { recordsPerSecond: 2000, avgRecordBytes: 500, hotKeyShare: 0.6 } } }] },
    passing: { nodes: [{ id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 4, traffic: { recordsPerSecond: 2000, avgRecordBytes: 500, hotKeyShare: 0.2 } } }] },
  },
});

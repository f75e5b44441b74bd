import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched } from '../../testing/base-pipeline';

const clicks = (shardCount: number, traffic: Record<string, unknown>) => patched((d) => Object.assign(nodeConfig(d, 'clicks'), { shardCount, traffic }));

// https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html: 1,000 records/s or 1 MB/s per shard.
describe('kinesis-hot-shard', () => {
  it('reports a key with 60% of 2,000 records/s: its shard gets 1,200 + 800 / 4 = 1,400 records/s', () => {
    expect(check(clicks(4, { recordsPerSecond: 2000, avgRecordBytes: 500, hotKeyShare: 0.6 }), 'kinesis-hot-shard')).toEqual([
      {
        rule: 'kinesis-hot-shard',
        severity: 'error',
        nodeId: 'clicks',
        field: 'traffic.hotKeyShare',
        message: "the busiest key takes 60% of 2,000 records/s, so its shard gets 1,400 records/s (684 KB/s), over one shard's 1,000 records/s: writes with that key are throttled though the 4 shards average 500",
      },
    ]);
  });

  it('counts bytes: 4 KB records make one shard take 256 records/s', () => {
    // 1 MiB / 4,096 B = 256 records/s; 500 × 0.5 + 250 / 4 = 312.5 on the hot shard.
    expect(check(clicks(4, { recordsPerSecond: 500, avgRecordBytes: 4096, hotKeyShare: 0.5 }), 'kinesis-hot-shard')).toHaveLength(1);
  });

  it('leaves an over-capacity stream to kinesis-shard-throughput, and accepts a key that fits its shard', () => {
    expect(check(clicks(1, { recordsPerSecond: 2000, avgRecordBytes: 500, hotKeyShare: 0.6 }), 'kinesis-hot-shard')).toEqual([]);
    expect(check(clicks(4, { recordsPerSecond: 2000, avgRecordBytes: 500, hotKeyShare: 0.3 }), 'kinesis-hot-shard')).toEqual([]);
  });
});

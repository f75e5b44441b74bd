import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const traffic = (recordsPerSecond: number, avgRecordBytes: number, extra: Record<string, unknown> = {}) =>
  patched((d) => Object.assign(nodeConfig(d, 'clicks'), { traffic: { recordsPerSecond, avgRecordBytes }, ...extra }));

describe('kinesis-shard-throughput', () => {
  it('reports records/s over 1,000 per shard and offers the shards needed', () => {
    const p = traffic(2500, 100);
    expect(check(p, 'kinesis-shard-throughput')).toEqual([
      {
        rule: 'kinesis-shard-throughput',
        severity: 'error',
        nodeId: 'clicks',
        field: 'traffic.recordsPerSecond',
        message: '2,500 records/s is over 2,000 records/s, the write capacity of 2 shards (1 MB/s and 1,000 records/s each): writes will be throttled',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'kinesis-shard-throughput');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'clicks')?.config).toMatchObject({ shardCount: 3 });
  });

  it('reports bytes/s over 1 MB per shard', () => {
    expect(check(traffic(1000, 4000), 'kinesis-shard-throughput').map((f) => [f.field, f.message])).toEqual([
      ['traffic.avgRecordBytes', '3.81 MB/s is over 2 MB/s, the write capacity of 2 shards (1 MB/s and 1,000 records/s each): writes will be throttled'],
    ]);
  });

  it('accepts exactly the capacity, and on-demand streams', () => {
    expect(check(traffic(2000, 1024), 'kinesis-shard-throughput')).toEqual([]);
    expect(check(traffic(50000, 1000, { mode: 'on-demand' }), 'kinesis-shard-throughput')).toEqual([]);
  });
});

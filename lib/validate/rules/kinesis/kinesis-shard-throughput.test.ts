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
    // 4,000 records/s of 1,000 B = 3.8 MiB/s: within a new on-demand stream's 4 MB/s and 4,000 records/s.
    expect(check(traffic(4000, 1000, { mode: 'on-demand' }), 'kinesis-shard-throughput')).toEqual([]);
  });

  it('warns that a new on-demand stream throttles traffic above 4,000 records/s until it has doubled enough', () => {
    // https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html#ondemandmode
    // 10,000 records/s of 500 B: 2.5 × the initial 4,000 records/s, so two doublings
    // (4,000 -> 8,000 -> 16,000), one per 15 minutes: 30 minutes of throttling. Before: no finding.
    expect(check(traffic(10000, 500, { mode: 'on-demand' }), 'kinesis-shard-throughput').map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        '10,000 records/s (4.77 MB/s) is over the 4,000 records/s and 4 MB/s a new on-demand stream accepts; it doubles its capacity every 15 minutes, so writes are throttled for about 30 minutes (2 doublings) before it carries this traffic',
      ],
    ]);
  });
});

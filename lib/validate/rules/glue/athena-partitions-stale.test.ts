import { describe, expect, it } from 'vitest';
import { addEdge, addNode, afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/athena/latest/ug/partitions.html: Athena queries the partitions the catalog holds.
describe('athena-partitions-stale', () => {
  it('reports an on-demand crawler over the partitioned, growing lake that Athena reads, and schedules it', () => {
    const p = patched((d) => delete nodeConfig(d, 'lake-crawler').schedule);
    expect(check(p, 'athena-partitions-stale')).toEqual([
      {
        rule: 'athena-partitions-stale',
        severity: 'warning',
        nodeId: 'lake-crawler',
        field: 'schedule',
        message: 'lake keeps getting new year/month/day partitions, but crawler lake-crawler runs only on demand: Athena (athena) sees only the partitions of the last manual crawl and misses everything since',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'athena-partitions-stale');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'lake-crawler')?.config).toMatchObject({ schedule: 'cron(0 1 * * ? *)' });
  });

  it('accepts a crawler started by the job that writes, and an unpartitioned bucket', () => {
    const triggered = patched((d) => {
      delete nodeConfig(d, 'lake-crawler').schedule;
      addNode(d, 'compact', 'glue-job');
      addEdge(d, 'compact-then-crawl', 'compact', 'lake-crawler');
    });
    expect(check(triggered, 'athena-partitions-stale')).toEqual([]);
    const flat = patched((d) => {
      delete nodeConfig(d, 'lake-crawler').schedule;
      nodeConfig(d, 'lake').partitionKeys = [];
    });
    expect(check(flat, 'athena-partitions-stale')).toEqual([]);
  });
});

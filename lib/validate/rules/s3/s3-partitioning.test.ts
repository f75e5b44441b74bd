import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('s3-partitioning', () => {
  it('notes a crawled bucket without partition keys', () => {
    const p = patched((d) => (nodeConfig(d, 'lake').partitionKeys = []));
    expect(check(p, 's3-partitioning')).toEqual([
      {
        rule: 's3-partitioning',
        severity: 'info',
        nodeId: 'lake',
        field: 'partitionKeys',
        message: 'the crawled bucket lake has no partition keys: every query over its tables scans all of its data',
      },
    ]);
  });

  it('leaves buckets nobody crawls alone', () => {
    expect(check(patched(() => undefined), 's3-partitioning')).toEqual([]);
  });
});

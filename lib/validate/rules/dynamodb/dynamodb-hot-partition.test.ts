import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const fileIndex = (traffic: Record<string, unknown>) => patched((d) => Object.assign(nodeConfig(d, 'file-index'), { traffic }));

// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html (checked 2026-12-06):
// a partition takes 1,000 write units/s; a write unit is one write of up to 1 KB.
describe('dynamodb-hot-partition', () => {
  it('reports 40% of 2,000 writes/s of 3 KB items on one key (800 × 3 = 2,400 units/s) and offers a spread that fits', () => {
    const p = fileIndex({ recordsPerSecond: 2000, avgRecordBytes: 3000, hotKeyShare: 0.4 });
    expect(check(p, 'dynamodb-hot-partition')).toEqual([
      {
        rule: 'dynamodb-hot-partition',
        severity: 'error',
        nodeId: 'file-index',
        field: 'traffic.hotKeyShare',
        message: 'the busiest key takes 40% of 2,000 writes/s = 800 writes/s × 3 write units = 2,400 units/s, over the 1,000 a partition takes: writes to that key are throttled',
      },
    ]);
    // 1,000 / 3 / 2,000 = 0.1666… → 0.166.
    const { applied, remaining } = afterFix(p, 'dynamodb-hot-partition');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'file-index')?.config).toMatchObject({ traffic: { hotKeyShare: 0.166 } });
  });

  it('accepts exactly 1,000 units/s on the busiest key, and evenly spread keys', () => {
    expect(check(fileIndex({ recordsPerSecond: 2000, avgRecordBytes: 1024, hotKeyShare: 0.5 }), 'dynamodb-hot-partition')).toEqual([]);
    expect(check(fileIndex({ recordsPerSecond: 200000, avgRecordBytes: 1024 }), 'dynamodb-hot-partition')).toEqual([]);
  });
});

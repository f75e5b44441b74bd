import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('kinesis-retention', () => {
  it('reports retention under 24 hours', () => {
    const p = patched((d) => (nodeConfig(d, 'clicks').retentionHours = 12));
    expect(check(p, 'kinesis-retention')).toEqual([
      {
        rule: 'kinesis-retention',
        severity: 'error',
        nodeId: 'clicks',
        field: 'retentionHours',
        message: 'retention is 12 hours; Kinesis keeps records 24 to 8,760 hours (365 days), so the deployment would fail',
      },
    ]);
    expect(afterFix(p, 'kinesis-retention').remaining).toEqual([]);
  });

  it('reports retention over 8,760 hours and accepts the bounds', () => {
    expect(check(patched((d) => (nodeConfig(d, 'clicks').retentionHours = 8761)), 'kinesis-retention')).toHaveLength(1);
    expect(check(patched((d) => (nodeConfig(d, 'clicks').retentionHours = 8760)), 'kinesis-retention')).toEqual([]);
  });
});

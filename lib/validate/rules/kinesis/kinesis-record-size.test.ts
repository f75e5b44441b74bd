import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('kinesis-record-size', () => {
  it('reports records over the stream maximum and offers to raise it', () => {
    const p = patched((d) => ((nodeConfig(d, 'clicks').traffic as Record<string, unknown>).avgRecordBytes = 2 * 1024 * 1024));
    expect(check(p, 'kinesis-record-size')).toEqual([
      {
        rule: 'kinesis-record-size',
        severity: 'error',
        nodeId: 'clicks',
        field: 'traffic.avgRecordBytes',
        message: "records average 2 MB, over the stream's maximum record size of 1,024 KiB: PutRecord rejects them",
      },
    ]);
    expect(afterFix(p, 'kinesis-record-size').remaining).toEqual([]);
  });

  it('reports a configured maximum over 10 MiB', () => {
    const p = patched((d) => (nodeConfig(d, 'clicks').maxRecordSizeKib = 20000));
    expect(check(p, 'kinesis-record-size').map((f) => [f.field, f.message])).toEqual([
      ['maxRecordSizeKib', 'maxRecordSizeKib is 20,000; Kinesis allows at most 10,240 KiB (10 MiB), so the deployment would fail'],
    ]);
  });
});

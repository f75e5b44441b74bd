import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('sqs-parameter-range', () => {
  it('reports retention over 14 days', () => {
    const p = patched((d) => (nodeConfig(d, 'orders-dlq').retentionSeconds = 2000000));
    expect(check(p, 'sqs-parameter-range')).toEqual([
      {
        rule: 'sqs-parameter-range',
        severity: 'error',
        nodeId: 'orders-dlq',
        field: 'retentionSeconds',
        message: 'retentionSeconds is 2,000,000 s; SQS allows 60 to 1,209,600 s, so the deployment would fail',
      },
    ]);
    expect(afterFix(p, 'sqs-parameter-range').remaining).toEqual([]);
  });

  it('reports visibility and delay out of range', () => {
    const p = patched((d) => Object.assign(nodeConfig(d, 'orders'), { visibilityTimeoutSeconds: 50000, delaySeconds: 1000 }));
    expect(check(p, 'sqs-parameter-range').map((f) => f.message)).toEqual([
      'delaySeconds is 1,000 s; SQS allows 0 to 900 s, so the deployment would fail',
      'visibilityTimeoutSeconds is 50,000 s; SQS allows 0 to 43,200 s, so the deployment would fail',
    ]);
  });

  it('states both message size limits: 1 MiB today, 256 KB in the notes', () => {
    const size = (n: number) => patched((d) => ((nodeConfig(d, 'orders').traffic as Record<string, unknown>).avgRecordBytes = n));
    expect(check(size(2 * 1024 * 1024), 'sqs-parameter-range').map((f) => [f.severity, f.field, f.message])).toEqual([
      ['error', 'traffic.avgRecordBytes', 'messages average 2 MB, over the SQS maximum of 1 MiB (256 KB in the 2019 notes): SendMessage rejects them'],
    ]);
    expect(check(size(300 * 1024), 'sqs-parameter-range').map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        "messages average 300 KB: within today's 1 MiB SQS maximum, but over the 256 KB of the 2019 notes (the limit until 2025); SNS subscriptions (256 KB) and older clients still refuse them",
      ],
    ]);
    expect(check(size(256 * 1024), 'sqs-parameter-range')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, nodeConfig, patched } from '../../testing/base-pipeline';

describe('esm-timeout-risk', () => {
  it('works from the batch Lambda really sends (cut at 6 MB), and its fix leaves no batch to split', () => {
    // 800-byte records: 6 MB holds 7,864 of the 10,000 configured. 40 ms + 100 ms x 7,864 = 786 s > 60 s.
    const p = patched((d) => {
      nodeConfig(d, 'enrich').durationMsPerRecord = 100;
      edgeConfig(d, 'clicks-to-enrich').batchSize = 10000;
    });
    const [finding] = check(p, 'esm-timeout-risk');
    expect(finding.message).toMatch(/^a full batch of 7,864 records \(the 10,000 configured, cut at 6 MB\) takes about 786/);
    const { applied, remaining } = afterFix(p, 'esm-timeout-risk');
    expect(remaining).toEqual([]);
    expect(check(applied, 'esm-payload-split')).toEqual([]);
  });

  it('warns when a full stream batch outlasts the timeout, and offers the batch that fits', () => {
    const p = patched((d) => (nodeConfig(d, 'enrich').durationMsPerRecord = 1000));
    expect(check(p, 'esm-timeout-risk')).toEqual([
      {
        rule: 'esm-timeout-risk',
        severity: 'warning',
        edgeId: 'clicks-to-enrich',
        field: 'batchSize',
        message:
          'a full batch of 100 records takes about 100 s (40 ms + 1,000 ms × 100), longer than the 60 s timeout of enrich: every batch fails and is retried, blocking the shard',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'esm-timeout-risk');
    expect(remaining).toEqual([]);
    expect(applied.edges.find((e) => e.id === 'clicks-to-enrich')?.config.batchSize).toBe(59);
  });

  it('says queue batches return to the queue', () => {
    const p = patched((d) => (nodeConfig(d, 'archive').durationMsPerRecord = 5000));
    expect(check(p, 'esm-timeout-risk').map((f) => f.message)).toEqual([
      'a full batch of 10 records takes about 50.05 s (50 ms + 5,000 ms × 10), longer than the 30 s timeout of archive: every batch fails and returns to the queue',
    ]);
  });

  it('accepts a batch that just fits', () => {
    const p = patched((d) => {
      nodeConfig(d, 'enrich').durationMsPerRecord = 599.6;
      edgeConfig(d, 'clicks-to-enrich').batchSize = 100;
    });
    expect(check(p, 'esm-timeout-risk')).toEqual([]);
  });
});

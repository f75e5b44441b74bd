import { describe, expect, it } from 'vitest';
import { check, edgeConfig, nodeConfig, patched } from '../../testing/base-pipeline';

describe('esm-payload-split', () => {
  it('notes that batches over 6 MB will be split', () => {
    const p = patched((d) => {
      (nodeConfig(d, 'clicks').traffic as Record<string, unknown>).avgRecordBytes = 100000;
      nodeConfig(d, 'clicks').shardCount = 100;
    });
    expect(check(p, 'esm-payload-split')).toEqual([
      {
        rule: 'esm-payload-split',
        severity: 'info',
        edgeId: 'clicks-to-enrich',
        field: 'batchSize',
        message:
          'a full batch is 100 records × 97.66 KB = 9.54 MB, over the 6 MB synchronous payload limit: batches will be split into about 62 records each',
      },
    ]);
  });

  it('accepts a batch of exactly 6 MB', () => {
    const p = patched((d) => {
      (nodeConfig(d, 'clicks').traffic as Record<string, unknown>).avgRecordBytes = (6 * 1024 * 1024) / 64;
      edgeConfig(d, 'clicks-to-enrich').batchSize = 64;
    });
    expect(check(p, 'esm-payload-split')).toEqual([]);
  });
});

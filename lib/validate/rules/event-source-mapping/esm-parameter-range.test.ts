import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, patched } from '../../testing/base-pipeline';

describe('esm-parameter-range', () => {
  it('reports a batching window over 300 s', () => {
    const p = patched((d) => (edgeConfig(d, 'clicks-to-enrich').batchingWindowSeconds = 301));
    expect(check(p, 'esm-parameter-range')).toEqual([
      {
        rule: 'esm-parameter-range',
        severity: 'error',
        edgeId: 'clicks-to-enrich',
        field: 'batchingWindowSeconds',
        message: 'batchingWindowSeconds is 301; Lambda allows 0 to 300 s, so it refuses the mapping',
      },
    ]);
    expect(afterFix(p, 'esm-parameter-range').remaining).toEqual([]);
  });

  it('reports retries over 10,000 and a record age between -1 and 60', () => {
    const p = patched((d) => Object.assign(edgeConfig(d, 'file-index-to-audit'), { maxRetryAttempts: 10001, maxRecordAgeSeconds: 30 }));
    expect(check(p, 'esm-parameter-range').map((f) => f.message)).toEqual([
      'maxRecordAgeSeconds is 30; Lambda allows -1 (no limit) or 60 to 604,800 s (7 days), so it refuses the mapping',
      'maxRetryAttempts is 10,001; Lambda allows -1 (unlimited) or 0 to 10,000, so it refuses the mapping',
    ]);
  });

  it('reports an SQS maximum concurrency over 1,000', () => {
    const p = patched((d) => (edgeConfig(d, 'orders-to-archive').maxConcurrency = 1500));
    expect(check(p, 'esm-parameter-range').map((f) => f.message)).toEqual([
      'maxConcurrency is 1,500; Lambda allows 2 to 1,000, so it refuses the mapping',
    ]);
  });

  it('accepts the bounds', () => {
    const p = patched((d) => {
      Object.assign(edgeConfig(d, 'clicks-to-enrich'), { batchingWindowSeconds: 300, maxRetryAttempts: 10000, maxRecordAgeSeconds: 604800 });
      Object.assign(edgeConfig(d, 'file-index-to-audit'), { maxRetryAttempts: -1, maxRecordAgeSeconds: 60 });
      edgeConfig(d, 'orders-to-archive').maxConcurrency = 1000;
    });
    expect(check(p, 'esm-parameter-range')).toEqual([]);
  });
});

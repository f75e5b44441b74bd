import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, nodeConfig, patched } from '../../testing/base-pipeline';

describe('esm-batch-size', () => {
  it('reports a Kinesis batch over 10,000 and offers 10,000', () => {
    const p = patched((d) => (edgeConfig(d, 'clicks-to-enrich').batchSize = 20000));
    expect(check(p, 'esm-batch-size')).toEqual([
      {
        rule: 'esm-batch-size',
        severity: 'error',
        edgeId: 'clicks-to-enrich',
        field: 'batchSize',
        message: 'batch size 20,000 is over the maximum of 10,000 for Kinesis: Lambda refuses the mapping',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'esm-batch-size');
    expect(remaining).toEqual([]);
    expect(applied.edges.find((e) => e.id === 'clicks-to-enrich')?.config.batchSize).toBe(10000);
  });

  it('accepts 10,000 on a DynamoDB stream', () => {
    expect(check(patched((d) => (edgeConfig(d, 'file-index-to-audit').batchSize = 10000)), 'esm-batch-size')).toEqual([]);
  });

  it('reports an SQS standard batch over 10 without a batching window, and offers a window', () => {
    const p = patched((d) => (edgeConfig(d, 'orders-to-archive').batchSize = 100));
    expect(check(p, 'esm-batch-size')).toEqual([
      {
        rule: 'esm-batch-size',
        severity: 'error',
        edgeId: 'orders-to-archive',
        field: 'batchSize',
        message: 'batch size 100 is over 10, the maximum for an SQS standard queue without a batching window: Lambda refuses the mapping',
      },
    ]);
    expect(afterFix(p, 'esm-batch-size').remaining).toEqual([]);
  });

  it('accepts an SQS standard batch of 10,000 with a batching window', () => {
    const p = patched((d) => Object.assign(edgeConfig(d, 'orders-to-archive'), { batchSize: 10000, batchingWindowSeconds: 5 }));
    expect(check(p, 'esm-batch-size')).toEqual([]);
  });

  it('reports a FIFO batch over 10, even with a window', () => {
    const p = patched((d) => {
      nodeConfig(d, 'orders').fifo = true;
      nodeConfig(d, 'orders-dlq').fifo = true;
      edgeConfig(d, 'orders-to-archive').batchSize = 11;
    });
    expect(check(p, 'esm-batch-size').map((f) => f.message)).toEqual([
      'batch size 11 is over 10, the maximum for an SQS FIFO queue: Lambda refuses the mapping',
    ]);
  });
});

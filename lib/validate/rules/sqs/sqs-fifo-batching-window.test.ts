import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, nodeConfig, patched } from '../../testing/base-pipeline';

const fifo = (window?: number) =>
  patched((d) => {
    nodeConfig(d, 'orders').fifo = true;
    nodeConfig(d, 'orders-dlq').fifo = true;
    if (window !== undefined) edgeConfig(d, 'orders-to-archive').batchingWindowSeconds = window;
  });

describe('sqs-fifo-batching-window', () => {
  it('reports a batching window on a FIFO queue mapping', () => {
    expect(check(fifo(5), 'sqs-fifo-batching-window')).toEqual([
      {
        rule: 'sqs-fifo-batching-window',
        severity: 'error',
        edgeId: 'orders-to-archive',
        field: 'batchingWindowSeconds',
        message: 'batchingWindowSeconds is 5 on a mapping from the FIFO queue orders; FIFO queues take no batching window, so Lambda refuses the mapping',
      },
    ]);
    expect(afterFix(fifo(5), 'sqs-fifo-batching-window').remaining).toEqual([]);
  });

  it('accepts a FIFO mapping without a window (or a window of 0)', () => {
    expect(check(fifo(), 'sqs-fifo-batching-window')).toEqual([]);
    expect(check(fifo(0), 'sqs-fifo-batching-window')).toEqual([]);
  });
});

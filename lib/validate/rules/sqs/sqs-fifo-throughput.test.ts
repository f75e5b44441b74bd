import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const orders = (config: Record<string, unknown>) => patched((d) => Object.assign(nodeConfig(d, 'orders'), config));

// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html (checked 2026-12-06):
// 300 calls/s per action, 10 messages a batch call = 3,000 messages/s; high throughput 70,000 calls/s = 700,000 batched.
describe('sqs-fifo-throughput', () => {
  it('reports 5,000 messages/s on a FIFO queue (over 300 × 10 = 3,000) and turns on high throughput', () => {
    const p = orders({ fifo: true, traffic: { recordsPerSecond: 5000, avgRecordBytes: 2000 } });
    expect(check(p, 'sqs-fifo-throughput')).toEqual([
      {
        rule: 'sqs-fifo-throughput',
        severity: 'error',
        nodeId: 'orders',
        field: 'traffic.recordsPerSecond',
        message: '5,000 messages/s is over the 3,000 messages/s a FIFO queue takes without high-throughput mode even in batches of 10 (300 calls/s per action): sends are throttled',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'sqs-fifo-throughput');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'orders')?.config).toMatchObject({ highThroughputFifo: true });
  });

  it('warns between 300 and 3,000 messages/s: only batched sends keep up (1,000 / 300 → 4 a call)', () => {
    expect(check(orders({ fifo: true, traffic: { recordsPerSecond: 1000 } }), 'sqs-fifo-throughput').map((f) => [f.severity, f.message])).toEqual([
      ['warning', '1,000 messages/s is over the 300 calls/s per action a FIFO queue takes without high-throughput mode: it works only if producers send in batches of up to 10 (SendMessageBatch), at least 4 messages a call'],
    ]);
  });

  it('reports over 700,000 messages/s even in high-throughput mode, without a fix to click', () => {
    const f = check(orders({ fifo: true, highThroughputFifo: true, traffic: { recordsPerSecond: 800000 } }), 'sqs-fifo-throughput');
    expect(f.map((x) => x.message)).toEqual(['800,000 messages/s is over the 700,000 messages/s a FIFO queue takes in high-throughput mode even in batches of 10 (70,000 calls/s per action): sends are throttled']);
  });

  it('accepts 300 messages/s, standard queues, and high throughput under its limit', () => {
    expect(check(orders({ fifo: true, traffic: { recordsPerSecond: 300 } }), 'sqs-fifo-throughput')).toEqual([]);
    expect(check(orders({ traffic: { recordsPerSecond: 50000 } }), 'sqs-fifo-throughput')).toEqual([]);
    expect(check(orders({ fifo: true, highThroughputFifo: true, traffic: { recordsPerSecond: 50000 } }), 'sqs-fifo-throughput')).toEqual([]);
  });
});

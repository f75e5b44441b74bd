import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { run, sum } from './run';

/**
 * SNS -> Firehose (a subscription: every message is put into the delivery stream) and
 * Firehose -> Lambda (the record processor). Firehose buffers for the processor (1 MB or 60 s,
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html), invokes the
 * function once per buffered batch, and delivers what it returns; a failed invocation is
 * retried 3 times, then the batch goes to the error output prefix of the S3 destination
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-failure-handling.html).
 *
 * 10 messages/s of 1,024 bytes: the processor buffer (1 MB = 1,024 records) never fills, so
 * every 60 s a batch of 600 goes to the function: at the end of seconds 59, 119, 179, 239, 299.
 */
function design(fn: Record<string, unknown>, processor: Record<string, unknown> = {}) {
  return new PipelineBuilder('sns-firehose-processor')
    .node('events', 'sns-topic', { traffic: { recordsPerSecond: 10, avgRecordBytes: 1024 } })
    .node('delivery', 'firehose', { bufferSizeMb: 5, bufferIntervalSeconds: 60 })
    .node('transform', 'lambda-function', fn)
    .node('lake', 's3-bucket')
    .edge('events', 'delivery')
    .edge('delivery', 'transform', processor)
    .edge('delivery', 'lake')
    .build();
}

describe('Firehose with a Lambda processor, fed by an SNS subscription', () => {
  it('passes each 60 s batch through the function, then buffers it 60 s for delivery', () => {
    // 100 ms per invocation + 1 ms per record: 0.7 s for a batch of 600.
    const p = design({ durationMsPerInvocation: 100, durationMsPerRecord: 1, errorRate: 0 });
    const r = run(p, 300);
    expect(r.nodes.transform.invocations).toBe(5);
    expect(r.nodes.transform.processed).toBe(3000);
    expect(r.nodes.transform.computeSeconds).toBeCloseTo(3.5, 9);
    // The processor edge carries the 5 batches.
    const processorEdge = p.edges.find((e) => e.target === 'transform')!.id;
    expect(sum(r.series!.edges[processorEdge].records)).toBe(3000);
    // Batches come back at 59, 119, ...: each is delivered when it has waited 60 s (at 118, 178, 238, 298).
    const arrivals = r.series!.nodes.lake.received;
    arrivals.forEach((n, i) => expect(n, `second ${i}`).toBe([118, 178, 238, 298].includes(i) ? 600 : 0));
    expect(r.nodes.lake.received).toBe(2400);
    // The batch of second 299 is back in the delivery buffer.
    expect(r.nodes.delivery.backlog).toBe(600);
    expect(r.nodes.delivery.failed).toBe(0);
    expect(r.totals.delivered).toBe(2400);
    expect(r.totals.dropped).toBe(0);
  });

  it('retries a failing function 3 times, then writes the batch under the error output prefix', () => {
    // Every invocation fails: a batch is tried at 59, 60, 61 and 62 and skipped at 62 (4 invocations).
    const r = run(design({ durationMsPerInvocation: 100, durationMsPerRecord: 1, errorRate: 1 }), 300);
    // 4 batches skipped (4 invocations each) and the batch of 299 tried once.
    expect(r.nodes.transform.invocations).toBe(17);
    expect(r.nodes.transform.errors).toBe(17);
    expect(r.nodes.transform.failed).toBe(2400);
    expect(r.nodes.transform.backlog).toBe(600);
    expect(r.nodes.delivery.failed).toBe(2400);
    expect(r.nodes.delivery.backlog).toBe(600);
    const arrivals = r.series!.nodes.lake.received;
    arrivals.forEach((n, i) => expect(n, `second ${i}`).toBe([62, 122, 182, 242].includes(i) ? 600 : 0));
    // Kept in S3 (the error output), so nothing is dropped.
    expect(r.totals.dropped).toBe(0);
  });

  it('counts a batch that runs past the timeout as a failed invocation', () => {
    // 600 records x 10 ms = 6.1 s against a 3 s timeout: every attempt times out.
    const r = run(design({ durationMsPerInvocation: 100, durationMsPerRecord: 10, timeoutSeconds: 3, errorRate: 0 }), 120);
    // The batch of 59 is tried at 59-62, then skipped; the batch of 119 tried once.
    expect(r.nodes.transform.invocations).toBe(5);
    expect(r.nodes.transform.computeSeconds).toBe(15);
    expect(r.nodes.delivery.failed).toBe(600);
    expect(r.nodes.lake.received).toBe(600);
  });

  it('follows the edge\'s processor settings: its buffer interval and its retries', () => {
    // processorBufferIntervalSeconds 30: batches of 300 at the end of seconds 29, 59, 89;
    // processorRetries 1: a failing batch is tried twice (29, 30) and written to the error output at 30.
    const r = run(design({ durationMsPerInvocation: 100, durationMsPerRecord: 1, errorRate: 1 }, { processorBufferIntervalSeconds: 30, processorRetries: 1 }), 90);
    expect(r.nodes.transform.invocations).toBe(2 + 2 + 1);
    const arrivals = r.series!.nodes.lake.received;
    arrivals.forEach((n, i) => expect(n, `second ${i}`).toBe([30, 60].includes(i) ? 300 : 0));
    expect(r.nodes.delivery.failed).toBe(600);
  });

  it('a processor buffer size reached before the interval sends smaller batches', () => {
    // processorBufferSizeMb 0.2 = 209,715 bytes = 204 records of 1,024 bytes: at 10/s the buffer
    // holds 210 records at the end of second 20, long before the 60 s interval: a batch of 204
    // goes, 6 stay; 206 at the end of second 40: another 204 go, 2 stay. In 42 s: 2 batches, 408 records.
    const r = run(design({ durationMsPerInvocation: 100, durationMsPerRecord: 1, errorRate: 0 }, { processorBufferSizeMb: 0.2 }), 42);
    expect(r.nodes.transform.invocations).toBe(2);
    expect(r.nodes.transform.processed).toBe(408);
    // All 420 are still in the stream: 12 wait for the processor, 408 in the delivery buffer (60 s).
    expect(r.nodes.delivery.backlog).toBe(420);
  });
});

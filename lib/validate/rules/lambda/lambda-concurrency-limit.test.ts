import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../../model';
import { check, edgeConfig, nodeConfig, patched } from '../../testing/base-pipeline';

describe('lambda-concurrency-limit', () => {
  it('warns when reserved concurrency adds up past the account limit, saying it can be raised', () => {
    const p = patched((d) => {
      nodeConfig(d, 'enrich').reservedConcurrency = 600;
      nodeConfig(d, 'archive').reservedConcurrency = 500;
    });
    expect(check(p, 'lambda-concurrency-limit')).toEqual([
      {
        rule: 'lambda-concurrency-limit',
        severity: 'warning',
        nodeId: 'enrich',
        field: 'reservedConcurrency',
        message:
          'reserved concurrency adds up to 1,100 (enrich 600, archive 500), over the default account limit of 1,000 concurrent executions per Region; this is a soft limit that can be raised',
      },
    ]);
  });

  it('warns when reservations leave fewer than 100 unreserved', () => {
    const p = patched((d) => (nodeConfig(d, 'enrich').reservedConcurrency = 950));
    expect(check(p, 'lambda-concurrency-limit').map((f) => f.message)).toEqual([
      'reserved concurrency adds up to 950 (enrich 950), leaving 50 unreserved; Lambda keeps at least 100 unreserved for the other functions and refuses the reservation',
    ]);
  });

  it('accepts reservations leaving exactly 100 unreserved', () => {
    expect(check(patched((d) => (nodeConfig(d, 'enrich').reservedConcurrency = 900)), 'lambda-concurrency-limit')).toEqual([]);
  });

  it('counts a stream mapping\'s demand as arrival rate × duration, not shards × parallelization', () => {
    // 200 shards × 10 = 2,000 lanes at 1,000 records/s: each lane gathers 0.5 records a second,
    // so batches hold 1 record, 1,000 batches/s × (40 + 1 ms) = 41 concurrent executions,
    // far under 1,000 (before: 2,000, a false warning).
    // https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
    const p = patched((d) => {
      nodeConfig(d, 'clicks').shardCount = 200;
      edgeConfig(d, 'clicks-to-enrich').parallelizationFactor = 10;
    });
    expect(check(p, 'lambda-concurrency-limit')).toEqual([]);
  });

  it('warns when the configured traffic needs more than 1,000 concurrent executions', () => {
    // 2,000 lanes at 100,000 records/s: 50 records a batch, 2,000 batches/s × (1,000 + 50 ms)
    // = 2,100, capped by the 2,000 lanes.
    const p = patched((d) => {
      nodeConfig(d, 'clicks').shardCount = 200;
      (nodeConfig(d, 'clicks').traffic as { recordsPerSecond: number }).recordsPerSecond = 100_000;
      nodeConfig(d, 'enrich').durationMsPerInvocation = 1000;
      edgeConfig(d, 'clicks-to-enrich').parallelizationFactor = 10;
    });
    expect(check(p, 'lambda-concurrency-limit')).toEqual([
      {
        rule: 'lambda-concurrency-limit',
        severity: 'warning',
        nodeId: 'enrich',
        message:
          'the configured traffic needs about 2,005 concurrent executions (enrich 2,000, archive 1, index-upload 1, api-handler 3), over the default account limit of 1,000 per Region: invocations beyond it are throttled; this is a soft limit that can be raised',
      },
    ]);
  });

  it('warns when a stream needs more than the function\'s own reservation (the wide stream reserved at 50)', () => {
    // 100 shards × parallelization 10 = 1,000 lanes; 10,000 records/s = 10 records per lane per
    // poll (about a second), one batch of 10 each: 1,000 batches/s × 0.06 s = 60 executions,
    // over the 50 reserved. The simulator shows the throttles (stream-concurrency.test.ts);
    // before, the rule looked at the account limit only and said nothing.
    // https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
    const wide = (reservedConcurrency: number) => {
      const parsed = parsePipeline({
        format: 'sluice.pipeline',
        version: 1,
        name: 'wide-reserved',
        nodes: [
          { id: 'clicks', kind: 'kinesis-stream', name: 'Clicks', position: { x: 0, y: 0 }, config: { shardCount: 100, traffic: { recordsPerSecond: 10000, avgRecordBytes: 500 } } },
          { id: 'enrich', kind: 'lambda-function', name: 'Enrich', position: { x: 300, y: 0 }, config: { timeoutSeconds: 30, durationMsPerInvocation: 60, durationMsPerRecord: 0, reservedConcurrency } },
        ],
        edges: [{ id: 'clicks-to-enrich', source: 'clicks', target: 'enrich', config: { parallelizationFactor: 10, startingPosition: 'LATEST' } }],
      });
      if (!parsed.ok) throw new Error('bad fixture');
      return parsed.pipeline;
    };
    expect(check(wide(50), 'lambda-concurrency-limit').map((f) => [f.nodeId, f.field, f.message])).toEqual([
      [
        'enrich',
        'reservedConcurrency',
        'the configured traffic needs about 60 concurrent executions of enrich, over its reserved concurrency of 50: invocations beyond it are throttled (stream batches and events wait, synchronous calls fail)',
      ],
    ]);
    // Reserved 60: enough.
    expect(check(wide(60), 'lambda-concurrency-limit')).toEqual([]);
  });
});

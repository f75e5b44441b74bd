import { describe, expect, it } from 'vitest';
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

  it('warns when the configured traffic needs more than 1,000 concurrent executions', () => {
    const p = patched((d) => {
      nodeConfig(d, 'clicks').shardCount = 200;
      edgeConfig(d, 'clicks-to-enrich').parallelizationFactor = 10;
    });
    expect(check(p, 'lambda-concurrency-limit')).toEqual([
      {
        rule: 'lambda-concurrency-limit',
        severity: 'warning',
        nodeId: 'enrich',
        message:
          'the configured traffic needs about 2,006 concurrent executions (enrich 2,000, archive 1, index-upload 1, audit 1, api-handler 3), over the default account limit of 1,000 per Region: invocations beyond it are throttled; this is a soft limit that can be raised',
      },
    ]);
  });
});
